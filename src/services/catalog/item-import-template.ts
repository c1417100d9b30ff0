/**
 * The catalog import template: a CSV (UTF-8 with BOM, so that Excel opens it in Chinese) with the
 * header row only, and an XLSX whose first sheet has the header row (cells as text, so Excel keeps
 * dates and 索引号 as typed) and a second sheet explaining each column.
 */
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../../domain/catalog/item-import-columns.ts';

/** The header row of the template. */
export const TEMPLATE_HEADER: readonly string[] = IMPORT_COLUMNS.map((c) => c.title);

/** Examples of the 索引号 forms accepted as they are (spec/statutory.md §5). */
export const INDEX_NUMBER_EXAMPLES = ['000014349/2018-00222', '01424668-5/2021-00063', '0142768-8/2022-00185', '11370812004339255B/2020-22849', '11341702486344515H/202110-00013', '01527918X-2020-153077'] as const;

/** The CSV template: the header row. */
export function csvTemplate(): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${TEMPLATE_HEADER.join(',')}\r\n`);
}

/** The XLSX template: sheet 1 to fill in, sheet 2 填写说明. */
export async function xlsxTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('主动公开信息');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.title, key: c.key, width: c.key === 'title' || c.key === 'body' ? 40 : 18, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ header: '列名', width: 20 }, { header: '必填', width: 8 }, { header: '说明', width: 80 }, { header: '也可用的列名', width: 30 }];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow([c.title, c.required ? '是' : '', c.note, c.aliases.join('、')]);
  help.addRow([]);
  help.addRow(['索引号格式', '', `可按原样导入的格式，例如：${INDEX_NUMBER_EXAMPLES.join('，')}`]);
  help.addRow(['说明', '', '只读取第一个工作表；第一行为表头，空行跳过。任何一行有误时不写入任何信息，并列出每一处错误。']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
