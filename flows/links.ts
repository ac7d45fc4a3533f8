import type { StepId } from './steps';

/**
 * Pages a person can open from the panel when the ringed control is missing. Protocol-
 * relative, so they keep the scheme of the page (https on the real site).
 */
export const LINKS = {
  login: '//login.aliexpress.com/',
  myAliExpress: '//www.aliexpress.com/p/account/index.html',
  profile: '//accounts.aliexpress.com/user/organization/manage_person_profile.htm',
  deletePage: '//privacy.aliexpress.com/home#/request/delete',
  myOrders: '//www.aliexpress.com/p/order/index.html',
} as const;

/** Where pressing the step's control leads: the panel's "open the page directly". */
export const NEXT_PAGE: Partial<Record<StepId, string>> = {
  'sign-in': LINKS.login,
  'open-account': LINKS.myAliExpress,
  'account-settings': LINKS.profile,
  'edit-profile': LINKS.profile,
  'deactivate-link': LINKS.deletePage,
  'request-delete': LINKS.deletePage,
  'type-agree': LINKS.deletePage,
};

/** Resolves a panel link against the page, so it keeps the page's scheme. */
export function resolveLink(link: string, base: string): string {
  return new URL(link, base).href;
}
