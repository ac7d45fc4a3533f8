// Variant `spa`: www.aliexpress.com as a single-page app. Links between its pages load the
// next page's content with fetch and swap it into <div id="root"> (header and footer stay),
// changing the address with history.pushState; links to the orders pages go through the
// Navigation API's navigate event where the browser has it. "My AliExpress" in the Account
// menu leads to the current design's account page (/p/account/index.html), in-page.
// static/variant-spa.js is the router. Other hosts are full page loads, as on the real site;
// the privacy centre routes on the hash already.
import { atHeadStart, scriptTag, textOf } from './markup.ts';

export const SPA_HOSTS = new Set(['www.aliexpress.com', 'aliexpress.com']);
export const ACCOUNT_PAGE = '//www.aliexpress.com/p/account/index.html';

function myAliExpressToAccountPage(html: string): string {
  return html.replace(/<a\b([^>]*)\shref="\/\/home\.aliexpress\.com\/index\.htm"([^>]*)>([\s\S]*?)<\/a>/g, (whole, before: string, after: string, content: string) =>
    textOf(content) === 'My AliExpress' ? `<a${before} href="${ACCOUNT_PAGE}"${after}>${content}</a>` : whole);
}

/** The part the router swaps: everything between the site header and the site footer. */
function wrapView(html: string): string {
  const body = html.search(/<body\b/i);
  const headerEnd = html.indexOf('</header>', body);
  const footer = headerEnd < 0 ? -1 : html.indexOf('<footer', headerEnd);
  if (body < 0 || headerEnd < 0 || footer < 0) return html;
  const start = headerEnd + '</header>'.length;
  return `${html.slice(0, start)}\n<div id="root">${html.slice(start, footer)}</div>\n${html.slice(footer)}`;
}

export function spaPage(html: string, url: URL): string {
  if (!SPA_HOSTS.has(url.hostname)) return html;
  return atHeadStart(wrapView(myAliExpressToAccountPage(html)), scriptTag('variant-spa.js'));
}
