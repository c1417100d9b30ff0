/** Console routes of the attachments of a catalog item: download, upload (multipart) and removal. */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { DomainError } from '../../domain/errors.ts';
import { addItemAttachments, removeItemAttachment, staffItemAttachment } from '../../services/catalog/item-attachments.ts';
import type { Deps } from '../../services/deps.ts';
import { sendFile } from '../download.ts';
import { httpStatus } from '../errors.ts';
import { readForm } from '../form.ts';
import { renderItem } from './items-routes.tsx';
import type { ConsoleEnv } from './session.ts';

/** Mounted at /console/items, beside `itemRoutes`. */
export function itemAttachmentRoutes(deps: Deps): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();

  /** Runs a change; back to the item page with a notice, or the page again with the error (NOT_FOUND is the app's 404). */
  const change = async (c: Context<ConsoleEnv>, run: () => Promise<string>) => {
    const id = Number(c.req.param('id'));
    try {
      const notice = await run();
      return c.redirect(`/console/items/${id}?notice=${encodeURIComponent(notice)}#attachments`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'NOT_FOUND') throw err;
      return c.html(await renderItem(deps, c.get('actor'), id, { error: `未能办理：${err.message}` }), httpStatus(err.code));
    }
  };

  app.get('/:id{[0-9]+}/attachments/:aid{[0-9]+}', async (c) => sendFile(c, await staffItemAttachment(deps, c.get('actor'), Number(c.req.param('id')), Number(c.req.param('aid')))));

  app.post('/:id{[0-9]+}/attachments', async (c) => {
    const { files } = await readForm(c);
    return change(c, async () => `已上传 ${await addItemAttachments(deps, c.get('actor'), Number(c.req.param('id')), files)} 个附件`);
  });

  app.post('/:id{[0-9]+}/attachments/:aid{[0-9]+}/delete', async (c) =>
    change(c, async () => {
      await removeItemAttachment(deps, c.get('actor'), Number(c.req.param('id')), Number(c.req.param('aid')));
      return '已删除附件';
    }));

  return app;
}
