/** The public status query (/status): application number + query code → that case's progress. */
import { formatYuan } from '../../domain/fees.ts';
import type { PublicStatus } from '../../services/public-status.ts';
import { TextField } from '../views/fields.tsx';
import type { Values } from '../views/fields.tsx';
import { Flash, PublicLayout } from '../views/layout.tsx';

export function StatusPage(props: { values: Values; error?: string; status?: PublicStatus }) {
  const s = props.status;
  return (
    <PublicLayout title="申请进度查询">
      <h1>申请进度查询</h1>
      <Flash error={props.error} />
      <form method="post" action="/status" class="form narrow">
        <TextField name="number" label="申请编号" values={props.values} errors={{}} required maxlength={40} />
        <TextField name="code" label="查询码" values={props.values} errors={{}} required maxlength={20} />
        <button type="submit" class="primary">查询</button>
      </form>
      {s ? (
        <section class="status-result" aria-labelledby="st-h">
          <h2 id="st-h">申请 {s.number}</h2>
          <dl class="meta">
            <dt>受理机关</dt><dd>{s.agencyName}</dd>
            <dt>申请内容</dt><dd>{s.infoTitle}</dd>
            <dt>收到日期</dt><dd>{s.receivedOn}</dd>
            <dt>当前状态</dt><dd id="status-label"><strong>{s.statusLabel}</strong></dd>
            {s.dueOn && !s.repliedOn ? (<><dt>答复期限</dt><dd>{s.dueOn}</dd></>) : null}
            {s.correction ? (<><dt>需补正内容</dt><dd>{s.correction.items}（请于 {s.correction.dueOn} 前补正）</dd></>) : null}
            {s.fee ? (<><dt>信息处理费</dt><dd>{formatYuan(s.fee.amountFen)}{s.fee.paidOn ? `，已于${s.fee.paidOn}缴纳` : `，缴费期限 ${s.fee.dueOn ?? ''}`}</dd></>) : null}
            {s.outcomeLabel ? (<><dt>办理结果</dt><dd>{s.outcomeLabel}（{s.repliedOn} 答复）</dd></>) : null}
          </dl>
          <h3>办理过程</h3>
          <ol class="timeline">
            {s.steps.map((st) => (<li><time>{st.onDate}</time> {st.label}</li>))}
          </ol>
        </section>
      ) : null}
    </PublicLayout>
  );
}
