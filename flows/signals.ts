import type { Candidate, UrlRule } from '@/engine/types';

/**
 * Signals shared by several steps. Each candidate says which page variant it covers; the
 * stable ones (link targets, roles, labels) come before legacy ids, which are kept only
 * while old pages still carry them.
 */
export const ALIEXPRESS = /(^|\.)aliexpress\.(com|us|ru)$/i;
export const ANY_PAGE: UrlRule = { host: ALIEXPRESS };
export const LOGIN_HOST = /^(login|passport)\.aliexpress\.(com|us|ru)$/i;
export const ACCOUNTS_HOST = /^accounts\.aliexpress\.(com|us|ru)$/i;
export const PRIVACY_HOST = /^privacy\.aliexpress\.(com|us|ru)$/i;
/** Every AliExpress host but the privacy centre. */
export const NOT_PRIVACY_HOST = /^(?!privacy\.)([\w-]+\.)*aliexpress\.(com|us|ru)$/i;
export const MY_ALIEXPRESS_HOST = /^(home|my)\.aliexpress\.(com|us|ru)$/i;
/** The storefront: www, the bare domains and the language subdomains (es., de., ...). */
export const SHOP_HOST = /^((www|[a-z]{2})\.)?aliexpress\.(com|us|ru)$/i;

/** The site's own modal wrapper, which carries no dialog role: the sign-in modal on www (docs/sources.md#sign-in). */
export const SITE_MODALS = '#batman-dialog-wrap';
/** The cookie banner and its detail modals: never the flow's dialog (docs/sources.md#cookie-banner). */
export const COOKIE_OVERLAYS = '#gdpr-new-container, #voyager-gdpr-2025, #voyager-gdpr';

/** Controls that lead nowhere by themselves: in the header and its menus they are few. */
const BUTTONS = 'button, [role="button"], [role="link"]';

export const signInLink: Candidate[] = [
  { href: /\/\/(login|passport)\.aliexpress\.[a-z]+\/|\/p\/ug-login-page\//i, contains: ['login.aliexpress', 'passport.aliexpress', 'ug-login-page'], name: 'signIn', note: 'any header: a link to the login host named Sign in' },
  { role: 'button', name: 'signIn', among: BUTTONS, within: 'header', note: 'current header flyout: a Sign in button without a link' },
  { css: 'a[data-role="sign-link"]', within: 'header', note: 'legacy header 2016-2020 (span.account-unsigned); remove when no page keeps it' },
];

/**
 * Signed out, as the current header says it on its trigger ("Welcome / Sign in / Register",
 * "Willkommen / Anmelden / Registrieren"): the menu with the Sign in button exists only on hover.
 */
export const signedOutTrigger: Candidate[] = [
  { menuTrigger: 'signIn', note: 'current header trigger text when signed out (aliexpress.us, de., pl. captures 2025-2026)' },
];

export const signOutLink: Candidate[] = [
  { href: /logout/i, contains: ['logout'], note: 'any header: the sign-out link (xlogout.htm)' },
  { role: 'link', name: 'signOut', among: BUTTONS, within: 'header', note: 'sign-out control without a telling href' },
  { css: '[data-role="signout-btn"]', within: 'header', note: 'legacy header 2016-2020' },
];

export const accountMenuTrigger: Candidate[] = [
  { css: '#nav-user-account', note: 'legacy header 2016-2020 (an id: the cheapest look-up comes first)' },
  { css: '[aria-haspopup="true"], [aria-haspopup="menu"]', within: 'header', note: 'accessible headers mark the menu trigger' },
  { css: '[data-role="user-account-top"]', within: 'header', note: 'legacy header 2016-2020' },
  { css: '[data-role="myaliexpress-link"]', within: 'header', note: 'legacy header ui 0.0.46, still served 2025 (span.user-account-port > a, href javascript:;)' },
  { menuTrigger: 'accountMenu', note: 'current header: a plain div with an icon and "Account" / "Hi, name", no role or aria-haspopup (2022-2026 captures)' },
  ...signedOutTrigger,
];

/** Slider captcha widgets, by their ids: checked on every page, so no selector that walks the tree. */
export const captchaWidget: Candidate[] = [
  {
    css: '#nc_1_wrapper, #nc_1_n1z, #nc_2_wrapper, #nc_2_n1z, #baxia-dialog-content, #baxia-punish, #nocaptcha',
    note: 'Alibaba slider captcha (nc_1_*, nc_2_*), the baxia dialog and its punish page, in a frame or at the page\'s own URL (scrapers 2026)',
  },
];

/** A captcha shown in a dialog, told by its words: checked where sign-in and deletion happen. */
export const captchaDialog: Candidate[] = [
  { textIncludes: 'unusualTraffic', within: 'dialog', note: 'captcha shown in a dialog over the page' },
];
