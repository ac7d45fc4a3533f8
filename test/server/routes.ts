// The route table: which fixture page answers which host and path. The README in
// test/fixtures/ lists the same table with the sources each page reconstructs.
import { productById, orders } from './fixtureData.ts';
import { hostUrl, isSignedIn, loginPath, redirect, type RequestContext } from './context.ts';
import { sendNotFound, sendPage } from './render.ts';
import { serveBenchVariant } from './bench/heavyHome.ts';
import { LOCALIZED_HOST_ALIASES } from './localeSite.ts';
import { CODE_FRAME_PATH, sendIdentityVerifyFrame } from './variants/codeFrame.ts';
import { activeVariants } from './variants/index.ts';
import { SETTINGS_PATH } from './variants/settingsSpa.ts';
import {
  deletionApi, demoReset, demoSet, redirectToDeletionUnlessLegacy, safeReturn, signOut, submitDeactivation,
} from './accountActions.ts';

export interface Route {
  host: string;
  path: string | RegExp;
  /** Signed-out visitors are sent to the login page (api: answered 401 by the handler). */
  auth?: boolean;
  handle(ctx: RequestContext, match: RegExpMatchArray | null): void;
}

const WWW = 'www.aliexpress.com';
const ACCOUNTS = 'accounts.aliexpress.com';
const page = (name: string) => (ctx: RequestContext) => sendPage(ctx, name);
const to = (host: string, path: string) => (ctx: RequestContext) => redirect(ctx, hostUrl(ctx, host, path));

export function redirectToLogin(ctx: RequestContext): void {
  redirect(ctx, hostUrl(ctx, 'login.aliexpress.com', loginPath(ctx, ctx.url.href)));
}

function legacyLogin(ctx: RequestContext): void {
  const returnUrl = safeReturn(ctx, ctx.url.searchParams.get('return'));
  const miniLoginSrc = `//passport.aliexpress.com/mini_login.htm?lang=en_us&appName=aebuyer&return=${encodeURIComponent(returnUrl)}`;
  sendPage(ctx, 'login-legacy', { miniLoginSrc });
}

function deactivationForm(ctx: RequestContext): void {
  if (redirectToDeletionUnlessLegacy(ctx)) return;
  if (!isSignedIn(ctx)) return redirectToLogin(ctx);
  if (ctx.method === 'POST') return submitDeactivation(ctx);
  sendPage(ctx, 'deactivate', { error: '', formMemberId: '', formWords: '' });
}

export const ROUTES: Route[] = [
  // Cookie eg_variant=heavy|heavy-late: the benchmark's heavy home page (test/server/bench/).
  { host: WWW, path: '/', handle: (ctx) => serveBenchVariant(ctx) || page('home')(ctx) },
  { host: WWW, path: '/index.html', handle: page('home') },
  { host: WWW, path: '/wholesale', handle: (ctx) => sendPage(ctx, 'search', { query: ctx.url.searchParams.get('SearchText') ?? '' }) },
  { host: WWW, path: /^\/item\/(\d+)\.html$/, handle: (ctx, m) => {
    const product = productById(m?.[1] ?? '');
    return product ? sendPage(ctx, 'product', product) : sendNotFound(ctx);
  } },
  { host: WWW, path: '/p/ug-login-page/login.html', handle: page('login') },
  { host: WWW, path: '/p/account-center/find-password.html', handle: page('find-password') },
  { host: WWW, path: '/p/help-center/index.html', handle: page('help') },
  { host: WWW, path: '/p/shoppingcart/index.html', handle: page('cart') },
  { host: WWW, path: '/p/account/index.html', auth: true, handle: page('account') },
  { host: WWW, path: '/p/order/index.html', auth: true, handle: page('orders') },
  { host: WWW, path: '/p/order/detail.html', auth: true, handle: (ctx) => {
    const order = orders().find((o) => o.orderId === ctx.url.searchParams.get('orderId'));
    return order ? sendPage(ctx, 'order-detail', order) : sendNotFound(ctx);
  } },
  { host: WWW, path: '/p/account-center/security.html', auth: true, handle: page('security') },
  { host: WWW, path: '/p/wish-manage/index.html', auth: true, handle: page('wishlist') },
  { host: WWW, path: '/p/my-coupons/index.html', auth: true, handle: page('coupons') },
  { host: WWW, path: '/p/message/index.html', auth: true, handle: page('messages') },
  { host: WWW, path: '/_____tmd_____/punish', handle: page('captcha') },
  { host: WWW, path: '/__demo/reset', handle: demoReset },
  { host: WWW, path: '/__demo/set', handle: demoSet },

  { host: 'login.aliexpress.com', path: '/', handle: page('login') },
  { host: 'login.aliexpress.com', path: '/buyer.htm', handle: legacyLogin },
  { host: 'login.aliexpress.com', path: '/express/mulSiteLogin.htm', handle: legacyLogin },
  { host: 'login.aliexpress.com', path: '/xman/xlogout.htm', handle: signOut },
  { host: 'passport.aliexpress.com', path: '/mini_login.htm', handle: page('mini-login') },
  // The email-code frame of the `code-frame` page variant (test/server/variants/codeFrame.ts).
  { host: 'passport.aliexpress.com', path: CODE_FRAME_PATH, handle: sendIdentityVerifyFrame },

  { host: 'home.aliexpress.com', path: '/', handle: to('home.aliexpress.com', '/index.htm') },
  { host: 'home.aliexpress.com', path: '/index.htm', auth: true, handle: page('my-aliexpress') },
  // The in-page settings route of the `settings-spa` page variant; without it, My AliExpress.
  { host: 'home.aliexpress.com', path: SETTINGS_PATH, auth: true, handle: (ctx) =>
    activeVariants(ctx).includes('settings-spa') ? page('my-aliexpress')(ctx) : to('home.aliexpress.com', '/index.htm')(ctx) },
  { host: 'my.aliexpress.com', path: '/', handle: to('home.aliexpress.com', '/index.htm') },

  { host: ACCOUNTS, path: '/user/account_settings.htm', auth: true, handle: page('account-settings') },
  { host: ACCOUNTS, path: '/user/organization/manage_person_profile.htm', auth: true, handle: (ctx) =>
    sendPage(ctx, 'manage-profile', { isEdit: ctx.url.searchParams.get('isEdit') === 'true' }) },
  { host: ACCOUNTS, path: '/user/organization/upload_photo.htm', auth: true, handle: page('settings-upload-photo') },
  { host: ACCOUNTS, path: '/user/organization/change_email.htm', auth: true, handle: page('settings-change-email') },
  { host: ACCOUNTS, path: '/user/organization/change_password.htm', auth: true, handle: page('settings-change-password') },
  { host: ACCOUNTS, path: '/user/email_notifications.htm', auth: true, handle: page('settings-email-notifications') },
  // Era first, then sign-in: the current site's old link goes to deletion even when signed out.
  { host: ACCOUNTS, path: '/user/organization/deactive_account.htm', handle: deactivationForm },
  { host: ACCOUNTS, path: '/user/organization/deactive_account_submit.htm', handle: (ctx) =>
    ctx.method === 'POST' ? deactivationForm(ctx) : to(ACCOUNTS, '/user/organization/deactive_account.htm')(ctx) },

  { host: 'privacy.aliexpress.com', path: '/', handle: to('privacy.aliexpress.com', '/home') },
  { host: 'privacy.aliexpress.com', path: '/home', auth: true, handle: page('privacy') },
  { host: 'privacy.aliexpress.com', path: /^\/api\/delete\/([\w-]+)$/, handle: (ctx, m) => deletionApi(ctx, m?.[1] ?? '') },

  { host: 'ilogisticsaddress.aliexpress.com', path: '/addressList.htm', auth: true, handle: page('addresses') },
];

/** aliexpress.com is the same site as www; language and regional hosts: localeSite.ts. */
export const HOST_ALIASES: Record<string, string> = { 'aliexpress.com': WWW, ...LOCALIZED_HOST_ALIASES };

export const KNOWN_HOSTS = new Set([...ROUTES.map((r) => r.host), ...Object.keys(HOST_ALIASES)]);

export function findRoute(host: string, path: string): { route: Route; match: RegExpMatchArray | null } | undefined {
  const site = HOST_ALIASES[host] ?? host;
  for (const route of ROUTES) {
    if (route.host !== site) continue;
    if (typeof route.path === 'string' ? route.path === path : route.path.test(path)) {
      return { route, match: typeof route.path === 'string' ? null : path.match(route.path) };
    }
  }
  return undefined;
}
