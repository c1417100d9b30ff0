/**
 * An annual report as an HTML fragment for the portal and console pages — the report body only, no
 * page layout. Tables are data tables for screen readers: a caption, header cells as <th> with
 * scope (col / colgroup over merged columns, row / rowgroup down merged rows), and every figure's
 * `headers` naming all of its column and row headers (WCAG technique H43 — the section 三 and 四
 * tables have three levels of headers, more than scope alone conveys).
 */
import type { Child } from 'hono/jsx';
import type { AnnualReport } from '../../domain/report/model.ts';
import { reportDocument } from './document.ts';
import type { Block } from './document.ts';
import type { LaidCell, LaidTable } from './tables.ts';
import type { CellRef } from '../../domain/report/table-defs.ts';

export interface ReportHtmlOptions {
  /** Level of the title's heading: 1 (default) when the report is the page, 2 inside a page with its own h1. */
  headingLevel?: 1 | 2;
  /** Prefix of the element ids, for more than one report on a page (default `report`). */
  idPrefix?: string;
  /** For the console: the address of the records a figure counts (a link on the figure). */
  cellLink?: (ref: CellRef) => string | undefined;
  /** For the console: figures a check names, marked (`<mark>`, class `flagged`). */
  flagged?: (ref: CellRef) => boolean;
}

type Decorate = Pick<ReportHtmlOptions, 'cellLink' | 'flagged'>;

function Heading(props: { level: number; children: Child }) {
  switch (props.level) {
    case 1:
      return <h1>{props.children}</h1>;
    case 2:
      return <h2>{props.children}</h2>;
    case 3:
      return <h3>{props.children}</h3>;
    default:
      return <h4>{props.children}</h4>;
  }
}

function Figure(props: { c: LaidCell; d: Decorate }) {
  const { c, d } = props;
  const href = c.ref ? d.cellLink?.(c.ref) : undefined;
  const text = href ? <a href={href}>{c.text}</a> : c.text;
  return c.ref && d.flagged?.(c.ref) ? <mark>{text}</mark> : <>{text}</>;
}

function Cell(props: { c: LaidCell; prefix: string; d: Decorate }) {
  const { c, prefix, d } = props;
  const span = { colspan: c.colSpan > 1 ? c.colSpan : undefined, rowspan: c.rowSpan > 1 ? c.rowSpan : undefined };
  if (c.kind === 'corner') return <td {...span} class="corner">{c.text}</td>;
  if (c.kind === 'value') {
    const flagged = c.ref && d.flagged?.(c.ref);
    return <td headers={c.headers.map((h) => `${prefix}-${h}`).join(' ')} class={flagged ? 'figure flagged' : 'figure'}><Figure c={c} d={d} /></td>;
  }
  const scope = c.kind === 'column' ? (c.colSpan > 1 ? 'colgroup' : 'col') : c.rowSpan > 1 ? 'rowgroup' : 'row';
  return <th {...span} id={`${prefix}-${c.id}`} scope={scope}>{c.text}</th>;
}

function ReportTable(props: { t: LaidTable; prefix: string; d: Decorate }) {
  const { t, prefix, d } = props;
  return (
    <table class={`report-table report-${t.def.section}`} id={`${prefix}-${t.key}`}>
      <caption>{t.caption}</caption>
      <thead>{t.rows.slice(0, t.headerRows).map((line) => <tr>{line.map((c) => <Cell c={c} prefix={prefix} d={d} />)}</tr>)}</thead>
      <tbody>{t.rows.slice(t.headerRows).map((line) => <tr>{line.map((c) => <Cell c={c} prefix={prefix} d={d} />)}</tr>)}</tbody>
    </table>
  );
}

function BlockView(props: { b: Block; level: number; prefix: string; d: Decorate }) {
  const { b, level, prefix, d } = props;
  if (b.kind === 'heading') return <Heading level={level + b.level}>{b.text}</Heading>;
  if (b.kind === 'paragraph') return <p>{b.text}</p>;
  if (b.kind === 'table') return <ReportTable t={b.table} prefix={prefix} d={d} />;
  return <p class="signature">{b.lines.flatMap((l, i) => (i === 0 ? [l] : [<br />, l]))}</p>;
}

/** The report body: title, sections 一–六 with their tables, signature. */
export function AnnualReportBody(props: { report: AnnualReport } & ReportHtmlOptions) {
  const doc = reportDocument(props.report);
  const level = props.headingLevel ?? 1;
  const prefix = props.idPrefix ?? 'report';
  return (
    <article class="annual-report" lang="zh-CN" aria-labelledby={`${prefix}-title`}>
      <Heading level={level}><span id={`${prefix}-title`}>{doc.title}</span></Heading>
      {doc.blocks.map((b) => <BlockView b={b} level={level} prefix={prefix} d={{ cellLink: props.cellLink, flagged: props.flagged }} />)}
    </article>
  );
}

/** The report body as an HTML string. */
export function reportToHtml(report: AnnualReport, options: ReportHtmlOptions = {}): string {
  return String(<AnnualReportBody report={report} {...options} />);
}
