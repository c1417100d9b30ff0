/** The inbox: cases with status, department, officer, due date and working days left. */
import { DUE_SOON_WORKING_DAYS } from '../../domain/case-deadline.ts';
import { STATUSES, statusLabel } from '../../domain/workflow.ts';
import type { Department, } from '../../db/repositories/agencies.ts';
import type { User } from '../../db/repositories/users.ts';
import type { Actor } from '../../services/deps.ts';
import type { InboxFilter, InboxRow } from '../../services/inbox.ts';
import { ConsoleLayout, Flash } from '../views/layout.tsx';
import { DueBadge } from './due-badge.tsx';

const VIEWS: { code: NonNullable<InboxFilter['view']>; label: string }[] = [
  { code: 'open', label: '办理中' },
  { code: 'overdue', label: '已超期' },
  { code: 'due_soon', label: `${DUE_SOON_WORKING_DAYS}个工作日内到期` },
  { code: 'closed', label: '已答复 / 已办结' },
  { code: 'all', label: '全部' },
];

export function InboxPage(props: { actor: Actor; rows: InboxRow[]; filter: InboxFilter; departments: Department[]; staff: User[]; notice?: string }) {
  const f = props.filter;
  const dept = (id: number | null) => props.departments.find((d) => d.id === id)?.name ?? '—';
  const officer = (id: number | null) => props.staff.find((u) => u.id === id)?.displayName ?? '—';
  const overdue = props.rows.filter((r) => r.due.overdue).length;
  const soon = props.rows.filter((r) => r.due.dueSoon).length;
  return (
    <ConsoleLayout title="待办" actor={props.actor}>
      <h1>依申请公开 · {VIEWS.find((v) => v.code === (f.view ?? 'open'))?.label}</h1>
      <Flash notice={props.notice} />
      <nav class="tabs" aria-label="视图">
        {VIEWS.map((v) => (
          <a href={`/console/cases?view=${v.code}`} aria-current={(f.view ?? 'open') === v.code ? 'page' : undefined}>{v.label}</a>
        ))}
      </nav>
      <form method="get" action="/console/cases" class="filters">
        <input type="hidden" name="view" value={f.view ?? 'open'} />
        <label>状态 <select name="status"><option value="">全部</option>{STATUSES.map((s) => <option value={s.code} selected={f.status === s.code}>{s.label}</option>)}</select></label>
        <label>经办人 <select name="officer"><option value="">全部</option>{props.staff.map((u) => <option value={String(u.id)} selected={f.officerId === u.id}>{u.displayName}</option>)}</select></label>
        <label>部门 <select name="department"><option value="">全部</option>{props.departments.map((d) => <option value={String(d.id)} selected={f.departmentId === d.id}>{d.name}</option>)}</select></label>
        <label>搜索 <input name="q" value={f.q ?? ''} placeholder="编号、申请人、内容" /></label>
        <button type="submit">筛选</button>
      </form>
      <p class="summary">共 {props.rows.length} 件{overdue ? <strong class="overdue">，已超期 {overdue} 件</strong> : null}{soon ? <strong class="soon">，{DUE_SOON_WORKING_DAYS}个工作日内到期 {soon} 件</strong> : null}</p>
      <table class="cases">
        <thead>
          <tr><th scope="col">申请编号</th><th scope="col">收到日期</th><th scope="col">申请人</th><th scope="col">申请内容</th><th scope="col">状态</th><th scope="col">承办部门</th><th scope="col">经办人</th><th scope="col">答复期限</th><th scope="col">剩余工作日</th></tr>
        </thead>
        <tbody>
          {props.rows.map(({ c, due }) => (
            <tr class={due.overdue ? 'overdue' : due.dueSoon ? 'soon' : ''}>
              <td><a href={`/console/cases/${c.id}`}>{c.number}</a></td>
              <td>{c.receivedOn}</td>
              <td>{c.applicantName}</td>
              <td class="title">{c.infoTitle}</td>
              <td>{statusLabel(c.status)}</td>
              <td>{dept(c.departmentId)}</td>
              <td>{officer(c.officerId)}</td>
              <td>{due.dueOn ?? '—'}{due.deadline.estimated ? <span class="warn" title={due.deadline.warnings.join('；')}> ⚠</span> : null}</td>
              <td><DueBadge due={due} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}
