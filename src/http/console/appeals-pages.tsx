/** Console pages of the review and litigation records (行政复议、行政诉讼): list, form, record page. */
import { APPEAL_KINDS, APPEAL_RESULTS, appealKindLabel, appealResultLabel, bodyLabel } from '../../domain/appeals.ts';
import { outcomeFullLabel } from '../../domain/outcomes.ts';
import type { AppealListFilter, AppealRow, AppealView } from '../../services/appeals.ts';
import type { Actor } from '../../services/deps.ts';
import { AppealFields } from '../views/appeal-fields.tsx';
import type { Errors, Values } from '../views/fields.tsx';
import { ConsoleLayout, Flash } from '../views/layout.tsx';

function resultCell(a: AppealRow, year: number | undefined) {
  const now = a.result === 'pending' ? appealResultLabel(a.result) : `${appealResultLabel(a.result)}（${a.decidedOn ?? ''}）`;
  if (!year || a.countedResult === a.result) return now;
  return <>{now}<br /><span class="hint">{year}年报告计为“{appealResultLabel(a.countedResult)}”</span></>;
}

export function AppealListPage(props: { actor: Actor; rows: AppealRow[]; filter: AppealListFilter; canRecord: boolean; notice?: string | undefined }) {
  const f = props.filter;
  return (
    <ConsoleLayout title="复议诉讼" actor={props.actor}>
      <h1>行政复议、行政诉讼情况</h1>
      <Flash notice={props.notice} />
      <p>
        {props.canRecord ? <><a href="/console/reviews/new">＋ 登记复议或诉讼</a> · </> : null}
        <a href={`/console/figures${f.year ? `?year=${f.year}` : ''}#appeals`}>年度报告第四部分统计</a>
      </p>
      <form method="get" class="filters">
        <label>年度（受理或立案） <input type="number" name="year" value={f.year ? String(f.year) : ''} min="2008" max="2100" /></label>
        <label>类别 <select name="kind"><option value="">全部</option>{APPEAL_KINDS.map((k) => <option value={k.code} selected={f.kind === k.code}>{k.label}</option>)}</select></label>
        <label>结果 <select name="result"><option value="">全部</option>{APPEAL_RESULTS.map((r) => <option value={r.code} selected={f.result === r.code}>{r.label}</option>)}</select></label>
        <button type="submit">筛选</button>
      </form>
      {f.year && f.result ? <p class="hint">选定年度时，按该年12月31日的结果筛选（此后审结的计为尚未审结），与年度报告一致。</p> : null}
      <p class="summary">共 {props.rows.length} 件</p>
      <table class="cases">
        <thead><tr><th scope="col">受理（立案）日期</th><th scope="col">类别</th><th scope="col">复议申请人或原告</th><th scope="col">复议机关或法院</th><th scope="col">案号</th><th scope="col">结果</th><th scope="col">关联申请</th></tr></thead>
        <tbody>
          {props.rows.map((a) => (
            <tr>
              <td><a href={`/console/reviews/${a.id}`}>{a.receivedOn}</a></td>
              <td>{appealKindLabel(a.kind)}</td>
              <td>{a.claimant}</td>
              <td>{a.body}</td>
              <td>{a.caseNumber ?? '—'}</td>
              <td>{resultCell(a, f.year)}</td>
              <td>{a.applicationNumber && a.applicationCaseId ? <a href={`/console/cases/${a.applicationCaseId}`}>{a.applicationNumber}</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

export function AppealFormPage(props: { actor: Actor; id?: number; values: Values; errors: Errors; error?: string | undefined }) {
  const action = props.id ? `/console/reviews/${props.id}/edit` : '/console/reviews/new';
  return (
    <ConsoleLayout title={props.id ? '修改复议诉讼记录' : '登记复议诉讼'} actor={props.actor}>
      <p><a href={props.id ? `/console/reviews/${props.id}` : '/console/reviews'}>← 返回</a></p>
      <h1>{props.id ? '修改复议诉讼记录' : '登记行政复议或行政诉讼'}</h1>
      <Flash error={props.error} />
      <form method="post" action={action} class="form" novalidate>
        <AppealFields values={props.values} errors={props.errors} />
        <button type="submit" class="primary">保存</button>
      </form>
    </ConsoleLayout>
  );
}

export function AppealPage(props: { actor: Actor; v: AppealView; error?: string | undefined; notice?: string | undefined }) {
  const a = props.v.appeal;
  const app = props.v.application;
  return (
    <ConsoleLayout title={`${appealKindLabel(a.kind)} ${a.caseNumber ?? ''}`} actor={props.actor}>
      <p><a href="/console/reviews">← 返回复议诉讼</a></p>
      <h1>{appealKindLabel(a.kind)}{a.caseNumber ? ` ${a.caseNumber}` : ''} <span class="status" id="appeal-result">{appealResultLabel(a.result)}</span></h1>
      <Flash error={props.error} notice={props.notice} />
      <dl class="meta">
        <dt>类别</dt><dd>{appealKindLabel(a.kind)}</dd>
        <dt>{a.kind === 'review' ? '复议申请人' : '原告'}</dt><dd>{a.claimant}</dd>
        <dt>{bodyLabel(a.kind)}</dt><dd>{a.body}</dd>
        <dt>受理（立案）日期</dt><dd>{a.receivedOn}（计入{a.receivedOn.slice(0, 4)}年度报告）</dd>
        <dt>结果</dt><dd>{appealResultLabel(a.result)}</dd>
        <dt>审结日期</dt><dd>{a.decidedOn ?? '—'}</dd>
        <dt>案号</dt><dd>{a.caseNumber ?? '—'}</dd>
        <dt>关联申请</dt>
        <dd>{app ? <><a href={`/console/cases/${app.id}`}>{app.number}</a> {app.infoTitle}（{app.receivedOn}收到{app.outcome ? `；答复结果：${outcomeFullLabel(app.outcome)}` : ''}）</> : '—'}</dd>
        {a.notes ? <><dt>备注</dt><dd>{a.notes}</dd></> : null}
      </dl>
      {props.v.canEdit ? <p><a href={`/console/reviews/${a.id}/edit`}>修改</a></p> : null}
      {props.v.canEdit && a.result === 'pending' ? (
        <details class="action" id="act-decide" open>
          <summary>登记审结结果</summary>
          <form method="post" action={`/console/reviews/${a.id}/decide`} class="form compact">
            <label>结果 <select name="result">{APPEAL_RESULTS.filter((r) => r.code !== 'pending').map((r) => <option value={r.code}>{r.label}（{r.hint}）</option>)}</select></label>
            <label>审结日期 <input type="date" name="decidedOn" required /></label>
            <label>决定书、判决书文号 <input name="caseNumber" value={a.caseNumber ?? ''} /></label>
            <label>说明（选填） <input name="note" /></label>
            <input type="hidden" name="version" value={String(a.version)} />
            <button type="submit" class="primary">登记审结</button>
          </form>
        </details>
      ) : null}
      <section><h2>记录</h2>
        <ol class="timeline">{props.v.events.map((e) => <li><time>{e.onDate}</time> <strong>{e.actorLabel}</strong>：{String(e.data.summary ?? e.action)}</li>)}</ol>
      </section>
    </ConsoleLayout>
  );
}
