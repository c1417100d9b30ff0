/** Console pages: the daily digest, the year's section 三 figures, and case-handling settings. */
import { APPLICANT_TYPES } from '../../domain/applicants.ts';
import { DUE_SOON_WORKING_DAYS } from '../../domain/case-deadline.ts';
import { OUTCOMES, OUTCOME_GROUPS } from '../../domain/outcomes.ts';
import { APPEAL_TOTAL, appealsTableDef, LITIGATION_HEADER } from '../../domain/report/appeals-labels.ts';
import { SECTION_HEADINGS } from '../../domain/report/headings.ts';
import type { TableCells } from '../../domain/report/model.ts';
import { COLUMNS } from '../../domain/year-counts.ts';
import type { YearCounts } from '../../domain/year-counts.ts';
import type { CaseSettings } from '../../services/agency-settings.ts';
import type { Actor } from '../../services/deps.ts';
import type { DigestEntry } from '../../services/digest.ts';
import type { TemplateEntry } from '../../services/letter-templates.ts';
import { ConsoleLayout, Flash } from '../views/layout.tsx';
import { DueBadge } from './due-badge.tsx';

export function DigestPage(props: { actor: Actor; entries: DigestEntry[]; today: string }) {
  return (
    <ConsoleLayout title="到期提醒" actor={props.actor}>
      <h1>到期提醒（{props.today}）</h1>
      <p class="lead">每位经办人已超期和{DUE_SOON_WORKING_DAYS}个工作日内到期的申请。配置 SMTP_URL 后，每个工作日早上也会发送邮件（<code>gongkai digest --send</code>）。</p>
      {props.entries.length === 0 ? <p>没有超期或即将到期的申请。</p> : null}
      {props.entries.map((e) => (
        <section class="panel">
          <h2>{e.officer?.displayName ?? '未分配经办人'}：超期 {e.overdue.length} 件，即将到期 {e.dueSoon.length} 件</h2>
          <ul>
            {[...e.overdue, ...e.dueSoon].map((r) => (
              <li><a href={`/console/cases/${r.c.id}`}>{r.c.number}</a> {r.c.infoTitle} — 期限 {r.due.dueOn} <DueBadge due={r.due} /></li>
            ))}
          </ul>
        </section>
      ))}
    </ConsoleLayout>
  );
}

function rowLabel(key: string): string {
  if (key === '一') return '一、本年新收政府信息公开申请数量';
  if (key === '二') return '二、上年结转政府信息公开申请数量';
  if (key === '三.7') return '（七）总计';
  if (key === '四') return '四、结转下年度继续办理';
  const o = OUTCOMES.find((x) => `三.${x.row}` === key);
  if (!o) return key;
  return o.row.includes('.') ? `${o.row.split('.')[1]}.${o.label}` : (OUTCOME_GROUPS.find((g) => g.key === o.row)?.label ?? o.label);
}

/** Section 四 as printed (one row of 15 cells under three groups); each cell opens the records it counts. */
function AppealsTable(props: { year: number; cells: TableCells }) {
  const def = appealsTableDef();
  const [review, ...litigation] = def.rows;
  const link = (row: string, col: string) => `/console/reviews?year=${props.year}&kind=${row}${col === APPEAL_TOTAL ? '' : `&result=${col}`}`;
  return (
    <table class="figures" id="appeals">
      <caption>{SECTION_HEADINGS.appeals}</caption>
      <thead>
        <tr><th scope="colgroup" colspan={5} rowspan={2}>{review?.label}</th><th scope="colgroup" colspan={10}>{LITIGATION_HEADER}</th></tr>
        <tr>{litigation.map((r) => <th scope="colgroup" colspan={5}>{r.label}</th>)}</tr>
        <tr>{def.rows.map(() => def.columns.map((c) => <th scope="col">{c.label}</th>))}</tr>
      </thead>
      <tbody>
        <tr>{def.rows.map((r) => def.columns.map((c) => <td><a href={link(r.code, c.code)}>{props.cells[r.code]?.[c.code] ?? 0}</a></td>))}</tr>
      </tbody>
    </table>
  );
}

export function FiguresPage(props: { actor: Actor; year: number; counts: YearCounts; appeals: TableCells }) {
  const groupsWithSubrows = new Set(['3', '4', '5', '6']);
  const keys = Object.keys(props.counts);
  return (
    <ConsoleLayout title="年度统计" actor={props.actor}>
      <h1>{props.year}年 收到和处理政府信息公开申请情况</h1>
      <form method="get" class="filters"><label>年度 <input type="number" name="year" value={String(props.year)} min="2019" max="2100" /></label><button type="submit">查看</button></form>
      <table class="figures">
        <caption>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</caption>
        <thead>
          <tr><th scope="col" rowspan={3}>申请人情况</th><th scope="col" rowspan={3}>自然人</th><th scope="col" colspan={5}>法人或其他组织</th><th scope="col" rowspan={3}>总计</th></tr>
          <tr>{APPLICANT_TYPES.filter((a) => a.code !== 'natural_person').map((a) => <th scope="col" rowspan={2}>{a.label}</th>)}</tr>
          <tr></tr>
        </thead>
        <tbody>
          {keys.map((k, i) => {
            const group = k.startsWith('三.') ? k.slice(2).split('.')[0] ?? '' : '';
            const firstOfGroup = group && groupsWithSubrows.has(group) && !keys.slice(0, i).some((x) => x.startsWith(`三.${group}.`));
            return (
              <>
                {k === '三.1' ? <tr><th scope="row" colspan={8}>三、本年度办理结果</th></tr> : null}
                {firstOfGroup ? <tr><th scope="row" colspan={8}>{OUTCOME_GROUPS.find((g) => g.key === group)?.label}</th></tr> : null}
                <tr>
                  <th scope="row">{rowLabel(k)}</th>
                  {COLUMNS.map((col) => <td>{props.counts[k]?.[col] ?? 0}</td>)}
                </tr>
              </>
            );
          })}
        </tbody>
      </table>
      <p class="hint">年度报告第三部分即采用这些数字；2019年试行格式中“（六）其他处理”为一行，等于本表三个子项之和。</p>
      <AppealsTable year={props.year} cells={props.appeals} />
      <p class="hint">按受理（立案）日期计入当年，结果以当年12月31日为准（此后审结的计为尚未审结）。点击数字查看所计的案件；<a href="/console/reviews">登记和查看复议诉讼案件</a>。</p>
    </ConsoleLayout>
  );
}

export function SettingsPage(props: { actor: Actor; s: CaseSettings; canEdit: boolean; error?: string; notice?: string }) {
  const s = props.s;
  return (
    <ConsoleLayout title="设置" actor={props.actor}>
      <h1>依申请公开设置</h1>
      <Flash error={props.error} notice={props.notice} />
      <form method="post" action="/console/settings" class="form">
        <fieldset disabled={!props.canEdit}>
          <legend>期限</legend>
          <div class="field">
            <label for="f-fee">收费通知对答复期限的影响</label>
            <select id="f-fee" name="feeClockMode">
              <option value="suspend" selected={s.feeClockMode === 'suspend'}>暂停计时：自发出收费通知至缴费之日不计入答复期限</option>
              <option value="restart" selected={s.feeClockMode === 'restart'}>重新计算：自缴费之日起重新计算答复期限</option>
              <option value="none" selected={s.feeClockMode === 'none'}>不影响答复期限</option>
            </select>
            <p class="hint">《政府信息公开信息处理费管理办法》未见明确规定（待确认），请按本地规定设置。</p>
          </div>
          <div class="field">
            <label for="f-corr">补正期限（工作日）</label>
            <input id="f-corr" type="number" name="correctionPeriodDays" min="1" max="60" value={String(s.correctionPeriodDays)} />
            <p class="hint">第三十条：一次性告知申请人需要补正的事项和合理的补正期限。</p>
          </div>
          <div class="field">
            <label for="f-rev">行政复议机关（用于答复告知书）</label>
            <input id="f-rev" name="reviewBody" value={s.reviewBody} />
          </div>
          <p><a href="/console/settings/templates">编辑文书模板（答复告知书、补正告知书等）</a></p>
          <p><a href="/console/settings/guide">编辑信息公开指南（门户网站）</a></p>
        </fieldset>
        {props.canEdit ? <button type="submit" class="primary">保存</button> : <p class="hint">仅负责人或管理员可修改设置。</p>}
      </form>
    </ConsoleLayout>
  );
}

export function TemplatesPage(props: { actor: Actor; entries: TemplateEntry[]; canEdit: boolean; placeholders: string[]; error?: string; notice?: string; openId?: string; draft?: string }) {
  return (
    <ConsoleLayout title="文书模板" actor={props.actor}>
      <h1>文书模板</h1>
      <p class="lead">答复告知书按办理结果分别使用模板；修改后对本机关此后生成的文书生效。可用占位符：{props.placeholders.map((p) => `{${p}}`).join(' ')}</p>
      <Flash error={props.error} notice={props.notice} />
      {props.entries.map((e) => (
        <details class="action" id={`tpl-${e.id}`} open={props.openId === e.id}>
          <summary>{e.label}{e.edited ? '（已修改）' : ''}</summary>
          <form method="post" action={`/console/settings/templates/${e.id}`} class="form compact">
            <label>模板内容 <textarea name="text" rows={6} disabled={!props.canEdit}>{props.openId === e.id && props.draft !== undefined ? props.draft : e.text}</textarea></label>
            {props.canEdit ? <button type="submit" class="primary">保存</button> : null}
            {props.canEdit && e.edited ? <button type="submit" name="reset" value="1">恢复默认</button> : null}
          </form>
        </details>
      ))}
    </ConsoleLayout>
  );
}
