/**
 * The 政府信息公开目录 (条例 第十二条): published items by agency, 第二十条 class, 主题分类 and year,
 * 20 a page, with the choices and their counts as plain links. Works without JavaScript.
 */
import type { CatalogEntry, CatalogQuery, CatalogResult, Choice } from '../../services/catalog/portal.ts';
import { PublicLayout } from '../views/layout.tsx';
import { catalogHref, itemHref } from './links.ts';

/** A search box that asks the portal's full-text search (GET /search?q=). */
export function SearchBox(props: { q?: string }) {
  return (
    <form method="get" action="/search" role="search" class="filters">
      <div class="field">
        <label for="f-q">全文检索</label>
        <input id="f-q" name="q" type="search" value={props.q ?? ''} maxlength={100} placeholder="输入标题、文号或正文中的词语" />
      </div>
      <button type="submit" class="primary">检索</button>
    </form>
  );
}

/** Published items as a table: 索引号, 名称 (linked), 发布日期, 文号 — and the agency when several are shown. */
export function EntryTable(props: { entries: CatalogEntry[]; caption: string; showAgency?: boolean }) {
  return (
    <table class="catalog">
      <caption class="sr">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">索引号</th>
          <th scope="col">名称</th>
          {props.showAgency ? <th scope="col">发布机构</th> : null}
          <th scope="col">发布日期</th>
          <th scope="col">文号</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr>
            <td>{e.indexNumber ?? ''}</td>
            <td class="title"><a href={itemHref(e.id)}>{e.title}</a></td>
            {props.showAgency ? <td>{e.agencyName}</td> : null}
            <td>{e.publishedOn ?? ''}</td>
            <td>{e.docNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One group of filter choices: "全部" and each value with its count; the current one is marked. */
function ChoiceList<K extends string | number>(props: { title: string; q: CatalogQuery; param: 'agency' | 'article20' | 'topic' | 'year'; current: K | undefined; choices: Choice<K>[] }) {
  return (
    <section class="panel">
      <h2>{props.title}</h2>
      <ul>
        <li>{props.current === undefined ? <strong aria-current="true">全部</strong> : <a href={catalogHref(props.q, { [props.param]: undefined })}>全部</a>}</li>
        {props.choices.map((ch) => (
          <li>
            {ch.key === props.current
              ? <strong aria-current="true">{ch.label}（{ch.count}）</strong>
              : <a href={catalogHref(props.q, { [props.param]: ch.key })}>{ch.label}（{ch.count}）</a>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Previous / next page links (rel=prev / rel=next) and the page number. */
function Pager(props: { q: CatalogQuery; pages: number }) {
  const p = props.q.page;
  if (props.pages <= 1 && p <= 1) return null;
  return (
    <nav class="pager" aria-label="分页">
      {p > 1 ? <a rel="prev" href={catalogHref(props.q, { page: Math.min(p - 1, props.pages) })}>上一页</a> : null}
      {' '}<span>第 {p} 页，共 {props.pages} 页</span>{' '}
      {p < props.pages ? <a rel="next" href={catalogHref(props.q, { page: p + 1 })}>下一页</a> : null}
    </nav>
  );
}

/** The catalog page for one set of filters. */
export function CatalogPage(props: { r: CatalogResult }) {
  const { r } = props;
  const q = r.query;
  const heading = r.agency ? `${r.agency.name}政府信息公开目录` : '政府信息公开目录';
  const filtered = q.agency !== undefined || q.article20 !== undefined || q.topic !== undefined || q.year !== undefined;
  return (
    <PublicLayout title={heading}>
      <h1>{heading}</h1>
      <SearchBox />
      <p class="lead">
        共 {r.total} 条{filtered ? <>{' · '}<a href="/catalog">清除筛选条件</a></> : null}
        {r.agency ? <>{' · '}<a href={`/guide?agency=${encodeURIComponent(r.agency.code)}`}>{r.agency.name}信息公开指南</a></> : null}
      </p>
      <div class="grid">
        {r.agencies.length > 1 || q.agency ? <ChoiceList title="发布机构" q={q} param="agency" current={q.agency} choices={r.agencies} /> : null}
        <ChoiceList title="公开类别（条例第二十条）" q={q} param="article20" current={q.article20} choices={r.classes} />
        <ChoiceList title="主题分类" q={q} param="topic" current={q.topic} choices={r.topics} />
        <ChoiceList title="发布年度" q={q} param="year" current={q.year} choices={r.years} />
      </div>
      {r.entries.length
        ? <EntryTable entries={r.entries} caption={`${heading}，第${q.page}页`} showAgency={!r.agency} />
        : <p>{q.page > 1 ? '本页没有信息。' : '没有符合条件的信息。'}</p>}
      <Pager q={q} pages={r.pages} />
    </PublicLayout>
  );
}
