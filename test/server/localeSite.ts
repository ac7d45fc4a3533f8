// Which language and which site a request is on. The storefront language follows the host
// (es.aliexpress.com); the account hosts (login., home., accounts., privacy., passport. ...)
// follow the locale cookie the language host sets; aliexpress.us and aliexpress.ru are the
// same pages on their own domain, in one language each.
import { ENGLISH, LANGUAGES, languageOfLocale, type Language } from './locales/index.ts';

const WWW = 'www.aliexpress.com';
/** The fixture hosts besides the storefront; regional sites mirror them on their own domain. */
const ACCOUNT_HOSTS = ['login', 'passport', 'home', 'my', 'accounts', 'privacy', 'ilogisticsaddress'];
/** Regional domain -> its one language. */
export const REGIONAL_SITES: Record<string, string> = { 'aliexpress.us': 'en', 'aliexpress.ru': 'ru' };

export interface Site {
  language: Language;
  /** aliexpress.com, aliexpress.us or aliexpress.ru */
  domain: string;
  /** The host storefront links point at: www.aliexpress.com, es.aliexpress.com, aliexpress.us */
  storefront: string;
  /** A language host was visited: its locale goes into the cookies. */
  languageHost: boolean;
}

const languageOf = (code: string | undefined) => (code && LANGUAGES[code]) || ENGLISH;

/** intl_locale first, then b_locale in aep_usuc_f, then x_locale in xman_us_f (facts: DOM hints). */
export function languageFromCookies(cookies: Record<string, string>): string | undefined {
  const candidates = [
    cookies.intl_locale,
    new URLSearchParams(cookies.aep_usuc_f ?? '').get('b_locale'),
    new URLSearchParams(cookies.xman_us_f ?? '').get('x_locale'),
  ];
  for (const value of candidates) {
    const code = languageOfLocale(value ?? undefined);
    if (code) return code;
  }
  return undefined;
}

export function siteOf(host: string, cookies: Record<string, string>): Site {
  const labels = host.toLowerCase().split('.');
  const domain = labels.slice(-2).join('.');
  const sub = labels.slice(0, -2).join('.');
  if (domain in REGIONAL_SITES) {
    return { language: languageOf(REGIONAL_SITES[domain]), domain, storefront: domain, languageHost: false };
  }
  if (domain === 'aliexpress.com' && sub in LANGUAGES) {
    return { language: LANGUAGES[sub]!, domain, storefront: host.toLowerCase(), languageHost: true };
  }
  const code = domain === 'aliexpress.com' && ACCOUNT_HOSTS.includes(sub) ? languageFromCookies(cookies) : undefined;
  if (code && code !== 'en') {
    return { language: languageOf(code), domain, storefront: `${code}.aliexpress.com`, languageHost: false };
  }
  return { language: ENGLISH, domain, storefront: WWW, languageHost: false };
}

/** The English site on aliexpress.com: served exactly as before any variant existed. */
export const isDefaultSite = (site: Site) => site.language === ENGLISH && !(site.domain in REGIONAL_SITES);

/** Extra names for the route table: each language and regional host -> the host it serves. */
export const LOCALIZED_HOST_ALIASES: Record<string, string> = Object.fromEntries([
  ...Object.keys(LANGUAGES).map((code) => [`${code}.aliexpress.com`, WWW]),
  ...Object.keys(REGIONAL_SITES).flatMap((domain) => [
    [domain, WWW],
    [`www.${domain}`, WWW],
    ...ACCOUNT_HOSTS.map((sub) => [`${sub}.${domain}`, `${sub}.aliexpress.com`]),
  ]),
]);

const ACCOUNT_HOST_PATTERN = new RegExp(`(?<![a-z0-9-])(${ACCOUNT_HOSTS.join('|')})\\.aliexpress\\.com`, 'g');
const WWW_PATTERN = /(?<![a-z0-9-])www\.aliexpress\.com/g;

/**
 * Moves fixture-host names in a page, script, Location or Set-Cookie onto the request's site:
 * storefront links to the language host; on a regional site every fixture host, cookie domain
 * and host check in page scripts (`aliexpress\.com`) to its own domain. Other hosts
 * (ru.aliexpress.com in the footer, sell.aliexpress.com) stay.
 */
export function rewriteHosts(text: string, site: Site): string {
  if (site.domain in REGIONAL_SITES) {
    const domain = site.domain;
    return text
      .replace(WWW_PATTERN, domain)
      .replace(ACCOUNT_HOST_PATTERN, `$1.${domain}`)
      .replace(/=\.aliexpress\.com/gi, `=.${domain}`)
      .replace(/aliexpress\\\.com/g, domain.replace('.', '\\.'));
  }
  return site.storefront === WWW ? text : text.replace(WWW_PATTERN, site.storefront);
}

/** Visiting a language host stores its locale where the other hosts read it. */
export function localeCookies(site: Site): string[] {
  if (!site.languageHost) return [];
  const { locale } = site.language;
  return [
    `intl_locale=${locale}; Domain=.aliexpress.com; Path=/`,
    `aep_usuc_f=b_locale=${locale}&site=glo; Domain=.aliexpress.com; Path=/`,
  ];
}
