// One request as the route handlers see it, plus the response helpers they share.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Demo state the tests switch with cookies; see test/fixtures/README.md. */
export const DEMO_COOKIES = ['eg_session', 'eg_era', 'eg_open_orders', 'eg_login', 'eg_variant'] as const;
export type DemoCookie = (typeof DEMO_COOKIES)[number];

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  /** Host name without port, lower case: www.aliexpress.com */
  host: string;
  /** ":8787" when the request named a port, else "" (kept in redirects). */
  port: string;
  /** The page URL as the browser sees it: http://host[:port]/path?query */
  url: URL;
  cookies: Record<string, string>;
  body: URLSearchParams;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name) cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

export function setCookie(name: DemoCookie, value: string): string {
  const expiry = value ? '' : '; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  return `${name}=${encodeURIComponent(value)}; Domain=.aliexpress.com; Path=/${expiry}`;
}

export const isSignedIn = (ctx: RequestContext) => ctx.cookies.eg_session === '1';
export const isLegacyEra = (ctx: RequestContext) => ctx.cookies.eg_era === 'legacy';
export const hasOpenOrders = (ctx: RequestContext) => ctx.cookies.eg_open_orders === '1';
export const usesLegacyLogin = (ctx: RequestContext) => ctx.cookies.eg_login === 'legacy';

/** Absolute http URL on another fixture host, keeping the port the request used. */
export function hostUrl(ctx: RequestContext, host: string, pathAndQuery: string): string {
  return `http://${host}${ctx.port}${pathAndQuery}`;
}

/** Where "Sign in" leads, carrying the page to come back to. */
export function loginPath(ctx: RequestContext, returnUrl: string): string {
  const page = usesLegacyLogin(ctx) ? '/buyer.htm' : '/';
  return `${page}?return=${encodeURIComponent(returnUrl)}`;
}

export function sendHtml(ctx: RequestContext, status: number, html: string, cookies: string[] = []): void {
  ctx.res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(cookies.length ? { 'Set-Cookie': cookies } : {}),
  });
  ctx.res.end(html);
}

export function redirect(ctx: RequestContext, location: string, cookies: string[] = [], status = 302): void {
  ctx.res.writeHead(status, {
    Location: location,
    'Cache-Control': 'no-store',
    ...(cookies.length ? { 'Set-Cookie': cookies } : {}),
  });
  ctx.res.end();
}

export function sendEmpty(ctx: RequestContext, status: number, cookies: string[] = []): void {
  ctx.res.writeHead(status, { 'Cache-Control': 'no-store', ...(cookies.length ? { 'Set-Cookie': cookies } : {}) });
  ctx.res.end();
}
