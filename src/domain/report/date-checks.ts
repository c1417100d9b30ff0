/**
 * Dates of the report. 条例 第四十九条: 县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作
 * 主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布; the government's own report is
 * due by 3月31日 — hence the deadline is an option (month-day), 1月31日 by default.
 */
import { numericChineseDate } from '../dates.ts';
import { finding } from './findings.ts';
import type { Finding } from './findings.ts';
import type { AnnualReport } from './model.ts';

/** The default publication deadline in the following year (条例 第四十九条, 县级以上人民政府部门). */
export const DEFAULT_DEADLINE = '01-31';

/** "1月31日" for '01-31'. */
function monthDay(md: string): string {
  const [m, d] = md.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

/** Report date in the year after the report year; publication not before it and by the deadline. */
export function checkDates(report: AnnualReport, deadline: string = DEFAULT_DEADLINE): Finding[] {
  const out: Finding[] = [];
  const next = report.year + 1;
  const due = `${next}-${deadline}`;
  const dueText = `${next}年${monthDay(deadline)}`;
  const { reportDate, publishedOn } = report;
  if (reportDate === null) {
    out.push(finding('report_date', 'warning', '尚未填写报告的成文日期。', [], ['reportDate']));
  } else if (!reportDate.startsWith(`${next}-`)) {
    const msg = `报告成文日期为${numericChineseDate(reportDate)}，应在报告年度的下一年（${next}年）内：${report.year}年度的报告须在年度结束后编制。`;
    out.push(finding('report_date', 'error', msg, [], ['reportDate']));
  }
  if (publishedOn !== null && reportDate !== null && publishedOn < reportDate) {
    const msg = `发布日期${numericChineseDate(publishedOn)}早于成文日期${numericChineseDate(reportDate)}。`;
    out.push(finding('report_date', 'error', msg, [], ['reportDate', 'publishedOn']));
  }
  if (publishedOn !== null && publishedOn > due) {
    const msg = `报告于${numericChineseDate(publishedOn)}发布，晚于${dueText}的公布期限（条例第四十九条）。`;
    out.push(finding('late_publication', 'warning', msg, [], ['publishedOn']));
  } else if (publishedOn === null && reportDate !== null && reportDate > due) {
    const msg = `成文日期${numericChineseDate(reportDate)}已晚于${dueText}的公布期限（条例第四十九条），报告将逾期公布。`;
    out.push(finding('late_publication', 'warning', msg, [], ['reportDate']));
  }
  return out;
}
