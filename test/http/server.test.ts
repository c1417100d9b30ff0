import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { searchItems } from '../../src/db/repositories/item-search.ts';
import { createApp } from '../../src/http/app.tsx';
import { clientErrorAnswer, startServer } from '../../src/http/server.ts';
import { buildWorld, depsFor, TestClock } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';

/** Sends `head` over a raw socket and returns everything the server wrote back. */
function raw(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    s.on('data', (d) => chunks.push(d));
    s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    s.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(e)));
    s.write(head);
  });
}

describe('requests Node cannot read', () => {
  let database: OpenDatabase;
  let server: ServerType;
  let port = 0;

  beforeAll(async () => {
    database = await freshDb('sqlite');
    await buildWorld(database.db);
    const app = createApp(depsFor(database.db, new TestClock('2026-03-02T02:00:00Z')));
    await new Promise<void>((resolve) => {
      server = startServer(app.fetch, { port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        port = info.port;
        resolve();
      });
    });
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await database.close();
  });

  it('answers a 20 MB query string with a 431 page in Chinese, and keeps serving', async () => {
    const before = await database.db.selectFrom('items').select('id').execute();
    const q = '公开'.repeat(10 * 1024 * 1024 / 2);
    const res = await raw(port, `GET /search?q=${encodeURIComponent(q).slice(0, 20 * 1024 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(res.startsWith('HTTP/1.1 431 ')).toBe(true);
    expect(res).toContain('Content-Type: text/html; charset=utf-8');
    expect(res).toContain('搜索词请不超过100个字');
    expect(await database.db.selectFrom('items').select('id').execute()).toEqual(before);
    const next = await fetch(`http://127.0.0.1:${port}/search?q=${encodeURIComponent('公开')}`);
    expect(next.status).toBe(200);
  });

  it("answers a request too long for the search (but readable) with the search page's own message", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/search?q=${encodeURIComponent('户'.repeat(101))}`);
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/不(能|得)超过100个字/);
    await expect(searchItems(database.db, { text: '户'.repeat(101) })).rejects.toThrow();
  });

  it('answers a malformed request line with a 400 page in Chinese', async () => {
    const res = await raw(port, 'NONSENSE\r\n\r\n');
    expect(res.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(res).toContain('请求格式有误');
  });

  it('names the status of each kind of unreadable request', () => {
    expect(clientErrorAnswer('HPE_HEADER_OVERFLOW').status).toBe(431);
    expect(clientErrorAnswer('HPE_INVALID_METHOD').status).toBe(400);
    expect(clientErrorAnswer(undefined).status).toBe(400);
  });
});
