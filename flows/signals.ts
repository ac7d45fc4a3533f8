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
export const MY_ALIEXPRESS_HOST = /^(home|my)\.aliexpress\.(com|us|ru)$/i;

export const signInLink: Candidate[] = [
  { href: /\/\/(login|passport)\.aliexpress\.[a-z]+\/|\/p\/ug-login-page\//i, name: 'signIn', note: 'any header: a link to the login host named Sign in' },
  { role: 'button', name: 'signIn', note: 'current header flyout: a Sign in button without a link' },
  { css: 'a[data-role="sign-link"]', note: 'legacy header 2016-2020 (span.account-unsigned); remove when no page keeps it' },
];

export const signOutLink: Candidate[] = [
  { href: /logout/i, note: 'any header: the sign-out link (xlogout.htm)' },
  { role: 'link', name: 'signOut', note: 'sign-out control without a telling href' },
  { css: '[data-role="signout-btn"]', note: 'legacy header 2016-2020' },
];

export const accountMenuTrigger: Candidate[] = [
  { css: '[aria-haspopup="true"], [aria-haspopup="menu"]', note: 'accessible headers mark the menu trigger' },
  { css: '#nav-user-account, [data-role="user-account-top"]', note: 'legacy header 2016-2020' },
];

export const captchaWidget: Candidate[] = [
  { css: '#nc_1_wrapper, #nc_1_n1z, #baxia-dialog-content, [id^="nc_"][id$="_wrapper"]', note: 'Alibaba slider captcha (nc) and baxia dialog' },
  { textIncludes: 'unusualTraffic', within: 'dialog', note: 'captcha shown in a dialog over any page' },
];

export const openDialogCandidate: Candidate[] = [{ role: 'dialog', note: 'any open dialog' }];
