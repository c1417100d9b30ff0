import { describe, expect, it } from 'vitest';
import { APPLICANT_TYPES } from '../../../src/domain/applicants.ts';
import { computeSection2 } from '../../../src/domain/catalog/section2.ts';
import { OUTCOMES } from '../../../src/domain/outcomes.ts';
import { applicationsRowFor, APPLICATIONS_CORNER } from '../../../src/domain/report/applications-labels.ts';
import { OVERVIEW_PARTS, REPORT_FORMATS, SECTION_HEADINGS } from '../../../src/domain/report/headings.ts';
import type { ReportFormat } from '../../../src/domain/report/headings.ts';
import { allTables, sectionTables } from '../../../src/domain/report/labels.ts';
import { COLUMNS, ROW_KEYS } from '../../../src/domain/year-counts.ts';
import { ROWS_2021 } from '../../fixtures/statutory-labels.ts';

// Fixtures: the labels of spec/statutory.md §1 (2021 format) and §2 (2019 trial format), verbatim.

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Section 二, one line per sub-table: article | columns | rows. */
const PROACTIVE: Record<ReportFormat, string> = {
  '2021': `第二十条第（一）项 | 本年制发件数 本年废止件数 现行有效件数 | 规章 行政规范性文件
第二十条第（五）项 | 本年处理决定数量 | 行政许可
第二十条第（六）项 | 本年处理决定数量 | 行政处罚 行政强制
第二十条第（八）项 | 本年收费金额（单位：万元） | 行政事业性收费`,
  '2019': `第二十条第（一）项 | 本年新制作数量 本年新公开数量 对外公开总数量 | 规章 规范性文件
第二十条第（五）项 | 上一年项目数量 本年增/减 处理决定数量 | 行政许可 其他对外管理服务事项
第二十条第（六）项 | 上一年项目数量 本年增/减 处理决定数量 | 行政处罚 行政强制
第二十条第（八）项 | 上一年项目数量 本年增/减 | 行政事业性收费
第二十条第（九）项 | 采购项目数量 采购总金额 | 政府集中采购`,
};

const ROWS_2019 = ROWS_2021.replace(/\n {6}1\.申请人无正当理由[^\n]*\n[^\n]*\n {6}3\.其他/, '');

const APPLICANT_HEADER = `申请人情况
  自然人
  法人或其他组织
    商业企业
    科研机构
    社会公益组织
    法律服务机构
    其他
  总计`;

const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Section 四 header, as three header rows. */
const APPEALS = `行政复议: 结果维持 结果纠正 其他结果 尚未审结 总计
行政诉讼 › 未经复议直接起诉: 结果维持 结果纠正 其他结果 尚未审结 总计
行政诉讼 › 复议后起诉: 结果维持 结果纠正 其他结果 尚未审结 总计`;

/** Renders row labels as an indented outline, the way the fixtures above are written. */
function outline(format: ReportFormat): string {
  const [t] = sectionTables(format, 'applications');
  const lines: string[] = [];
  const printed = new Set<string>();
  for (const r of t?.rows ?? []) {
    r.parents.forEach((p, depth) => {
      if (printed.has(p)) return;
      printed.add(p);
      lines.push(`${depth === 0 ? '' : '  '}${p}`);
    });
    lines.push(`${['', '  ', '      '][r.parents.length] ?? ''}${r.label}`);
  }
  return lines.join('\n');
}

describe('report labels are verbatim from statutory.md', () => {
  it('names the six sections', () => {
    expect(Object.values(SECTION_HEADINGS)).toEqual(HEADINGS);
  });

  it('names the five parts of 总体情况 as the 2021 format lists them', () => {
    expect(OVERVIEW_PARTS.map((p) => p.label).join('、')).toBe('主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障');
  });

  it.each(REPORT_FORMATS)('section 二 of the %s format', (format) => {
    const text = sectionTables(format, 'proactive')
      .map((t) => `${t.title} | ${t.columns.map((c) => c.label).join(' ')} | ${t.rows.map((r) => r.label).join(' ')}`)
      .join('\n');
    expect(text).toBe(PROACTIVE[format]);
    expect(sectionTables(format, 'proactive').every((t) => t.corner === '信息内容')).toBe(true);
  });

  it.each([['2021', ROWS_2021], ['2019', ROWS_2019]] as const)('section 三 rows of the %s format', (format, rows) => {
    expect(outline(format)).toBe(rows);
  });

  it.each(REPORT_FORMATS)('section 三 columns and corner of the %s format', (format) => {
    const [t] = sectionTables(format, 'applications');
    const lines: string[] = [];
    for (const c of t?.columns ?? []) {
      c.parents.forEach((p, depth) => {
        if (!lines.includes(`${'  '.repeat(depth)}${p}`)) lines.push(`${'  '.repeat(depth)}${p}`);
      });
      lines.push(`${'  '.repeat(c.parents.length)}${c.label}`);
    }
    expect(lines.join('\n')).toBe(APPLICANT_HEADER);
    expect(t?.corner).toBe(CORNER);
    expect(APPLICATIONS_CORNER).toBe(CORNER);
  });

  it.each(REPORT_FORMATS)('section 四 of the %s format', (format) => {
    const [t] = sectionTables(format, 'appeals');
    const text = (t?.rows ?? []).map((r) => `${[...r.parents, r.label].join(' › ')}: ${t?.columns.map((c) => c.label).join(' ')}`).join('\n');
    expect(text).toBe(APPEALS);
  });

  it.each(REPORT_FORMATS)('codes are unique within each table of the %s format', (format) => {
    const rowCodes = allTables(format).filter((t) => t.section === 'proactive').flatMap((t) => t.rows.map((r) => r.code));
    expect(new Set(rowCodes).size).toBe(rowCodes.length);
    for (const t of allTables(format)) expect(new Set(t.columns.map((c) => c.code)).size).toBe(t.columns.length);
  });
});

describe('report labels agree with the rest of the domain', () => {
  it.each(REPORT_FORMATS)('section 二 (%s) is what catalog/section2.ts computes', (format) => {
    const computed = computeSection2(format, format === '2019' ? 2020 : 2025, [], []);
    const mine = sectionTables(format, 'proactive');
    expect(computed.tables.map((t) => t.article)).toEqual(mine.map((t) => t.title));
    computed.tables.forEach((t, i) => {
      expect([...t.columns]).toEqual(mine[i]?.columns.map((c) => c.label));
      expect(t.rows.map((r) => r.label)).toEqual(mine[i]?.rows.map((r) => r.label));
    });
  });

  it('section 三 (2021) has exactly the year-counts rows and columns', () => {
    const [t] = sectionTables('2021', 'applications');
    expect(t?.rows.map((r) => r.code)).toEqual([...ROW_KEYS]);
    expect(t?.columns.map((c) => c.code)).toEqual([...COLUMNS]);
    expect(t?.columns.slice(0, -1).map((c) => c.label)).toEqual(APPLICANT_TYPES.map((a) => a.label));
  });

  it('every outcome has a row in both formats; 2019 folds （六） into one row', () => {
    for (const format of REPORT_FORMATS) {
      const [t] = sectionTables(format, 'applications');
      const codes = new Set(t?.rows.map((r) => r.code));
      for (const o of OUTCOMES) expect(codes.has(applicationsRowFor(format, `三.${o.row}`))).toBe(true);
    }
    expect(applicationsRowFor('2019', '三.6.2')).toBe('三.6');
    expect(applicationsRowFor('2021', '三.6.2')).toBe('三.6.2');
  });
});
