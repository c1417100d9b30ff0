/** Console routes of the annual report under /console/reports. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import { cellDef, cellPlace } from '../../domain/report/labels.ts';
import { narrativePayload } from '../../domain/report/narrative-form.ts';
import { mayWrite } from '../../domain/report/report-status.ts';
import { isReportOutput, renderReport } from '../../report/annual/index.ts';
import type { Deps } from '../../services/deps.ts';
import {
  createReport, editNarrative, loadReport, recomputeReport, reports, reportView, signReport, submitForCheck,
} from '../../services/report/annual-reports.ts';
import { publishReport } from '../../services/report/publish.ts';
import { casesCountedIn } from '../../services/year-counts.ts';
import { contentDisposition } from '../download.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { errorsOf } from '../views/fields.tsx';
import type { Errors } from '../views/fields.tsx';
import { CountedCasesPage, ReportEditPage, ReportListPage, ReportPage } from './reports-pages.tsx';
import type { ConsoleEnv } from './session.ts';

const ACTIONS = {
  recompute: { run: recomputeReport, done: (changed: boolean | void) => (changed ? '已按当前记录重新计算表格' : '记录没有变化，表格无需更新') },
  check: { run: submitForCheck, done: () => '核对通过，报告已提交负责人签发' },
  sign: { run: signReport, done: () => '已签发' },
  publish: { run: publishReport, done: () => '已在门户网站公开' },
} as const;

export function reportRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const yearOf = (c: Context<ConsoleEnv>) => Number(c.req.param('year'));
  const lastYear = () => Number(chinaToday(deps.clock).slice(0, 4)) - 1;

  app.get('/', async (c) => {
    const actor = c.get('actor');
    return c.html(<ReportListPage actor={actor} rows={await reports(deps, actor)} suggestedYear={lastYear()} canCreate={mayWrite(actor.roles)} notice={c.req.query('notice')} />);
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    const { fields } = await readForm(c);
    try {
      await createReport(deps, actor, fields.year);
      return c.redirect(`/console/reports/${Number(fields.year)}?notice=${encodeURIComponent('已创建：表格由记录计算，文字已按数据预填，请审阅修改')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'FORBIDDEN') throw err;
      return c.html(<ReportListPage actor={actor} rows={await reports(deps, actor)} suggestedYear={lastYear()} canCreate error={`未能创建：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.get('/:year{[0-9]{4}}', async (c) => {
    const actor = c.get('actor');
    return c.html(<ReportPage actor={actor} v={await reportView(deps, actor, yearOf(c))} notice={c.req.query('notice')} />);
  });

  app.get('/:year{[0-9]{4}}/edit', async (c) => {
    const actor = c.get('actor');
    const v = await reportView(deps, actor, yearOf(c));
    if (!v.may.edit) throw new DomainError('TRANSITION_NOT_ALLOWED', '报告已签发，不能再修改文字');
    // The findings about a part of the text are shown at its field.
    const errors: Errors = {};
    for (const f of v.findings) for (const field of f.fields) errors[field] ??= f.message;
    return c.html(<ReportEditPage actor={actor} year={v.report.year} values={{ ...narrativePayload(v.report.model), version: String(v.report.version) }} errors={errors} />);
  });

  app.post('/:year{[0-9]{4}}/edit', async (c) => {
    const actor = c.get('actor');
    const year = yearOf(c);
    const { fields } = await readForm(c);
    try {
      const changed = await editNarrative(deps, actor, year, fields);
      return c.redirect(`/console/reports/${year}?notice=${encodeURIComponent(changed ? '已保存' : '文字没有变化')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN') throw err;
      return c.html(<ReportEditPage actor={actor} year={year} values={fields} errors={errorsOf(err.issues)} error={`未保存：${err.message}`} />, httpStatus(err.code));
    }
  });

  app.post('/:year{[0-9]{4}}/:action{recompute|check|sign|publish}', async (c) => {
    const actor = c.get('actor');
    const year = yearOf(c);
    const a = ACTIONS[c.req.param('action') as keyof typeof ACTIONS];
    try {
      const r = await a.run(deps, actor, year);
      return c.redirect(`/console/reports/${year}?notice=${encodeURIComponent(a.done(typeof r === 'boolean' ? r : undefined))}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.html(<ReportPage actor={actor} v={await reportView(deps, actor, year)} error={err.message} />, httpStatus(err.code));
    }
  });

  app.get('/:year{[0-9]{4}}/download/:format{docx|pdf|xlsx|json}', async (c) => {
    const format = c.req.param('format');
    if (!isReportOutput(format)) throw new DomainError('NOT_FOUND', '没有这种格式');
    const r = await renderReport((await loadReport(deps.db, c.get('actor'), yearOf(c))).model, format);
    c.header('Content-Type', r.contentType);
    c.header('Content-Disposition', contentDisposition(r.fileName));
    c.header('X-Content-Type-Options', 'nosniff');
    return typeof r.body === 'string' ? c.body(r.body) : c.body(new Uint8Array(r.body));
  });

  app.get('/:year{[0-9]{4}}/cases', async (c) => {
    const actor = c.get('actor');
    const { model } = await loadReport(deps.db, actor, yearOf(c));
    const row = c.req.query('row') ?? '';
    const column = c.req.query('column') ?? 'total';
    const ref = { section: 'applications' as const, row, column };
    if (!cellDef(model.format, ref)) throw new DomainError('NOT_FOUND', '报告第三部分没有这个单元格');
    const place = cellPlace(model.format, ref);
    const rows = await casesCountedIn(deps, actor, model.year, row, column);
    return c.html(<CountedCasesPage actor={actor} year={model.year} place={place} rows={rows} />);
  });

  return app;
}
