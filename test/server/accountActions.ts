// Handlers that change demo state: sign out, legacy deactivation, the deletion API behind
// the privacy app, and the /__demo helpers the tests use.
import {
  DEMO_COOKIES, hasOpenOrders, hostUrl, isLegacyEra, redirect, sendEmpty, setCookie,
  type DemoCookie, type RequestContext,
} from './context.ts';
import { sendPage } from './render.ts';
import { variantProblem } from './variants/index.ts';
import { deactivationWords } from './localize.ts';

const DEMO_CODE = '123456';

/** Only follow return URLs on the fixture site, like the real login does. */
export function safeReturn(ctx: RequestContext, value: string | null): string {
  try {
    const url = new URL(value ?? '', 'http://invalid.invalid');
    if (/(^|\.)aliexpress\.(com|us|ru)$/.test(url.hostname)) return url.href;
  } catch { /* fall through to home */ }
  return hostUrl(ctx, 'www.aliexpress.com', '/');
}

export function signOut(ctx: RequestContext): void {
  redirect(ctx, safeReturn(ctx, ctx.url.searchParams.get('return')), [setCookie('eg_session', '')]);
}

/** The old link now leads to deletion unless the legacy era is switched on. */
export function redirectToDeletionUnlessLegacy(ctx: RequestContext): boolean {
  if (isLegacyEra(ctx)) return false;
  redirect(ctx, hostUrl(ctx, 'privacy.aliexpress.com', '/home#/request/delete'), [], ctx.method === 'POST' ? 303 : 302);
  return true;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function submitDeactivation(ctx: RequestContext): void {
  const memberId = ctx.body.get('memberId')?.trim() ?? '';
  const words = ctx.body.get('confirmWords') ?? '';
  const reason = ctx.body.get('reason');
  const error = !memberId
    ? 'Please enter your member ID or email address.'
    : normalise(words) !== normalise(deactivationWords(ctx))
      ? 'Please type the words exactly as shown.'
      : !reason
        ? 'Please choose a reason.'
        : '';
  if (error) {
    sendPage(ctx, 'deactivate', { error, formMemberId: memberId, formWords: words });
    return;
  }
  // Render as the browser will see the next page: already signed out.
  const signedOut = { ...ctx, cookies: { ...ctx.cookies, eg_session: '' } };
  sendPage(signedOut, 'deactivate-done', {}, 200, [setCookie('eg_session', '')]);
}

function sendJson(ctx: RequestContext, status: number, body: unknown, cookies: string[] = []): void {
  ctx.res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(cookies.length ? { 'Set-Cookie': cookies } : {}),
  });
  ctx.res.end(JSON.stringify(body));
}

export function deletionApi(ctx: RequestContext, action: string): void {
  if (ctx.method !== 'POST') return sendJson(ctx, 405, { success: false, code: 'METHOD_NOT_ALLOWED' });
  if (ctx.cookies.eg_session !== '1') return sendJson(ctx, 401, { success: false, code: 'NOT_LOGIN' });
  switch (action) {
    case 'precheck':
      return hasOpenOrders(ctx)
        ? sendJson(ctx, 200, { success: false, code: 'UNFINISHED_ORDERS' })
        : sendJson(ctx, 200, { success: true });
    case 'send-code':
      return sendJson(ctx, 200, { success: true, interval: 60 });
    case 'verify':
      return ctx.body.get('code')?.trim() === DEMO_CODE
        ? sendJson(ctx, 200, { success: true })
        : sendJson(ctx, 200, { success: false, code: 'CODE_INCORRECT' });
    case 'submit':
      return sendJson(ctx, 200, { success: true, days: 15 }, [setCookie('eg_session', '')]);
    default:
      return sendJson(ctx, 404, { success: false, code: 'NOT_FOUND' });
  }
}

/** 204 by default; `next` turns it into a redirect, since a browser tab cannot show a 204. */
function demoAnswer(ctx: RequestContext, cookies: string[]): void {
  const next = ctx.url.searchParams.get('next');
  if (next) redirect(ctx, safeReturn(ctx, next), cookies);
  else sendEmpty(ctx, 204, cookies);
}

export function demoReset(ctx: RequestContext): void {
  demoAnswer(ctx, DEMO_COOKIES.map((name) => setCookie(name, '')));
}

export function demoSet(ctx: RequestContext): void {
  const cookies: string[] = [];
  for (const [name, value] of ctx.url.searchParams) {
    if (name === 'next') continue;
    if (!(DEMO_COOKIES as readonly string[]).includes(name)) {
      ctx.res.writeHead(400, { 'Content-Type': 'text/plain' });
      ctx.res.end(`Unknown demo cookie ${name}; known: ${DEMO_COOKIES.join(', ')}`);
      return;
    }
    const problem = name === 'eg_variant' ? variantProblem(value) : '';
    if (problem) {
      ctx.res.writeHead(400, { 'Content-Type': 'text/plain' });
      ctx.res.end(problem);
      return;
    }
    cookies.push(setCookie(name as DemoCookie, value));
  }
  demoAnswer(ctx, cookies);
}
