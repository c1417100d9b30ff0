/** The portal's home page: the latest published items, the catalog, the guide, applications. */
import type { Agency } from '../../db/repositories/agencies.ts';
import type { CatalogEntry } from '../../services/catalog/portal.ts';
import { EntryTable } from '../portal/catalog-page.tsx';
import { PublicLayout } from '../views/layout.tsx';

export function HomePage(props: { agencies: Agency[]; latest?: CatalogEntry[] }) {
  return (
    <PublicLayout title="首页">
      <h1>政府信息公开</h1>
      <section class="cards">
        <a class="card" href="/catalog">
          <h2>信息公开目录</h2>
          <p>按公开类别、主题和年度浏览主动公开的政府信息。</p>
        </a>
        <a class="card" href="/guide">
          <h2>信息公开指南</h2>
          <p>公开范围、申请方式、办理期限和救济途径。</p>
        </a>
        <a class="card" href="/apply">
          <h2>依申请公开</h2>
          <p>向行政机关申请获取政府信息，无需注册，网上提交。</p>
        </a>
        <a class="card" href="/status">
          <h2>申请进度查询</h2>
          <p>凭申请编号和查询码查看办理进度和答复情况。</p>
        </a>
      </section>
      {props.latest?.length ? (
        <section aria-labelledby="latest">
          <h2 id="latest">最新公开</h2>
          <EntryTable entries={props.latest} caption="最新主动公开的信息" showAgency={props.agencies.length > 1} />
          <p><a href="/catalog">更多信息</a> · <a href="/feed.xml" type="application/atom+xml">订阅（Atom）</a></p>
        </section>
      ) : null}
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
