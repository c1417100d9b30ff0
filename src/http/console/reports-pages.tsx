/**
 * Console pages of the annual report (年度报告): the list of years, the report page (the rendered
 * report with each section 三 and 四 figure linked to the records it counts, the findings of the
 * checks with the figures they name marked, the actions of its status, downloads, versions), the
 * narrative form, and the list of applications behind a section 三 figure.
 */
import { numericChineseDate } from '../../domain/dates.ts';
import { OVERVIEW_PARTS, reportTitle, SECTION_HEADINGS } from '../../domain/report/headings.ts';
import { reportActionLabel, reportStatusLabel } from '../../domain/report/report-status.ts';
import type { ReportAction } from '../../domain/report/report-status.ts';
import type { Finding } from '../../domain/report/checks.ts';
import { NARRATIVE_MAX } from '../../domain/report/narrative-form.ts';
import type { CellRef } from '../../domain/report/table-defs.ts';
import type { ReportSummary } from '../../db/repositories/annual-reports.ts';
import { AnnualReportBody } from '../../report/annual/html.tsx';
import type { Actor } from '../../services/deps.ts';
import type { ReportView } from '../../services/report/annual-reports.ts';
import type { CountedCaseRow } from '../../services/year-counts.ts';
import { TextArea } from '../views/fields.tsx';
import type { Errors, Values } from '../views/fields.tsx';
import { ConsoleLayout, Flash } from '../views/layout.tsx';

const base = (year: number) => `/console/reports/${year}`;

export function ReportListPage(props: { actor: Actor; rows: ReportSummary[]; suggestedYear: number; canCreate: boolean; error?: string | undefined; notice?: string | undefined }) {
  return (
    <ConsoleLayout title="年度报告" actor={props.actor}>
      <h1>政府信息公开工作年度报告</h1>
      <Flash error={props.error} notice={props.notice} />
      <p class="lead">表格由申请、目录和复议诉讼记录计算；第一、五、六部分按数据预填，由工作人员修改。核对无误后由负责人签发，再在门户网站公开。</p>
      {props.rows.length === 0 ? <p>尚未创建年度报告。</p> : (
        <table class="cases">
          <thead><tr><th scope="col">年度</th><th scope="col">状态</th><th scope="col">签发</th><th scope="col">最后修改</th></tr></thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td><a href={base(r.year)}>{r.year}年度报告</a></td>
                <td>{reportStatusLabel(r.status)}</td>
                <td>{r.signedOn ? `${r.signedByLabel ?? ''} ${numericChineseDate(r.signedOn)}` : '—'}</td>
                <td>{r.updatedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canCreate ? (
        <form method="post" action="/console/reports" class="form compact">
          <label for="f-year">年度</label>
          <input id="f-year" name="year" type="number" min="2019" value={String(props.suggestedYear)} required />
          <button type="submit" class="primary">创建年度报告</button>
        </form>
      ) : null}
    </ConsoleLayout>
  );
}

const cellKey = (r: CellRef) => `${r.section}|${r.row}|${r.column}`;

/** Where a figure's records are listed: section 三 → the applications it counts, section 四 → /console/reviews. */
export function cellLink(year: number, ref: CellRef): string | undefined {
  if (ref.section === 'applications') return `${base(year)}/cases?row=${encodeURIComponent(ref.row)}&column=${ref.column}`;
  if (ref.section === 'appeals') return `/console/reviews?year=${year}&kind=${ref.row}${ref.column === 'total' ? '' : `&result=${ref.column}`}`;
  return undefined;
}

function FindingsList(props: { year: number; findings: Finding[]; canEdit: boolean }) {
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  return (
    <section class="panel" aria-labelledby="findings-h" id="findings">
      <h2 id="findings-h">核对结果：{errors > 0 ? `${errors}项错误` : '无错误'}，{props.findings.length - errors}项提示</h2>
      {props.findings.length === 0 ? <p>全部检查通过。</p> : (
        <ul class="findings">
          {props.findings.map((f) => (
            <li class={f.severity}>
              <strong>{f.severity === 'error' ? '错误' : '提示'}</strong>：{f.message}
              {props.canEdit && f.fields.some((x) => x.startsWith('overview.') || x === 'problems' || x === 'other.text')
                ? <> <a href={`${base(props.year)}/edit#f-${f.fields.find((x) => x !== 'other.processingFeeFen') ?? ''}`}>修改文字</a></> : null}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">错误须改正后才能提交核对和签发；提示请负责人审阅。表中标记的数字即核对所涉及的单元格。</p>
    </section>
  );
}

function ActionForm(props: { year: number; action: ReportAction; primary?: boolean; note?: string }) {
  return (
    <form method="post" action={`${base(props.year)}/${props.action}`} class="inline" id={`act-${props.action}`}>
      <button type="submit" class={props.primary ? 'primary' : undefined}>{reportActionLabel(props.action)}</button>
      {props.note ? <span class="hint"> {props.note}</span> : null}
    </form>
  );
}

export function ReportPage(props: { actor: Actor; v: ReportView; error?: string | undefined; notice?: string | undefined }) {
  const { report: r, findings, versions, may } = props.v;
  const year = r.year;
  const flagged = new Set(findings.flatMap((f) => f.cells.map(cellKey)));
  return (
    <ConsoleLayout title={`${year}年度报告`} actor={props.actor}>
      <p><a href="/console/reports">← 年度报告</a></p>
      <h1>{reportTitle(r.model.agency.name, year)} <span class="status" id="report-status">{reportStatusLabel(r.status)}</span></h1>
      <Flash error={props.error} notice={props.notice} />
      <dl class="meta">
        <dt>成文日期</dt><dd>{r.model.reportDate ? numericChineseDate(r.model.reportDate) : '签发时确定'}</dd>
        <dt>签发</dt><dd>{r.signedOn ? `负责人${r.signedByLabel ?? ''}于${numericChineseDate(r.signedOn)}签发` : '尚未签发'}</dd>
        <dt>公开</dt><dd>{r.itemId ? <a href={`/items/${r.itemId}`}>已在门户网站公开{r.model.publishedOn ? `（${numericChineseDate(r.model.publishedOn)}）` : ''}</a> : '尚未公开'}</dd>
        <dt>下载</dt>
        <dd>{(['docx', 'pdf', 'xlsx', 'json'] as const).map((f, i) => <>{i > 0 ? ' · ' : ''}<a href={`${base(year)}/download/${f}`}>{f.toUpperCase()}</a></>)}</dd>
      </dl>
      <div class="actions">
        {may.edit ? <a href={`${base(year)}/edit`}>修改报告文字</a> : null}
        {may.recompute ? <ActionForm year={year} action="recompute" note="申请、目录或复议诉讼记录有变化时，按当前记录重新计算表格" /> : null}
        {may.check ? <ActionForm year={year} action="check" primary /> : null}
        {may.sign ? <ActionForm year={year} action="sign" primary note="成文日期为签发当日" /> : null}
        {may.publish ? <ActionForm year={year} action="publish" primary note="在门户网站“年度报告”栏目公开，附DOCX、PDF、XLSX" /> : null}
      </div>
      <FindingsList year={year} findings={findings} canEdit={may.edit} />
      <section class="report-view" aria-label="报告正文">
        <AnnualReportBody report={r.model} headingLevel={2} cellLink={(ref) => cellLink(year, ref)} flagged={(ref) => flagged.has(cellKey(ref))} />
      </section>
      <section aria-labelledby="versions-h">
        <h2 id="versions-h">版本记录</h2>
        <ol class="timeline">
          {[...versions].reverse().map((x) => <li><time>{x.occurredAt.slice(0, 16).replace('T', ' ')}</time> 第{x.number}版 <strong>{x.actorLabel}</strong>：{x.summary}</li>)}
        </ol>
      </section>
    </ConsoleLayout>
  );
}

/** The narrative fields in report order, labelled by their headings. */
const FIELDS: readonly { name: string; label: string }[] = [
  { name: 'overview.general', label: `${SECTION_HEADINGS.overview}（概述）` },
  ...OVERVIEW_PARTS.map((p) => ({ name: `overview.parts.${p.code}`, label: `一${p.heading}` })),
  { name: 'problems', label: SECTION_HEADINGS.problems },
  { name: 'other.text', label: SECTION_HEADINGS.other },
];

export function ReportEditPage(props: { actor: Actor; year: number; values: Values; errors: Errors; error?: string | undefined }) {
  return (
    <ConsoleLayout title={`修改${props.year}年度报告`} actor={props.actor}>
      <p><a href={base(props.year)}>← 返回报告</a></p>
      <h1>修改{props.year}年度报告的文字</h1>
      <Flash error={props.error} />
      <p class="hint">每行一段。表格（第二、三、四部分）由记录计算，不在此修改；文中的数字须与表格一致。没有内容的部分请写“无”。</p>
      <form method="post" action={`${base(props.year)}/edit`} class="form" novalidate>
        {FIELDS.map((f) => <TextArea name={f.name} label={f.label} values={props.values} errors={props.errors} rows={6} maxlength={NARRATIVE_MAX} />)}
        <input type="hidden" name="version" value={props.values.version ?? ''} />
        <button type="submit" class="primary">保存</button>
      </form>
    </ConsoleLayout>
  );
}

export function CountedCasesPage(props: { actor: Actor; year: number; place: string; rows: CountedCaseRow[] }) {
  return (
    <ConsoleLayout title={`${props.year}年度报告所计申请`} actor={props.actor}>
      <p><a href={base(props.year)}>← 返回{props.year}年度报告</a></p>
      <h1>{props.year}年度报告 {props.place}</h1>
      <p class="summary">共 {props.rows.length} 件（按收到日期和截至{props.year}年12月31日的答复结果统计，与报告数字一致）</p>
      <table class="cases">
        <thead><tr><th scope="col">申请编号</th><th scope="col">所需信息</th><th scope="col">申请人类别</th><th scope="col">收到日期</th><th scope="col">当前答复结果</th></tr></thead>
        <tbody>
          {props.rows.map((c) => (
            <tr><td><a href={`/console/cases/${c.id}`}>{c.number}</a></td><td>{c.infoTitle}</td><td>{c.applicantType}</td><td>{c.receivedOn}</td><td>{c.outcome ?? '尚未答复'}</td></tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}
