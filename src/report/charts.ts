/**
 * Charts as SVG, rendered on the server with Apache ECharts (SSR mode: no DOM, no JavaScript on the
 * page). The SVG is made fit for an inline page under a strict Content-Security-Policy (no inline
 * <style>, no style attributes: ECharts' hover styles are dropped and its text styles become
 * presentation attributes) and accessible: role="img" with a <title> and a <desc>. Pure: the same
 * spec gives the same chart.
 */
import * as echarts from 'echarts';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartSpec {
  /** Prefix of the element ids (unique on the page). */
  id: string;
  title: string;
  /** A sentence for screen readers: what the chart shows. */
  description: string;
  /** Category labels along the axis (months, channels, departments). */
  categories: string[];
  series: ChartSeries[];
  /** `bar`: bars side by side; `stacked`: stacked bars; `line`: lines with points. */
  kind: 'bar' | 'stacked' | 'line';
  /** Unit appended to value labels and the axis (e.g. `%`); none by default. */
  unit?: string;
  /** Upper bound of the value axis (e.g. 100 for a rate). */
  max?: number;
  width?: number;
  height?: number;
}

/** Colours with at least 3:1 contrast against white (graphical objects, WCAG 1.4.11). */
const PALETTE = ['#0b4f8a', '#a4000f', '#1d6b2f', '#8a5a00', '#5b3b8c', '#00667a', '#6b4226', '#4d4d4d'];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `style="a:b;c:d"` → `a="b" c="d"` (SVG presentation attributes), so a CSP without 'unsafe-inline' loses nothing. */
function styleToAttributes(svg: string): string {
  return svg.replace(/ style="([^"]*)"/g, (_m, css: string) =>
    css
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const i = d.indexOf(':');
        return i > 0 ? ` ${d.slice(0, i).trim()}="${d.slice(i + 1).trim().replace(/"/g, '&quot;')}"` : '';
      })
      .join(''));
}

function option(spec: ChartSpec): echarts.EChartsCoreOption {
  const unit = spec.unit ?? '';
  const label = (position: string) => ({
    show: true,
    position,
    fontSize: 11,
    formatter: (p: { value: unknown }) => (typeof p.value === 'number' && p.value !== 0 ? `${p.value}${unit}` : ''),
  });
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'sans-serif', color: '#1b1b1b' },
    legend: { top: 0, textStyle: { color: '#1b1b1b' } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, color: '#1b1b1b', hideOverlap: false } },
    yAxis: { type: 'value', minInterval: 1, ...(spec.max !== undefined ? { max: spec.max } : {}), axisLabel: { color: '#1b1b1b', formatter: `{value}${unit}` } },
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      ...(spec.kind === 'stacked' ? { stack: 'total' } : {}),
      data: s.values,
      label: spec.kind === 'stacked' ? { ...label('inside'), color: '#fff' } : label('top'),
      ...(spec.kind === 'line' ? { connectNulls: false, symbolSize: 6 } : {}),
    })),
  };
}

/** The chart as an accessible, CSP-safe SVG string. */
export function chartSvg(spec: ChartSpec): string {
  const width = spec.width ?? 720;
  const height = spec.height ?? 320;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(option(spec));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const titleId = `${spec.id}-svg-title`;
  const descId = `${spec.id}-svg-desc`;
  svg = styleToAttributes(svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''));
  return svg.replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg width="100%" role="img" aria-labelledby="${titleId} ${descId}" focusable="false" data-chart="${escapeXml(spec.id)}"`,
  ).replace(/(<svg[^>]*>)/, `$1<title id="${titleId}">${escapeXml(spec.title)}</title><desc id="${descId}">${escapeXml(spec.description)}</desc>`);
}
