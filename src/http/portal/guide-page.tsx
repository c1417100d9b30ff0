/**
 * The 信息公开指南 (条例 第十二条): the public page of each agency's guide, and the console page where
 * a 负责人 or 管理员 edits it. The guide is plain text, one paragraph a line, always escaped.
 */
import type { Agency } from '../../db/repositories/agencies.ts';
import { GUIDE_MAX_CHARS, guideParagraphs } from '../../services/catalog/guide.ts';
import type { Actor } from '../../services/deps.ts';
import { ConsoleLayout, Flash, PublicLayout } from '../views/layout.tsx';

/** A short line starting with 一、二、… is a section heading. */
const HEADING = /^[一二三四五六七八九十]+、.{1,30}$/;

/** The guide's text as headings and paragraphs (escaped, no HTML). */
export function GuideText(props: { text: string }) {
  return <>{guideParagraphs(props.text).map((p) => (HEADING.test(p) ? <h2>{p}</h2> : <p>{p}</p>))}</>;
}

/** The public guide of one agency. */
export function GuidePage(props: { agency: Agency; text: string; others: Agency[] }) {
  const a = props.agency;
  const code = encodeURIComponent(a.code);
  return (
    <PublicLayout title={`${a.name}信息公开指南`}>
      <nav class="lead" aria-label="当前位置"><a href="/">首页</a>{' › '}<a href="/guide">信息公开指南</a></nav>
      <h1>{a.name}政府信息公开指南</h1>
      <GuideText text={props.text} />
      <p>
        <a href={`/catalog?agency=${code}`}>{a.name}政府信息公开目录</a>{' · '}
        <a href={`/apply?agency=${code}`}>向{a.name}申请公开政府信息</a>
      </p>
      {props.others.length ? (
        <p class="lead">其他机关的指南：{props.others.map((o, i) => <>{i ? '、' : ''}<a href={`/guide?agency=${encodeURIComponent(o.code)}`}>{o.name}</a></>)}</p>
      ) : null}
    </PublicLayout>
  );
}

/** The list of agencies, each with a link to its guide. */
export function GuideIndexPage(props: { agencies: Agency[] }) {
  return (
    <PublicLayout title="信息公开指南">
      <h1>政府信息公开指南</h1>
      <p class="lead">各机关的政府信息公开指南说明主动公开的范围和编排、依申请公开的办理方式、期限和救济途径。</p>
      <ul>
        {props.agencies.map((a) => <li><a href={`/guide?agency=${encodeURIComponent(a.code)}`}>{a.name}政府信息公开指南</a></li>)}
      </ul>
    </PublicLayout>
  );
}

/** The console page editing the actor's agency guide; read-only for those who may not edit. */
export function GuideEditPage(props: { actor: Actor; agency: Agency | undefined; text: string; edited: boolean; canEdit: boolean; error?: string | undefined; notice?: string | undefined }) {
  return (
    <ConsoleLayout title="信息公开指南" actor={props.actor}>
      <h1>信息公开指南</h1>
      <p class="lead">
        条例第十二条：政府信息公开指南应当及时更新。{props.edited ? '当前为本机关修改后的文本。' : '当前为按本机关信息生成的默认文本。'}
        {props.agency ? <>{' '}<a href={`/guide?agency=${encodeURIComponent(props.agency.code)}`}>查看门户网站上的指南</a></> : null}
      </p>
      <Flash error={props.error} notice={props.notice} />
      <form method="post" action="/console/settings/guide" class="form">
        <fieldset disabled={!props.canEdit}>
          <legend>指南正文</legend>
          <div class="field">
            <label for="f-text">正文（纯文本）</label>
            <textarea id="f-text" name="text" rows={28} maxlength={GUIDE_MAX_CHARS} aria-describedby="h-text">{props.text}</textarea>
            <p class="hint" id="h-text">每行为一段；以“一、”“二、”等开头的短行显示为小标题。不支持 HTML。清空后保存即恢复默认文本。</p>
          </div>
        </fieldset>
        {props.canEdit ? <button type="submit" class="primary">保存</button> : <p class="hint">仅负责人或管理员可修改信息公开指南。</p>}
      </form>
      <p><a href="/console/settings">返回设置</a></p>
    </ConsoleLayout>
  );
}
