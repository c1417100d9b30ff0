/** Console routes for importing catalog items from CSV or XLSX, and the templates. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { DomainError } from '../../domain/errors.ts';
import { can, rolesFor } from '../../domain/roles.ts';
import { importItems } from '../../services/catalog/item-import.ts';
import { csvTemplate, xlsxTemplate } from '../../services/catalog/item-import-template.ts';
import type { Deps } from '../../services/deps.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { ItemImportPage } from './item-import-page.tsx';
import type { ConsoleEnv } from './session.ts';

const TEMPLATE_NAME = '主动公开信息导入模板';

function download(c: Context<ConsoleEnv>, bytes: Uint8Array, filename: string, type: string) {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  return c.body(new Uint8Array(bytes));
}

/** Mounted under /console/items: /import (page and upload), /import/template.csv, /import/template.xlsx. */
export function itemImportRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const page = (c: Context<ConsoleEnv>, msg: { imported?: number | undefined; error?: string; problems?: string[] }, status: 200 | 403 | 404 | 409 | 422 = 200) => {
    const actor = c.get('actor');
    return c.html(<ItemImportPage actor={actor} canImport={can(actor.roles, 'item.import')} roles={rolesFor('item.import')} {...msg} />, status);
  };

  app.get('/import', (c) => {
    const n = Number(c.req.query('imported'));
    return page(c, { imported: Number.isInteger(n) && n > 0 ? n : undefined });
  });
  app.get('/import/template.csv', (c) => download(c, csvTemplate(), `${TEMPLATE_NAME}.csv`, 'text/csv; charset=utf-8'));
  app.get('/import/template.xlsx', async (c) => download(c, await xlsxTemplate(), `${TEMPLATE_NAME}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));

  app.post('/import', async (c) => {
    const { files } = await readForm(c);
    try {
      const f = files[0];
      if (!f) throw new DomainError('VALIDATION', '请选择要导入的文件', [{ field: 'file', message: '请选择文件' }]);
      const r = await importItems(deps, c.get('actor'), f.bytes, f.filename);
      return c.redirect(`/console/items/import?imported=${r.count}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const rows = err.issues.filter((i) => i.field.startsWith('line.')).map((i) => i.message);
      return page(c, { error: rows.length ? `未导入：文件中有${new Set(err.issues.map((i) => i.field.split('.')[1])).size}行有误，未写入任何信息，请改正后重新导入` : `未导入：${err.message}`, problems: rows }, httpStatus(err.code) as 422);
    }
  });
  return app;
}
