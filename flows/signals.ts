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

export const signInLink: Candidate[] = [
  { href: /\/\/(login|passport)\.aliexpress\.[a-z]+\/|\/p\/ug-login-page\//i, contains: ['login.aliexpress', 'passport.aliexpress', 'ug-login-page'], name: 'signIn', note: 'any header: a link to the login host named Sign in' },
  { role: 'button', name: 'signIn', note: 'current header flyout: a Sign in button without a link' },
  { css: 'a[data-role="sign-link"]', note: 'legacy header 2016-2020 (span.account-unsigned); remove when no page keeps it' },
];

export const signOutLink: Candidate[] = [
  { href: /logout/i, contains: ['logout'], note: 'any header: the sign-out link (xlogout.htm)' },
  { role: 'link', name: 'signOut', note: 'sign-out control without a telling href' },
  { css: '[data-role="signout-btn"]', note: 'legacy header 2016-2020' },
];

export const accountMenuTrigger: Candidate[] = [
  { css: '#nav-user-account', note: 'legacy header 2016-2020 (an id: the cheapest look-up comes first)' },
  { css: '[aria-haspopup="true"], [aria-haspopup="menu"]', note: 'accessible headers mark the menu trigger' },
  { css: '[data-role="user-account-top"]', note: 'legacy header 2016-2020' },
];

/** Slider captcha widgets, by their ids: checked on every page, so no selector that walks the tree. */
export const captchaWidget: Candidate[] = [
  { css: '#nc_1_wrapper, #nc_1_n1z, #baxia-dialog-content', note: 'Alibaba slider captcha (nc) and baxia dialog' },
];

/** A captcha shown in a dialog, told by its words: checked where sign-in and deletion happen. */
export const captchaDialog: Candidate[] = [
  { textIncludes: 'unusualTraffic', within: 'dialog', note: 'captcha shown in a dialog over the page' },
];
