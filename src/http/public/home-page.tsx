/** The portal's home page. The catalog and guide arrive with proactive disclosure (issue 3). */
import type { Agency } from '../../db/repositories/agencies.ts';
import { PublicLayout } from '../views/layout.tsx';

export function HomePage(props: { agencies: Agency[] }) {
  return (
    <PublicLayout title="首页">
      <h1>政府信息公开</h1>
      <section class="cards">
        <a class="card" href="/apply">
          <h2>依申请公开</h2>
          <p>向行政机关申请获取政府信息，无需注册，网上提交。</p>
        </a>
        <a class="card" href="/status">
          <h2>申请进度查询</h2>
          <p>凭申请编号和查询码查看办理进度和答复情况。</p>
        </a>
      </section>
      <h2>受理机关</h2>
      <ul class="agencies">
        {props.agencies.map((a) => (
          <li>
            <strong>{a.name}</strong>
            {a.address ? <span> · 地址：{a.address}</span> : null}
            {a.phone ? <span> · 电话：{a.phone}</span> : null}
            {' '}<a href={`/apply?agency=${a.code}`}>在线申请</a>
          </li>
        ))}
      </ul>
    </PublicLayout>
  );
}
