/**
 * The HTTP server around the application. Node answers a request whose head it cannot read — above
 * all one longer than its 16 KB header limit, such as a 20 MB query string — itself, before any
 * route runs, with an empty 431 or 400. Here such requests get a page saying what went wrong, in
 * Chinese; nothing was read, so nothing changed.
 */
import type { Socket } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

/** The page sent with a request Node could not read: status and message. */
export function clientErrorAnswer(code: string | undefined): { status: number; reason: string; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, reason: 'Request Header Fields Too Large', message: '请求地址或请求头过长，无法处理。搜索词请不超过100个字；如从链接进入，请返回首页重新操作。' };
  }
  return { status: 400, reason: 'Bad Request', message: '请求格式有误，无法处理。请返回首页重新操作。' };
}

function answer(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const a = clientErrorAnswer(err.code);
  const body = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${a.status} 请求无法处理</title></head>`
    + `<body><h1>请求无法处理</h1><p>${a.message}</p><p><a href="/">返回首页</a></p></body></html>`;
  const bytes = Buffer.from(body, 'utf8');
  socket.end(`HTTP/1.1 ${a.status} ${a.reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${bytes.length}\r\n`
    + 'Connection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n' + body);
}

/** Serves `fetch` on `port` (0: any free port); `ready` gets the address once listening. */
export function startServer(fetch: (req: Request) => Response | Promise<Response>, opts: { port: number; hostname?: string | undefined }, ready?: (info: AddressInfo) => void): ServerType {
  const server = serve({ fetch, port: opts.port, ...(opts.hostname ? { hostname: opts.hostname } : {}) }, ready);
  server.on('clientError', answer);
  return server;
}
