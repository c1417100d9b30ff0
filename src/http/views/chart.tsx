/**
 * A chart on a page: a <figure> with its caption, the server-rendered SVG (src/report/charts.ts) and
 * the same figures as a data table under <details> — the fallback for screen readers and for
 * copying the numbers.
 */
import { raw } from 'hono/html';
import { chartSvg } from '../../report/charts.ts';
import type { ChartSpec } from '../../report/charts.ts';

export function Chart(props: { spec: ChartSpec; /** Header of the category column of the table. */ categoryHeader: string; /** Extra columns (e.g. a total) after the series. */ extra?: { name: string; values: (number | string | null)[] }[] }) {
  const { spec } = props;
  const unit = spec.unit ?? '';
  const columns = [...spec.series.map((s) => ({ name: s.name, values: s.values.map((v) => (v === null ? '—' : `${v}${unit}`)) })), ...(props.extra ?? []).map((e) => ({ name: e.name, values: e.values.map((v) => (v === null ? '—' : String(v))) }))];
  return (
    <figure class="chart" id={spec.id} aria-labelledby={`${spec.id}-caption`}>
      <figcaption id={`${spec.id}-caption`}><strong>{spec.title}</strong> <span class="hint">{spec.description}</span></figcaption>
      {raw(chartSvg(spec))}
      <details>
        <summary>数据表：{spec.title}</summary>
        <table class="figures chart-data" id={`${spec.id}-data`}>
          <caption>{spec.title}</caption>
          <thead>
            <tr><th scope="col">{props.categoryHeader}</th>{columns.map((c) => <th scope="col">{c.name}</th>)}</tr>
          </thead>
          <tbody>
            {spec.categories.map((cat, i) => (
              <tr><th scope="row">{cat}</th>{columns.map((c) => <td>{c.values[i] ?? ''}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
