/** In-process HTTP helpers: requests against the Hono app with a cookie jar and same-origin headers. */
import type { Hono } from 'hono';

export const ORIGIN = 'http://localhost';

export class Browser {
  private cookie = '';
  constructor(private readonly app: Hono) {}

  async get(path: string): Promise<Response> {
    return this.app.request(`${ORIGIN}${path}`, { headers: this.headers() });
  }

  async post(path: string, fields: Record<string, string>, files: { name: string; filename: string; bytes: Uint8Array; type?: string }[] = []): Promise<Response> {
    let body: BodyInit;
    const headers = this.headers();
    if (files.length) {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      for (const f of files) fd.append(f.name, new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }), f.filename);
      body = fd;
    } else {
      body = new URLSearchParams(fields).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await this.app.request(`${ORIGIN}${path}`, { method: 'POST', body, headers });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return res;
  }

  async login(username: string, password: string): Promise<Response> {
    return this.post('/console/login', { username, password, next: '/console' });
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { origin: ORIGIN };
    if (this.cookie) h.cookie = this.cookie;
    return h;
  }
}
