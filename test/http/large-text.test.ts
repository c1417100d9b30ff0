import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.tsx';
import { buildWorld, depsFor } from '../support/builders.ts';
import { freshDb } from '../support/db.ts';
import { ORIGIN } from '../support/http.ts';

describe('larger-text mode (适老化)', () => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await freshDb('sqlite');
    await buildWorld(database.db);
    app = createApp(depsFor(database.db));
  });
  afterAll(async () => database.close());

  it('is switched by a link, kept in a cookie, and returns to the page', async () => {
    const plain = await (await app.request(`${ORIGIN}/apply`)).text();
    expect(plain).toContain('大字版');
    expect(plain).not.toContain('class="large"');
    const r = await app.request(`${ORIGIN}/prefs/large-text?on=1&back=%2Fapply`);
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/apply');
    const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toBe('gk_large=1');
    const large = await (await app.request(`${ORIGIN}/apply`, { headers: { cookie } })).text();
    expect(large).toContain('<body class="large">');
    expect(large).toContain('标准字号');
    const evil = await app.request(`${ORIGIN}/prefs/large-text?on=1&back=//evil.example`);
    expect(evil.headers.get('location')).toBe('/');
  });
});
