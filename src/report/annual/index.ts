/**
 * Renders an annual report (the model of src/domain/report/) to a file: DOCX, PDF, XLSX, JSON or an
 * HTML fragment. Pure functions of the model — no database, no clock.
 */
import { reportTitle } from '../../domain/report/headings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { reportToDocx } from './docx.ts';
import { reportToHtml } from './html.tsx';
import { reportToJson } from './json.ts';
import { reportToPdf } from './pdf.ts';
import { reportToXlsx } from './xlsx.ts';

export const REPORT_OUTPUTS = ['json', 'docx', 'pdf', 'xlsx', 'html'] as const;
export type ReportOutput = (typeof REPORT_OUTPUTS)[number];

export interface RenderedReport {
  /** Bytes for DOCX, PDF and XLSX; text (UTF-8) for JSON and HTML. */
  body: Buffer | string;
  contentType: string;
  /** `<title>.<extension>` — Chinese, so send it as filename*. */
  fileName: string;
}

const CONTENT_TYPES: Record<ReportOutput, string> = {
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
};

export function isReportOutput(s: string): s is ReportOutput {
  return (REPORT_OUTPUTS as readonly string[]).includes(s);
}

async function body(report: AnnualReport, format: ReportOutput): Promise<Buffer | string> {
  switch (format) {
    case 'json':
      return reportToJson(report);
    case 'docx':
      return reportToDocx(report);
    case 'pdf':
      return reportToPdf(report);
    case 'xlsx':
      return reportToXlsx(report);
    case 'html':
      return reportToHtml(report);
  }
}

/** Renders the report in one of the output formats. PDF throws UNAVAILABLE without a CJK font. */
export async function renderReport(report: AnnualReport, format: ReportOutput): Promise<RenderedReport> {
  return {
    body: await body(report, format),
    contentType: CONTENT_TYPES[format],
    fileName: `${reportTitle(report.agency.name, report.year)}.${format}`,
  };
}

export { reportToDocx, reportToHtml, reportToJson, reportToPdf, reportToXlsx };
