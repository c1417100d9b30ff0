/** One small form per workflow action on the case page; only the actions the actor may take. */
import type { Child } from 'hono/jsx';
import { OUTCOME_GROUPS, DECIDABLE_OUTCOMES } from '../../domain/outcomes.ts';
import { ACTIONS } from '../../domain/workflow.ts';
import type { Action } from '../../domain/workflow.ts';
import type { CaseView } from '../../services/case-view.ts';

function Form(props: { id: number; action: Action; children?: Child; danger?: boolean }) {
  return (
    <details class="action" id={`act-${props.action}`}>
      <summary>{ACTIONS[props.action].label}</summary>
      <form method="post" action={`/console/cases/${props.id}/actions/${props.action}`} class="form compact">
        {props.children}
        <button type="submit" class={props.danger ? 'danger' : 'primary'}>{ACTIONS[props.action].label}</button>
      </form>
    </details>
  );
}

function DateInput(props: { name: string; label: string; value?: string }) {
  return <label>{props.label} <input type="date" name={props.name} value={props.value ?? ''} /></label>;
}

function Assign(props: { v: CaseView }) {
  return (
    <>
      <label>承办部门 <select name="departmentId"><option value="">（不变）</option>{props.v.departments.map((d) => <option value={String(d.id)} selected={d.id === props.v.c.departmentId}>{d.name}</option>)}</select></label>
      <label>经办人 <select name="officerId"><option value="">（不变）</option>{props.v.staff.filter((u) => u.roles.some((r) => r !== 'admin')).map((u) => <option value={String(u.id)} selected={u.id === props.v.c.officerId}>{u.displayName}</option>)}</select></label>
    </>
  );
}

const BODIES: Record<Action, (v: CaseView) => Child> = {
  accept: (v) => <Assign v={v} />,
  assign: (v) => <Assign v={v} />,
  request_correction: (v) => (
    <>
      <label>需要补正的事项（一次性告知） <textarea name="items" rows={3} required /></label>
      <DateInput name="requestedOn" label="告知日期" value={v.today} />
      <DateInput name="dueOn" label={`补正期限（留空为${v.settings.correctionPeriodDays}个工作日）`} />
    </>
  ),
  record_supplement: (v) => <DateInput name="supplementedOn" label="收到补正材料日期" value={v.today} />,
  mark_abandoned: () => <p class="hint">补正期限届满，申请人无正当理由逾期不补正的，视为放弃申请（第三十条），计入“其他处理”第1项。</p>,
  start_consultation: (v) => (
    <>
      <label>征求意见对象 <select name="kind"><option value="third_party">第三方（第三十二条）</option><option value="other_agency">其他机关（第三十三条）</option></select></label>
      <label>名称 <input name="party" required /></label>
      <DateInput name="startOn" label="发出日期" value={v.today} />
      <label>说明 <input name="note" /></label>
    </>
  ),
  end_consultation: (v) => <DateInput name="endOn" label="收到意见（或期满）日期" value={v.today} />,
  extend: () => (
    <>
      <label>延长工作日数（最长20） <input type="number" name="days" min="1" max="20" value="20" /></label>
      <label>延期理由 <textarea name="reason" rows={2} required /></label>
      <p class="hint">第三十三条：需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人。</p>
    </>
  ),
  issue_fee_notice: (v) => (
    <>
      <label>计收方式 <select name="method"><option value="per_item">按件计收</option><option value="per_page">按量计收</option></select></label>
      <label>件数 / 页数 <input type="number" name="units" min="1" required /></label>
      <label>本自然月此前累计件数（按件；系统统计该申请人本月此前申请 {v.applicantMonthCount} 件） <input type="number" name="previousItems" min="0" value={String(v.applicantMonthCount)} /></label>
      <DateInput name="noticeOn" label="通知日期" value={v.today} />
    </>
  ),
  record_payment: (v) => <DateInput name="paidOn" label="缴费日期" value={v.today} />,
  mark_unpaid: () => <p class="hint">申请人逾期未缴纳信息处理费的，不再处理其申请，计入“其他处理”第2项。</p>,
  decide: (v) => (
    <>
      <label>办理结果
        <select name="outcome" required>
          <option value="">请选择</option>
          {OUTCOME_GROUPS.map((g) => (
            <optgroup label={g.label}>
              {DECIDABLE_OUTCOMES.filter((o) => o.row.split('.')[0] === g.key).map((o) => <option value={o.code}>{o.row.includes('.') ? `${o.row.split('.')[1]}.${o.label}` : o.label}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label>理由及依据说明 <textarea name="reason" rows={3} /></label>
      <DateInput name="decidedOn" label="决定日期" value={v.today} />
      {v.similar.length ? <p class="hint">系统发现该申请人此前有相似申请，如属重复申请可选择“不予处理 — 2.重复申请”。</p> : null}
    </>
  ),
  reply: (v) => (
    <>
      <DateInput name="repliedOn" label="送达日期" value={v.today} />
      <label>送达方式 <select name="method"><option>邮寄</option><option>电子邮件</option><option>当面送达</option><option>网上答复</option><option>传真</option></select></label>
    </>
  ),
  close: () => <p class="hint">答复送达后办结归档。</p>,
  reopen: () => <label>重新办理原因（如：行政复议决定责令重新答复） <textarea name="reason" rows={2} required /></label>,
  note: () => <label>备注 <textarea name="text" rows={2} required /></label>,
};

export function ActionForms(props: { v: CaseView }) {
  if (!props.v.actions.length) return <p class="hint">当前状态下您没有可办理的操作。</p>;
  return (
    <div class="actions">
      {props.v.actions.map((a) => (
        <Form id={props.v.c.id} action={a} danger={a === 'mark_abandoned' || a === 'mark_unpaid'}>{BODIES[a](props.v)}</Form>
      ))}
    </div>
  );
}
