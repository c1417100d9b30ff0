/**
 * The two annual-report formats and the six sections both share (条例 第五十条; spec/statutory.md
 * §1.1 and §2): the 2019 trial format (国办公开办函〔2019〕60号) for report years 2019–2020 and the
 * 2021 format (国办公开办函〔2021〕30号) from 2021. Headings are verbatim as used in reports.
 */
import { reportFormatFor } from '../catalog/section2.ts';
import type { ReportFormat } from '../catalog/section2.ts';

export { reportFormatFor };
export type { ReportFormat };

/** The formats, oldest first. */
export const REPORT_FORMATS = ['2019', '2021'] as const satisfies readonly ReportFormat[];

/** The document each format was issued by, and the title of its attachment. */
export const FORMAT_SOURCES: Record<ReportFormat, { notice: string; title: string }> = {
  '2019': { notice: '国办公开办函〔2019〕60号', title: '中华人民共和国政府信息公开工作年度报告格式（试行）' },
  '2021': { notice: '国办公开办函〔2021〕30号', title: '中华人民共和国政府信息公开工作年度报告格式' },
};

/** The six sections of the model, in order. */
export const SECTIONS = ['overview', 'proactive', 'applications', 'appeals', 'problems', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

/** The three sections that are statutory tables. */
export type TableSection = 'proactive' | 'applications' | 'appeals';

/** Section headings, verbatim, the same in both formats. */
export const SECTION_HEADINGS: Record<Section, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

/**
 * The five parts of 一、总体情况 as the 2021 format names them (主动公开、依申请公开、政府信息管理、
 * 政府信息公开平台建设、监督保障), with the sub-heading reports commonly print (wording varies by
 * agency; statutory.md §1.1). Reports in the 2019 trial format use the same five parts.
 */
export const OVERVIEW_PARTS = [
  { code: 'proactive', label: '主动公开', heading: '（一）主动公开情况' },
  { code: 'on_application', label: '依申请公开', heading: '（二）依申请公开情况' },
  { code: 'management', label: '政府信息管理', heading: '（三）政府信息管理情况' },
  { code: 'platform', label: '政府信息公开平台建设', heading: '（四）平台建设情况' },
  { code: 'supervision', label: '监督保障', heading: '（五）监督保障情况' },
] as const;

export type OverviewPart = (typeof OVERVIEW_PARTS)[number]['code'];

/** The title of a report: `<机关名称><年>年政府信息公开工作年度报告`. */
export function reportTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}
