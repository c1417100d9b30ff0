/**
 * Routes of the public portal's proactive disclosure (issue 3): home with the latest items, the
 * catalog, item pages, the 信息公开指南 (and its console editor), the Atom feed and the sitemaps.
 * Only published items are ever shown. Mounted before the applicants' routes, so `/` is answered here.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { chinaToday } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import { getAgency, listAgencies } from '../../db/repositories/agencies.ts';
import { agencyGuide, saveGuide } from '../../services/catalog/guide.ts';
import { publicItemAttachment, publicItemAttachments } from '../../services/catalog/item-attachments.ts';
import { catalogPage, FEED_SIZE, latestEntries, latestItems, parseCatalogQuery, portalAgencies, publishedItemView, sitemapItemFiles, sitemapItems } from '../../services/catalog/portal.ts';
import type { Deps } from '../../services/deps.ts';
import { requireActor } from '../console/session.ts';
import type { ConsoleEnv } from '../console/session.ts';
import { sendFile } from '../download.ts';
import { readForm } from '../form.ts';
import { HomePage } from '../public/home-page.tsx';
import { CatalogPage } from './catalog-page.tsx';
import { searchRoutes } from './search.tsx';
import { ATOM_TYPE, atomFeed } from './feed.ts';
import { GuideEditPage, GuideIndexPage, GuidePage } from './guide-page.tsx';
import { ItemPage, PortalNotFound } from './item-page.tsx';
import { fixedPages, itemPages, SITEMAP_TYPE, sitemapIndex, urlSet } from './sitemap.ts';

/** Scheme and host of the site as the request reached it, for the absolute URLs of feeds and sitemaps. */
function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

/** Public caching of documents that change when an item is published. */
const CACHE_SHORT = 'public, max-age=300';

/** The console editor of the guide, at /console/settings/guide. */
function guideConsoleRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.use('*', requireActor(deps));
  const render = async (c: Context<ConsoleEnv>, extra: { error?: string; notice?: string | undefined; text?: string }, status: 200 | 403 | 422 = 200) => {
    const actor = c.get('actor');
    const agency = await getAgency(deps.db, actor.agencyId);
    const guide = agency ? await agencyGuide(deps, agency) : { text: '', edited: false };
    return c.html(<GuideEditPage actor={actor} agency={agency} text={extra.text ?? guide.text} edited={guide.edited} canEdit={can(actor.roles, 'settings.manage')} error={extra.error} notice={extra.notice} />, status);
  };
  app.get('/', (c) => render(c, { notice: c.req.query('notice') }));
  app.post('/', async (c) => {
    const { fields } = await readForm(c);
    try {
      await saveGuide(deps, c.get('actor'), fields.text ?? '');
      return c.redirect(`/console/settings/guide?notice=${encodeURIComponent('已保存')}`, 303);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return render(c, { error: `未保存：${err.message}`, text: fields.text ?? '' }, err.code === 'FORBIDDEN' ? 403 : 422);
    }
  });
  return app;
}

/** The sitemap index and its files. */
function sitemapRoutes(deps: Deps): Hono {
  const app = new Hono();
  const xml = (c: Context, body: string) => {
    c.header('Cache-Control', CACHE_SHORT);
    return c.body(body, 200, { 'Content-Type': SITEMAP_TYPE });
  };
  app.get('/sitemap.xml', async (c) => xml(c, sitemapIndex(originOf(c), await sitemapItemFiles(deps))));
  app.get('/:file{sitemap-[0-9]{1,6}\\.xml}', async (c) => {
    const n = Number(/\d+/.exec(c.req.param('file'))?.[0]);
    if (n === 0) return xml(c, urlSet(originOf(c), fixedPages((await portalAgencies(deps)).map((a) => a.code))));
    if (n > (await sitemapItemFiles(deps))) return c.html(<PortalNotFound what="该站点地图文件不存在。" />, 404);
    return xml(c, urlSet(originOf(c), itemPages(await sitemapItems(deps, n))));
  });
  return app;
}

/** Routes of the portal's catalog, item pages, guide, feed and sitemaps. */
export function portalRoutes(deps: Deps): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const [agencies, latest] = await Promise.all([portalAgencies(deps), latestEntries(deps, 10)]);
    return c.html(<HomePage agencies={agencies} latest={latest} />);
  });

  app.get('/catalog', async (c) => {
    const r = await catalogPage(deps, parseCatalogQuery(c.req.query()));
    if (!r) return c.html(<PortalNotFound what="未找到该机关。" />, 404);
    return c.html(<CatalogPage r={r} />);
  });

  app.get('/items/:id{[0-9]{1,9}}', async (c) => {
    const id = Number(c.req.param('id'));
    const [v, attachments] = await Promise.all([publishedItemView(deps, id), publicItemAttachments(deps, id)]);
    if (!v) return c.html(<PortalNotFound />, 404);
    return c.html(<ItemPage item={v.item} agency={v.agency} columnName={v.columnName} attachments={attachments} />);
  });

  // The documents of a published item; the same 404 page as the item for anything else.
  app.get('/items/:id{[0-9]{1,9}}/attachments/:aid{[0-9]{1,9}}', async (c) => {
    try {
      return sendFile(c, await publicItemAttachment(deps, Number(c.req.param('id')), Number(c.req.param('aid'))));
    } catch (err) {
      if (err instanceof DomainError && err.code === 'NOT_FOUND') return c.html(<PortalNotFound what="您访问的附件不存在或已不再公开。" />, 404);
      throw err;
    }
  });

  app.get('/guide', async (c) => {
    const agencies = await portalAgencies(deps);
    const code = c.req.query('agency');
    const agency = code ? agencies.find((a) => a.code === code) : agencies.length === 1 ? agencies[0] : undefined;
    if (code && !agency) return c.html(<PortalNotFound what="未找到该机关的信息公开指南。" />, 404);
    if (!agency) return c.html(<GuideIndexPage agencies={agencies} />);
    const { text } = await agencyGuide(deps, agency);
    return c.html(<GuidePage agency={agency} text={text} others={agencies.filter((a) => a.id !== agency.id)} />);
  });

  app.get('/feed.xml', async (c) => {
    const [items, agencies] = await Promise.all([latestItems(deps, FEED_SIZE), listAgencies(deps.db)]);
    c.header('Cache-Control', CACHE_SHORT);
    const body = atomFeed(items, originOf(c), chinaToday(deps.clock), new Map(agencies.map((a) => [a.id, a.name])));
    return c.body(body, 200, { 'Content-Type': ATOM_TYPE });
  });

  app.route('/', sitemapRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/console/settings/guide', guideConsoleRoutes(deps));
  return app;
}
