/** Console routes for the digest, the year's figures and settings. */
import { Hono } from 'hono';
import { chinaToday } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { caseSettings, saveCaseSettings } from '../../services/agency-settings.ts';
import { appealsSection } from '../../services/appeals.ts';
import type { Deps } from '../../services/deps.ts';
import { digest } from '../../services/digest.ts';
import { yearCounts } from '../../services/year-counts.ts';
import { readForm } from '../form.ts';
import { DigestPage, FiguresPage, SettingsPage, TemplatesPage } from './admin-pages.tsx';
import { PLACEHOLDERS } from '../../domain/letters.ts';
import { listTemplates, saveTemplate } from '../../services/letter-templates.ts';
import type { ConsoleEnv } from './session.ts';

export function adminRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();

  app.get('/digest', async (c) => {
    const actor = c.get('actor');
    return c.html(<DigestPage actor={actor} entries={await digest(deps, actor.agencyId)} today={chinaToday(deps.clock)} />);
  });

  app.get('/figures', async (c) => {
    const actor = c.get('actor');
    const y = Number(c.req.query('year'));
    const year = Number.isInteger(y) && y >= 2008 && y <= 2100 ? y : Number(chinaToday(deps.clock).slice(0, 4));
    const [counts, appeals] = await Promise.all([yearCounts(deps.db, actor.agencyId, year), appealsSection(deps.db, actor.agencyId, year)]);
    return c.html(<FiguresPage actor={actor} year={year} counts={counts} appeals={appeals} />);
  });

  app.get('/settings', async (c) => {
    const actor = c.get('actor');
    return c.html(<SettingsPage actor={actor} s={await caseSettings(deps.db, actor.agencyId)} canEdit={can(actor.roles, 'settings.manage')} notice={c.req.query('notice')} />);
  });

  app.post('/settings', async (c) => {
    const actor = c.get('actor');
    const { fields } = await readForm(c);
    const canEdit = can(actor.roles, 'settings.manage');
    try {
      if (!canEdit) throw new DomainError('FORBIDDEN', '仅负责人或管理员可修改设置');
      await saveCaseSettings(deps.db, actor.agencyId, {
        feeClockMode: fields.feeClockMode as never,
        correctionPeriodDays: Number(fields.correctionPeriodDays),
        reviewBody: (fields.reviewBody ?? '').trim() || '本级人民政府',
      });
      return c.redirect(`/console/settings?notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return c.html(<SettingsPage actor={actor} s={await caseSettings(deps.db, actor.agencyId)} canEdit={canEdit} error={err.message} />, err.code === 'FORBIDDEN' ? 403 : 422);
    }
  });
  app.get('/settings/templates', async (c) => {
    const actor = c.get('actor');
    return c.html(<TemplatesPage actor={actor} entries={await listTemplates(deps, actor)} canEdit={can(actor.roles, 'settings.manage')} placeholders={Object.keys(PLACEHOLDERS)} notice={c.req.query('notice')} />);
  });

  app.post('/settings/templates/:id', async (c) => {
    const actor = c.get('actor');
    const id = c.req.param('id');
    const { fields } = await readForm(c);
    try {
      await saveTemplate(deps, actor, id, fields.reset === '1' ? null : (fields.text ?? ''));
      return c.redirect(`/console/settings/templates?notice=${encodeURIComponent(fields.reset === '1' ? '已恢复默认模板' : '模板已保存')}#tpl-${id}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.html(<TemplatesPage actor={actor} entries={await listTemplates(deps, actor)} canEdit={can(actor.roles, 'settings.manage')} placeholders={Object.keys(PLACEHOLDERS)} error={`未保存：${err.message}`} openId={id} draft={fields.text ?? ''} />, err.code === 'FORBIDDEN' ? 403 : 422);
    }
  });
  return app;
}
