// Renders a fixture page with the scope every page shares: the buyer, the demo data and the
// sign-in links of the current header variant.
import { addresses, BUYER, messages, orders, products, wishlist } from './fixtureData.ts';
import { isSignedIn, loginPath, sendHtml, type RequestContext } from './context.ts';
import { renderPage, type Scope } from './template.ts';
import { applyPageVariants } from './variants/index.ts';

export function renderFor(ctx: RequestContext, page: string, extra: Scope = {}): string {
  const signedIn = isSignedIn(ctx);
  const returnUrl = ctx.url.href;
  const scope: Scope = {
    ...BUYER,
    signedIn,
    signInHref: `//login.aliexpress.com${loginPath(ctx, returnUrl)}`,
    registerHref: `//login.aliexpress.com/?flag=register&return=${encodeURIComponent(returnUrl)}`,
    products: products(),
    wishlist: wishlist(),
    orders: orders(),
    addresses: addresses(),
    messages: messages(),
    year: '2025',
    ...extra,
  };
  return applyPageVariants(ctx, renderPage(page, scope, { header: signedIn ? 'header-signed-in' : 'header-signed-out' }));
}

export function sendPage(ctx: RequestContext, page: string, extra: Scope = {}, status = 200, cookies: string[] = []): void {
  sendHtml(ctx, status, renderFor(ctx, page, extra), cookies);
}

export function sendNotFound(ctx: RequestContext): void {
  sendPage(ctx, 'not-found', {}, 404);
}
