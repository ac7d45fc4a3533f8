// Serves local reconstructions of the AliExpress pages on one port. Requests are routed on
// the Host header, or on the absolute URL of a proxy-form request (a browser that uses this
// server as its HTTP proxy), so the pages keep their real host names.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCookies, sendEmpty, type RequestContext } from './context.ts';
import { findRoute, KNOWN_HOSTS, redirectToLogin } from './routes.ts';
import { localizeResponse } from './localize.ts';
import { sendNotFound } from './render.ts';
import { readStatic } from './template.ts';
import { applyAssetVariants } from './variants/index.ts';

export interface FixtureServer {
  port: number;
  /** 'http://host': the URL a browser uses once the host is mapped to this server. */
  origin(host: string): string;
  close(): Promise<void>;
}

const STATIC_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/** Origin-form uses the Host header; proxy-form carries the whole URL in the request line. */
function pageUrl(req: IncomingMessage): URL {
  const target = req.url ?? '/';
  if (/^https?:\/\//i.test(target)) return new URL(target);
  return new URL(target, `http://${req.headers.host ?? 'unknown.invalid'}`);
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) req.destroy(new Error('Request body too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(text)));
    req.on('error', reject);
  });
}

function serveStatic(ctx: RequestContext): boolean {
  const name = ctx.url.pathname.match(/^\/static\/([\w.-]+)$/)?.[1];
  const text = name ? readStatic(name) : undefined;
  if (!name || text === undefined) return false;
  const type = STATIC_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  ctx.res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  ctx.res.end(applyAssetVariants(ctx, name, text));
  return true;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = pageUrl(req);
  url.protocol = 'http:';
  const method = req.method ?? 'GET';
  const ctx: RequestContext = {
    req, res, method, url,
    host: url.hostname.toLowerCase(),
    port: url.port ? `:${url.port}` : '',
    cookies: parseCookies(req.headers.cookie),
    body: method === 'POST' ? await readBody(req) : new URLSearchParams(),
  };
  localizeResponse(ctx);
  if (!KNOWN_HOSTS.has(ctx.host)) return sendNotFound(ctx);
  if (ctx.url.pathname === '/favicon.ico') return sendEmpty(ctx, 204);
  if (serveStatic(ctx)) return;
  const found = findRoute(ctx.host, ctx.url.pathname);
  if (!found) return sendNotFound(ctx);
  if (found.route.auth && ctx.cookies.eg_session !== '1') return redirectToLogin(ctx);
  found.route.handle(ctx, found.match);
}

export function startFixtureServer(opts: { port?: number } = {}): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Fixture server error: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });
  // A browser using us as its proxy tunnels https through CONNECT; the fixtures are http only.
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n'));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        origin: (host) => `http://${host}`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
