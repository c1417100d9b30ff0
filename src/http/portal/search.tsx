/**
 * Full-text search of the portal (`/search?q=`): published items only, two-character words too,
 * matches highlighted, filters by 第二十条 class, year, 有效性, agency and department. A query in Traditional
 * script is converted to Simplified first, so 戶口 finds 户口.
 */
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { ARTICLE20, VALIDITIES } from '../../domain/catalog/article20.ts';
import { DomainError } from '../../domain/errors.ts';
import { listAgencies, listDepartments } from '../../db/repositories/agencies.ts';
import type { Agency, Department } from '../../db/repositories/agencies.ts';
import { searchItems } from '../../db/repositories/item-search.ts';
import type { ItemSearchQuery, ItemSearchResult } from '../../db/repositories/item-search.ts';
import type { Deps } from '../../services/deps.ts';
import { toSimplified } from '../script/convert.ts';
import { Flash, PublicLayout } from '../views/layout.tsx';
import { SearchBox } from './catalog-page.tsx';

const PAGE_SIZE = 20;

interface SearchParams {
  q: string;
  agency: string;
  klass: string;
  year: string;
  validity: string;
  dept: string;
  page: number;
}

/** The agencies whose items can be searched, each with its departments. */
interface AgencyChoice {
  agency: Agency;
  departments: Department[];
}

function href(p: SearchParams, page: number): string {
  const qs = new URLSearchParams({ q: p.q });
  if (p.agency) qs.set('agency', p.agency);
  if (p.klass) qs.set('class', p.klass);
  if (p.year) qs.set('year', p.year);
  if (p.validity) qs.set('validity', p.validity);
  if (p.dept) qs.set('dept', p.dept);
  if (page > 1) qs.set('page', String(page));
  return `/search?${qs.toString()}`;
}

function SearchPage(props: { p: SearchParams; agencies: AgencyChoice[]; r?: ItemSearchResult; error?: string }) {
  const { p, r } = props;
  const pages = r ? Math.ceil(r.total / PAGE_SIZE) : 0;
  return (
    <PublicLayout title={p.q ? `检索：${p.q}` : '全文检索'}>
      <h1>全文检索</h1>
      <SearchBox q={p.q} />
      <form method="get" action="/search" class="filters" aria-label="筛选">
        <input type="hidden" name="q" value={p.q} />
        <label>机关 <select name="agency"><option value="">全部</option>{props.agencies.map(({ agency: a }) => <option value={a.code} selected={a.code === p.agency}>{a.name}</option>)}</select></label>
        <label>部门 <select name="dept"><option value="">全部</option>{props.agencies.map(({ agency: a, departments }) => (
          <optgroup label={a.name}>{departments.map((d) => <option value={String(d.id)} selected={String(d.id) === p.dept}>{d.name}</option>)}</optgroup>
        ))}</select></label>
        <label>类别 <select name="class"><option value="">全部</option>{ARTICLE20.map((a) => <option value={String(a.n)} selected={String(a.n) === p.klass}>{a.label}</option>)}</select></label>
        <label>年度 <input name="year" type="number" min="2008" max="2100" value={p.year} /></label>
        <label>有效性 <select name="validity"><option value="">全部</option>{VALIDITIES.map((v) => <option selected={v === p.validity}>{v}</option>)}</select></label>
        <button type="submit">筛选</button>
      </form>
      <Flash error={props.error} />
      {r ? (
        <section aria-labelledby="hits-h">
          <h2 id="hits-h">找到 {r.totalCapped ? `${r.total}+` : r.total} 条结果</h2>
          <ol class="hits">
            {r.hits.map((h) => (
              <li>
                <a href={`/items/${h.id}`}>{raw(markTitle(h.title, p.q))}</a>
                <p class="meta-line">{[h.indexNumber, h.docNumber, h.publishedOn].filter(Boolean).join(' · ')}</p>
                <p>{raw(h.snippet)}</p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav class="paging" aria-label="分页">
              {p.page > 1 ? <a rel="prev" href={href(p, p.page - 1)}>上一页</a> : null}
              <span>第 {p.page} / {pages} 页</span>
              {p.page < pages ? <a rel="next" href={href(p, p.page + 1)}>下一页</a> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </PublicLayout>
  );
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The title, escaped, with the query's terms marked. */
function markTitle(title: string, q: string): string {
  const terms = toSimplified(q).split(/\s+/).filter((t) => t.length >= 2);
  let out = esc(title);
  for (const t of terms) out = out.split(esc(t)).join(`<mark>${esc(t)}</mark>`);
  return out;
}

export function searchRoutes(deps: Deps): Hono {
  const app = new Hono();
  app.get('/search', async (c) => {
    const q = c.req.query();
    const p: SearchParams = { q: (q.q ?? '').slice(0, 200), agency: q.agency ?? '', klass: q.class ?? '', year: q.year ?? '', validity: q.validity ?? '', dept: q.dept ?? '', page: Math.max(1, Number(q.page) || 1) };
    const agencies = await Promise.all((await listAgencies(deps.db)).filter((a) => a.kind === 'agency')
      .map(async (agency) => ({ agency, departments: await listDepartments(deps.db, agency.id) })));
    if (!p.q.trim()) return c.html(<SearchPage p={p} agencies={agencies} />);
    const agency = agencies.find((a) => a.agency.code === p.agency)?.agency;
    const query: ItemSearchQuery = {
      text: toSimplified(p.q),
      limit: PAGE_SIZE,
      offset: (p.page - 1) * PAGE_SIZE,
      ...(agency ? { agencyId: agency.id } : {}),
      ...(p.klass ? { article20: Number(p.klass) } : {}),
      ...(p.year ? { year: Number(p.year) } : {}),
      ...(p.validity ? { validity: p.validity } : {}),
      ...(p.dept ? { departmentId: Number(p.dept) } : {}),
    };
    try {
      return c.html(<SearchPage p={p} agencies={agencies} r={await searchItems(deps.db, query)} />);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return c.html(<SearchPage p={p} agencies={agencies} error={err.message} />, 422);
    }
  });
  return app;
}
