/** `gongkai report <year> --agency …`: the annual report computed from the records, in any output format. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { DomainError } from '../../domain/errors.ts';
import { openRuntime } from '../../services/runtime.ts';
import { resolveAgency } from '../agency-arg.ts';
import { yearArg } from '../year-arg.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('由记录计算某机关某年度政府信息公开工作年度报告（表格部分），输出 JSON、DOCX、PDF、XLSX 或 HTML')
    .argument('<year>', '年度，如 2025')
    .option('--agency <机关>', '机关 id、代码或名称')
    .option('--format <格式>', 'json | docx | pdf | xlsx | html', 'json')
    .option('--out <文件>', '输出文件；不指定时 JSON 和 HTML 输出到标准输出，其他格式写入当前目录下以报告标题命名的文件')
    .action(async (year: string, opts: { agency?: string; format: string; out?: string }) => {
      const y = yearArg(year);
      // Loaded only by this command: the renderers pull in docx, pdfmake and exceljs.
      const [{ isReportOutput, renderReport }, { computeAnnualReport }] = await Promise.all([
        import('../../report/annual/index.ts'), import('../../services/report/compute.ts'),
      ]);
      if (!isReportOutput(opts.format)) throw new DomainError('VALIDATION', `格式“${opts.format}”无效，可选：json、docx、pdf、xlsx、html`);
      const rt = await openRuntime(readConfig().databaseUrl);
      try {
        const agency = await resolveAgency(rt.deps.db, opts.agency);
        const report = await computeAnnualReport(rt.deps.db, agency, y);
        const out = await renderReport(report, opts.format);
        if (!opts.out && typeof out.body === 'string') {
          process.stdout.write(out.body.endsWith('\n') ? out.body : `${out.body}\n`);
          return;
        }
        const file = opts.out ?? out.fileName;
        writeFileSync(file, out.body);
        console.error(`已写入 ${file}`);
      } finally {
        await rt.close();
      }
    });
}
