// @vitest-environment node
// Language and regional variants of the fixture site: dictionaries, hosts, locale cookie.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture, type FixtureRequest } from './httpClient.ts';
import { normaliseText } from './locales/dictionary.ts';
import { ALL_FLOW_LABELS, FLOW_SCRIPT_PIECES } from './locales/flowLabels.ts';
import { COMPLETE_LANGUAGES, DICTIONARIES, LANGUAGES, translate } from './locales/index.ts';
import { decodeEntities } from './localizeMarkup.ts';
import { FIXTURES_DIR } from './template.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(() => server.close());

const get = (url: string, cookie = '', extra: Partial<FixtureRequest> = {}) => fetchFixture(server.port, { url, cookie, ...extra });
const SIGNED_IN = 'eg_session=1';
const LEGACY = `${SIGNED_IN}; eg_era=legacy`;
const DEACTIVATE = 'http://accounts.aliexpress.com/user/organization/deactive_account.htm';
const SUBMIT = 'http://accounts.aliexpress.com/user/organization/deactive_account_submit.htm';

/** Every page of both flows, with the cookies that show it; host "www" is the storefront. */
const FLOW_PAGES: [sub: string, path: string, cookie: string][] = [
  ['www', '/', ''], ['www', '/', SIGNED_IN], ['www', '/_____tmd_____/punish?x5secdata=abc', ''],
  ['login', '/?return=x', ''], ['login', '/buyer.htm', ''], ['passport', '/mini_login.htm', ''],
  ['home', '/index.htm', SIGNED_IN], ['accounts', '/user/account_settings.htm', SIGNED_IN],
  ['accounts', '/user/organization/manage_person_profile.htm', SIGNED_IN],
  ['accounts', '/user/organization/manage_person_profile.htm?isEdit=true', SIGNED_IN],
  ['accounts', '/user/organization/deactive_account.htm', LEGACY], ['privacy', '/home', SIGNED_IN],
];

/** Texts of a page as a person sees them: text nodes and the attributes the dictionaries translate. */
function visibleTexts(html: string): string[] {
  const markup = html.replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g, '');
  const texts = [...markup.matchAll(/>([^<]+)</g)].map((m) => m[1]!);
  const attributes = [...markup.matchAll(/\s(?:placeholder|aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]!);
  return [...texts, ...attributes].map((t) => normaliseText(decodeEntities(t))).filter(Boolean);
}

const scriptStrings = (name: string) =>
  [...readFileSync(`${FIXTURES_DIR}static/${name}`, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1]!);

/** Everything the English site shows or says along the flows, error pages included. */
async function englishTexts(): Promise<Set<string>> {
  const texts = new Set<string>();
  const add = (html: string) => visibleTexts(html).forEach((t) => texts.add(t));
  for (const [sub, path, cookie] of FLOW_PAGES) add((await get(`http://${sub}.aliexpress.com${path}`, cookie)).body);
  add((await get('http://www.aliexpress.com/no/such/page', '')).body);
  const forms: Record<string, string>[] = [{ memberId: '' }, { memberId: 'x' }, { memberId: 'x', confirmWords: 'Deactivate my account' }];
  for (const form of forms) {
    add((await get(SUBMIT, LEGACY, { form, method: 'POST' })).body);
  }
  add((await get(SUBMIT, LEGACY, { form: { memberId: 'x', confirmWords: 'Deactivate my account', reason: '3' } })).body);
  // The words the deactivation form checks (accountActions.ts), typed rather than shown alone.
  texts.add('Deactivate my account');
  const scripts = readdirSync(`${FIXTURES_DIR}static`).filter((f) => f.endsWith('.js'));
  for (const name of scripts) scriptStrings(name).forEach((s) => texts.add(s));
  return texts;
}

const keyMatches = (key: string, text: string) => {
  const parts = normaliseText(key).split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`).test(text);
};

describe('dictionaries', () => {
  it.each(COMPLETE_LANGUAGES)('%s translates every English label of both flows', (lang) => {
    const dictionary = DICTIONARIES[lang]!;
    const missing = ALL_FLOW_LABELS.filter((label) => !dictionary.text[label]?.trim());
    expect(missing).toEqual([]);
    expect(FLOW_SCRIPT_PIECES.filter((piece) => dictionary.script[piece] === undefined)).toEqual([]);
  });

  it.each(COMPLETE_LANGUAGES)('%s has the same entries as every other complete dictionary', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]!.text).sort()).toEqual(Object.keys(DICTIONARIES.es!.text).sort());
  });

  it('lists labels the English pages really show, and keys that still exist on them', async () => {
    const texts = [...(await englishTexts())];
    expect(ALL_FLOW_LABELS.filter((label) => !texts.some((t) => keyMatches(label, t)))).toEqual([]);
    const stale = Object.keys(DICTIONARIES.es!.text).filter((key) => !texts.some((t) => keyMatches(key, t)));
    expect(stale).toEqual([]);
  });

  it.each(COMPLETE_LANGUAGES)('%s asks for the same words it checks', (lang) => {
    const agree = translate(lang, 'agree');
    const words = translate(lang, 'Deactivate my account');
    expect(agree).toBe(agree.toLowerCase());
    expect(translate(lang, 'To confirm, type "agree" in the box below.')).toContain(agree);
    expect(translate(lang, 'Type agree to confirm')).toContain(agree);
    expect(translate(lang, "Please type the words 'Deactivate my account':")).toContain(words);
    expect(translate(lang, 'Type: Deactivate my account')).toContain(words);
  });
});

describe('language hosts', () => {
  it.each(COMPLETE_LANGUAGES)('%s.aliexpress.com serves the storefront in its language and sets the locale cookies', async (lang) => {
    const res = await get(`http://${lang}.aliexpress.com/`, SIGNED_IN);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<html lang="${LANGUAGES[lang]!.html}">`);
    expect(visibleTexts(res.body)).toContain(translate(lang, 'My AliExpress'));
    expect(visibleTexts(res.body)).not.toContain('My AliExpress');
    const locale = LANGUAGES[lang]!.locale;
    expect(res.cookies).toEqual(expect.arrayContaining([
      `intl_locale=${locale}; Domain=.aliexpress.com; Path=/`,
      expect.stringMatching(new RegExp(`^aep_usuc_f=[^;]*b_locale=${locale}`)),
    ]));
  });

  it.each(COMPLETE_LANGUAGES)('%s: no English flow label is left on any page of the flows', async (lang) => {
    const left: string[] = [];
    for (const [sub, path, cookie] of FLOW_PAGES) {
      const host = sub === 'www' ? `${lang}.aliexpress.com` : `${sub}.aliexpress.com`;
      const res = await get(`http://${host}${path}`, [cookie, `intl_locale=${LANGUAGES[lang]!.locale}`].filter(Boolean).join('; '));
      expect(res.status, `${host}${path}`).toBe(200);
      for (const text of visibleTexts(res.body)) {
        const label = ALL_FLOW_LABELS.find((l) => keyMatches(l, text));
        if (label && translate(lang, label) !== label) left.push(`${host}${path}: ${text}`);
      }
    }
    expect(left).toEqual([]);
  });

  it.each(COMPLETE_LANGUAGES)('%s: links stay on the language host', async (lang) => {
    for (const [sub, path, cookie] of FLOW_PAGES) {
      const host = sub === 'www' ? `${lang}.aliexpress.com` : `${sub}.aliexpress.com`;
      const { body } = await get(`http://${host}${path}`, [cookie, `intl_locale=${LANGUAGES[lang]!.locale}`].filter(Boolean).join('; '));
      expect(body, `${host}${path}`).not.toMatch(/www\.aliexpress\.com/);
    }
    const home = await get(`http://${lang}.aliexpress.com/`);
    expect(home.body).toContain(`href="//${lang}.aliexpress.com/p/help-center/index.html"`);
    expect(home.body).toContain(`//login.aliexpress.com/?return=${encodeURIComponent(`http://${lang}.aliexpress.com/`)}`);
  });

  it('redirects keep the language host', async () => {
    const account = await get('http://es.aliexpress.com/p/account/index.html');
    expect(account.headers.location).toBe(`http://login.aliexpress.com/?return=${encodeURIComponent('http://es.aliexpress.com/p/account/index.html')}`);
    const signOut = await get('http://login.aliexpress.com/xman/xlogout.htm', `${SIGNED_IN}; intl_locale=de_DE`);
    expect(signOut.headers.location).toBe('http://de.aliexpress.com/');
  });

  it('the other language hosts answer with their language code, right to left where it applies', async () => {
    for (const [code, language] of Object.entries(LANGUAGES).filter(([code]) => !COMPLETE_LANGUAGES.includes(code))) {
      const res = await get(`http://${code}.aliexpress.com/`);
      expect(res.status, code).toBe(200);
      expect(res.body).toContain(`<html lang="${language.html}"${language.rtl ? ' dir="rtl"' : ''}>`);
      expect(res.body).toContain(`href="//${code}.aliexpress.com/"`);
    }
  });
});

describe('locale cookie on the account hosts', () => {
  it('intl_locale carries the language to login, passport, home, accounts and privacy', async () => {
    const cases: [url: string, cookie: string, lang: string, label: string][] = [
      ['http://login.aliexpress.com/', 'intl_locale=fr_FR', 'fr', 'Continue'],
      ['http://passport.aliexpress.com/mini_login.htm', 'intl_locale=pt_BR', 'pt', 'Email address or member ID'],
      ['http://home.aliexpress.com/index.htm', `${SIGNED_IN}; intl_locale=ru_RU`, 'ru', 'Account Settings'],
      ['http://accounts.aliexpress.com/user/organization/manage_person_profile.htm', `${SIGNED_IN}; intl_locale=de_DE`, 'de', 'Deactivate Account'],
      ['http://privacy.aliexpress.com/home', `${SIGNED_IN}; intl_locale=es_ES`, 'es', 'Delete my account'],
    ];
    for (const [url, cookie, lang, label] of cases) {
      const res = await get(url, cookie);
      expect(res.body, url).toContain(`<html lang="${LANGUAGES[lang]!.html}">`);
      expect(visibleTexts(res.body), url).toContain(translate(lang, label));
    }
  });

  it('b_locale in aep_usuc_f works when intl_locale is missing', async () => {
    const res = await get('http://login.aliexpress.com/', 'aep_usuc_f=site=glo&c_tp=EUR&region=DE&b_locale=de_DE');
    expect(visibleTexts(res.body)).toContain('Weiter');
  });

  it('the legacy login frame asks the passport host in the same language', async () => {
    const res = await get('http://login.aliexpress.com/buyer.htm', 'intl_locale=es_ES');
    expect(res.body).toContain('//passport.aliexpress.com/mini_login.htm?lang=es_es&');
  });

  it('the English site is served exactly as before, whatever the cookie', async () => {
    const plain = await get('http://www.aliexpress.com/', SIGNED_IN);
    const withCookie = await get('http://www.aliexpress.com/', `${SIGNED_IN}; intl_locale=es_ES`);
    expect(withCookie.body).toBe(plain.body);
    expect(plain.cookies).toEqual([]);
    expect(plain.body).toContain('<html lang="en">');
    const login = await get('http://login.aliexpress.com/', 'intl_locale=en_US');
    expect(login.body).toBe((await get('http://login.aliexpress.com/')).body);
    expect((await get('http://www.aliexpress.com/static/privacy.js', 'intl_locale=es_ES')).body)
      .toBe(readFileSync(`${FIXTURES_DIR}static/privacy.js`, 'utf8'));
  });
});

describe('page scripts and checks in the page language', () => {
  it('the privacy app checks the word its dialog asks for and counts down in the language', async () => {
    const es = (await get('http://privacy.aliexpress.com/static/privacy.js', 'intl_locale=es_ES')).body;
    expect(es).toContain("!== 'acepto'");
    expect(es).toContain("'Reenviar en ' + left + ' s'");
    expect(es).toContain("'El código de verificación no es correcto.'");
    const fr = (await get('http://privacy.aliexpress.com/static/privacy.js', 'intl_locale=fr_FR')).body;
    expect(fr).toContain("!== 'agree'");
    expect(fr).toContain("'Renvoyer dans '");
  });

  it.each(COMPLETE_LANGUAGES)('%s: the deactivation form accepts exactly the words it asks for', async (lang) => {
    const cookie = `${LEGACY}; intl_locale=${LANGUAGES[lang]!.locale}`;
    const words = translate(lang, 'Deactivate my account');
    const english = await get(SUBMIT, cookie, { form: { memberId: 'cn1234567890abc', confirmWords: 'Deactivate my account', reason: '3' } });
    if (words.toLowerCase() !== 'deactivate my account') {
      expect(visibleTexts(english.body)).toContain(translate(lang, 'Please type the words exactly as shown.'));
    }
    const local = await get(SUBMIT, cookie, { form: { memberId: 'cn1234567890abc', confirmWords: words, reason: '3' } });
    expect(visibleTexts(local.body)).toContain(translate(lang, 'Your account has been deactivated.'));
    expect(local.cookies[0]).toMatch(/^eg_session=; Domain=\.aliexpress\.com/);
  });

  it('the form on the English site still wants the English words', async () => {
    const res = await get(SUBMIT, LEGACY, { form: { memberId: 'x', confirmWords: 'Desactivar mi cuenta', reason: '3' } });
    expect(res.body).toContain('Please type the words exactly as shown.');
    expect((await get(DEACTIVATE, LEGACY)).body).toContain('Deactivate My Account');
  });
});

describe('regional sites', () => {
  it('aliexpress.us serves the English pages with every fixture host on aliexpress.us', async () => {
    const res = await get('http://aliexpress.us/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain(`//login.aliexpress.us/?return=${encodeURIComponent('http://aliexpress.us/')}`);
    expect(res.body).toContain('href="//aliexpress.us/p/help-center/index.html"');
    expect(res.body).not.toMatch(/(www|login|home|accounts|privacy|passport)\.aliexpress\.com/);
    expect((await get('http://www.aliexpress.us/')).status).toBe(200);
  });

  it('aliexpress.ru is Russian on every host, with its own login host', async () => {
    const home = await get('http://aliexpress.ru/', 'intl_locale=es_ES');
    expect(home.body).toContain('<html lang="ru">');
    expect(visibleTexts(home.body)).toContain('Аккаунт');
    expect(home.body).toContain('//login.aliexpress.ru/?return=');
    const login = await get('http://login.aliexpress.ru/');
    expect(visibleTexts(login.body)).toContain('Продолжить');
  });

  it('redirects, cookies and page scripts stay on the regional domain', async () => {
    expect((await get('http://accounts.aliexpress.ru/user/organization/deactive_account.htm', SIGNED_IN)).headers.location)
      .toBe('http://privacy.aliexpress.ru/home#/request/delete');
    expect((await get('http://privacy.aliexpress.us/home')).headers.location)
      .toBe(`http://login.aliexpress.us/?return=${encodeURIComponent('http://privacy.aliexpress.us/home')}`);
    const signOut = await get('http://login.aliexpress.us/xman/xlogout.htm', SIGNED_IN);
    expect(signOut.headers.location).toBe('http://aliexpress.us/');
    expect(signOut.cookies[0]).toMatch(/^eg_session=; Domain=\.aliexpress\.us; Path=\//);
    const login = (await get('http://login.aliexpress.ru/static/login.js')).body;
    expect(login).toContain("domain=.aliexpress.ru;");
    expect(login).toContain('/(^|\\.)aliexpress\\.ru$/');
  });

  it('the demo routes can send a browser on to a regional site', async () => {
    const res = await get(`http://www.aliexpress.com/__demo/reset?next=${encodeURIComponent('http://aliexpress.us/')}`);
    expect(res.headers.location).toBe('http://aliexpress.us/');
  });
});
