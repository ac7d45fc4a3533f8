// Serves every fixture page in the request's language and on its site (see localeSite.ts):
// the response of each handler passes through here on its way out, so the pages, routes and
// handlers stay English and know nothing of languages.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { RequestContext } from './context.ts';
import { DICTIONARIES, translate, translatorFor } from './locales/index.ts';
import { isDefaultSite, localeCookies, rewriteHosts, siteOf, type Site } from './localeSite.ts';
import { localizeHtml, localizeScript } from './localizeMarkup.ts';

export const siteOfRequest = (ctx: RequestContext): Site => siteOf(ctx.url.hostname, ctx.cookies);

/** The words the deactivation form asks for, in the language the form was shown in. */
export const deactivationWords = (ctx: RequestContext): string =>
  translate(siteOfRequest(ctx).language.code, 'Deactivate my account');

type Kind = 'html' | 'script';

export function localizeBody(body: string, kind: Kind, site: Site): string {
  const { code } = site.language;
  const localized = kind === 'html'
    ? localizeHtml(body, translatorFor(code), site.language)
    : localizeScript(body, translatorFor(code), DICTIONARIES[code]?.script ?? {});
  return rewriteHosts(localized, site);
}

function localizeHeaders(headers: OutgoingHttpHeaders, site: Site): { headers: OutgoingHttpHeaders; kind?: Kind } {
  const out: OutgoingHttpHeaders = {};
  const cookies: string[] = [];
  let kind: Kind | undefined;
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (key === 'content-type') kind = /html/.test(String(value)) ? 'html' : /javascript/.test(String(value)) ? 'script' : undefined;
    if (key === 'set-cookie') cookies.push(...[value ?? []].flat().map((cookie) => rewriteHosts(String(cookie), site)));
    else out[name] = key === 'location' ? rewriteHosts(String(value), site) : value;
  }
  cookies.push(...localeCookies(site));
  if (cookies.length) out['Set-Cookie'] = cookies;
  if (kind) out.Vary = 'Cookie';
  return { headers: out, kind };
}

/** Wraps the response of one request; the English site on aliexpress.com passes untouched. */
export function localizeResponse(ctx: RequestContext): void {
  const site = siteOfRequest(ctx);
  if (isDefaultSite(site)) return;
  const res = ctx.res;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let kind: Kind | undefined;
  res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    const localized = localizeHeaders(headers, site);
    kind = localized.kind;
    return writeHead(status, localized.headers);
  }) as ServerResponse['writeHead'];
  res.end = ((body?: unknown, ...rest: unknown[]) =>
    end(typeof body === 'string' && kind ? localizeBody(body, kind, site) : body, ...rest)) as ServerResponse['end'];
}
