/** Working days left, coloured: overdue, due soon, paused, answered on time or late. */
import type { DueState } from '../../domain/case-deadline.ts';

export function DueBadge(props: { due: DueState }) {
  const d = props.due;
  if (!d.open) return d.onTime === null ? <span>—</span> : d.onTime ? <span class="badge ok">按期答复</span> : <span class="badge late">超期答复</span>;
  if (d.paused) return <span class="badge paused">计时暂停</span>;
  if (d.daysLeft === null) return <span>—</span>;
  if (d.daysLeft < 0) return <span class="badge late">超期 {-d.daysLeft} 个工作日</span>;
  if (d.daysLeft === 0) return <span class="badge soon">今日到期</span>;
  return <span class={`badge ${d.dueSoon ? 'soon' : 'ok'}`}>{d.daysLeft} 个工作日</span>;
}
