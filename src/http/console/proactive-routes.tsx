/** Console routes for section 二 figures, item channels and new-media accounts. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { figureFromText } from '../../domain/catalog/figures.ts';
import { DomainError } from '../../domain/errors.ts';
import { validationError } from '../../domain/errors.ts';
import { enterFigure, section2ForYear } from '../../services/figures.ts';
import { importFigures } from '../../services/figures-import.ts';
import { addChannel, channelCounts } from '../../services/item-channels.ts';
import { mediaAccounts, mediaLedger, recordMediaChange, registerMediaAccount } from '../../services/media-accounts.ts';
import type { Deps } from '../../services/deps.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { MediaPage, ProactivePage } from './proactive-pages.tsx';
import type { ConsoleEnv } from './session.ts';

export function proactiveRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const yearOf = (c: Context<ConsoleEnv>) => {
    const y = Number(c.req.query('year'));
    return Number.isInteger(y) && y >= 2019 && y <= 2100 ? y : Number(chinaToday(deps.clock).slice(0, 4));
  };
  const page = async (c: Context<ConsoleEnv>, msg: { error?: string; notice?: string | undefined }, status: 200 | 403 | 404 | 409 | 422 = 200) => {
    const actor = c.get('actor');
    const year = yearOf(c);
    const [s2, channels] = await Promise.all([section2ForYear(deps.db, actor.agencyId, year), channelCounts(deps, actor, year)]);
    return c.html(<ProactivePage actor={actor} year={year} s2={s2} channels={channels} error={msg.error} notice={msg.notice} />, status);
  };
  const fail = (c: Context<ConsoleEnv>, err: unknown) => {
    if (!(err instanceof DomainError)) throw err;
    return page(c, { error: `未保存：${err.message}` }, httpStatus(err.code) as 422);
  };

  app.get('/proactive', (c) => page(c, { notice: c.req.query('notice') }));

  app.post('/proactive/figures', async (c) => {
    const { fields } = await readForm(c);
    try {
      const r = figureFromText({ year: String(yearOf(c)), month: fields.month ?? '', kind: fields.kind ?? '', value: fields.value ?? '' });
      if (!r.entry) throw validationError(r.errors.map((message) => ({ field: 'value', message })));
      await enterFigure(deps, c.get('actor'), r.entry);
      return c.redirect(`/console/proactive?year=${yearOf(c)}&notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      return fail(c, err);
    }
  });

  app.post('/proactive/import', async (c) => {
    const { files } = await readForm(c);
    try {
      const f = files[0];
      if (!f) throw new DomainError('VALIDATION', '请选择要导入的文件', [{ field: 'file', message: '请选择文件' }]);
      const r = await importFigures(deps, c.get('actor'), f.bytes, f.filename);
      return c.redirect(`/console/proactive?year=${yearOf(c)}&notice=${encodeURIComponent(`已导入 ${r.count} 条`)}`, 303);
    } catch (err) {
      return fail(c, err);
    }
  });

  app.post('/items/:id{[0-9]+}/channels', async (c) => {
    const { fields } = await readForm(c);
    const id = Number(c.req.param('id'));
    try {
      await addChannel(deps, c.get('actor'), id, { channel: fields.channel, publishedOn: fields.publishedOn, url: fields.url, accountId: fields.accountId || undefined });
      return c.redirect(`/console/items/${id}?notice=${encodeURIComponent('已记录发布渠道')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.redirect(`/console/items/${id}?error=${encodeURIComponent(`未记录：${err.message}`)}`, 303);
    }
  });

  const mediaPage = async (c: Context<ConsoleEnv>, msg: { error?: string; notice?: string | undefined }, status: 200 | 422 = 200) => {
    const actor = c.get('actor');
    const year = yearOf(c);
    const half = c.req.query('half') === '2' ? 2 : 1;
    const [accounts, ledger] = await Promise.all([mediaAccounts(deps, actor), mediaLedger(deps, actor, year, half)]);
    return c.html(<MediaPage actor={actor} accounts={accounts} ledger={ledger} year={year} half={half} error={msg.error} notice={msg.notice} />, status);
  };
  app.get('/media', (c) => mediaPage(c, { notice: c.req.query('notice') }));
  app.post('/media', async (c) => {
    const { fields } = await readForm(c);
    try {
      await registerMediaAccount(deps, c.get('actor'), { platform: fields.platform, name: fields.name, administrator: fields.administrator, openedOn: fields.openedOn || undefined });
      return c.redirect(`/console/media?notice=${encodeURIComponent('已登记')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'FORBIDDEN') throw err;
      return mediaPage(c, { error: `未登记：${err.message}` }, 422);
    }
  });
  app.post('/media/:id{[0-9]+}/changes', async (c) => {
    const { fields } = await readForm(c);
    try {
      await recordMediaChange(deps, c.get('actor'), Number(c.req.param('id')), { kind: fields.kind, changedOn: fields.changedOn, to: fields.to, note: fields.note });
      return c.redirect(`/console/media?notice=${encodeURIComponent('已记录')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND') throw err;
      return mediaPage(c, { error: `未记录：${err.message}` }, 422);
    }
  });
  return app;
}
