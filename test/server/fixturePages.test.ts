// @vitest-environment node
// Page content the extension's tests rely on, and house rules for every fixture page.
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture } from './httpClient.ts';
import { KNOWN_HOSTS } from './routes.ts';
import { FIXTURES_DIR } from './template.ts';

let server: FixtureServer;
const window = new Window();
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  await window.happyDOM.close();
});

const SIGNED_IN = 'eg_session=1';
async function open(url: string, cookie = SIGNED_IN): Promise<Document> {
  const res = await fetchFixture(server.port, { url, cookie });
  expect(res.status, url).toBe(200);
  return new window.DOMParser().parseFromString(res.body, 'text/html') as unknown as Document;
}
const texts = (doc: ParentNode, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

const PAGES = [
  'http://www.aliexpress.com/',
  'http://www.aliexpress.com/p/account/index.html',
  'http://www.aliexpress.com/p/order/index.html',
  'http://www.aliexpress.com/p/account-center/security.html',
  'http://www.aliexpress.com/p/wish-manage/index.html',
  'http://www.aliexpress.com/item/1005001234567890.html',
  'http://home.aliexpress.com/index.htm',
  'http://accounts.aliexpress.com/user/account_settings.htm',
  'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm',
  'http://accounts.aliexpress.com/user/organization/deactive_account.htm',
  'http://privacy.aliexpress.com/home',
  'http://ilogisticsaddress.aliexpress.com/addressList.htm',
  'http://login.aliexpress.com/',
  'http://login.aliexpress.com/buyer.htm',
];

describe('house rules', () => {
  const files = (dir: string): [string, string][] =>
    readdirSync(FIXTURES_DIR + dir).map((f) => [f, readFileSync(`${FIXTURES_DIR}${dir}/${f}`, 'utf8')]);

  it.each([...files('pages'), ...files('partials')])('%s uses protocol-relative links and no test hooks', (_, html) => {
    expect(html).not.toMatch(/(href|src|action)="https?:/);
    expect(html).not.toMatch(/data-testid|__demo/);
    expect(html).not.toMatch(/dispatchEvent|\.click\(\)/);
  });

  it.each(files('static').filter(([f]) => f.endsWith('.js')))('%s never fakes events', (_, js) => {
    expect(js).not.toMatch(/dispatchEvent|\.click\(\)|new (Mouse|Keyboard|Pointer)?Event\(/);
  });

  it('has no dead links between fixture pages', async () => {
    const targets = new Set<string>();
    for (const url of PAGES) {
      const doc = await open(url, `${SIGNED_IN}; eg_era=legacy`);
      for (const el of doc.querySelectorAll('a[href], iframe[src], form[action]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        const target = new URL(raw, url);
        target.hash = '';
        if (KNOWN_HOSTS.has(target.hostname)) targets.add(target.href);
      }
    }
    for (const target of targets) {
      const res = await fetchFixture(server.port, { url: target, cookie: `${SIGNED_IN}; eg_era=legacy` });
      expect(res.status, target).not.toBe(404);
    }
  });
});

describe('header', () => {
  it('signed out: Sign in / Join links and a hidden Account flyout', async () => {
    const doc = await open('http://www.aliexpress.com/', '');
    const signIn = doc.querySelector('span.account-unsigned a[data-role=sign-link]');
    expect(signIn?.getAttribute('href')).toBe('//login.aliexpress.com/?return=http%3A%2F%2Fwww.aliexpress.com%2F');
    expect(doc.querySelector('a[data-role=join-link]')?.textContent).toBe('Join');
    const flyout = doc.querySelector('#nav-user-account [data-role=user-account-main]');
    expect(flyout?.hasAttribute('hidden')).toBe(true);
    expect(texts(flyout!, 'a')).toEqual(expect.arrayContaining(['Sign in', 'Register']));
    expect(doc.querySelector('[data-role=user-account-top]')?.textContent).toContain('Account');
  });

  it('signed out with eg_login=legacy: Sign in goes to the iframe login', async () => {
    const doc = await open('http://www.aliexpress.com/', 'eg_login=legacy');
    expect(doc.querySelector('a[data-role=sign-link]')?.getAttribute('href')).toMatch(/^\/\/login\.aliexpress\.com\/buyer\.htm\?return=/);
  });

  it('signed in: welcome text and the flyout links', async () => {
    const doc = await open('http://www.aliexpress.com/');
    expect(doc.querySelector('[data-role=user-account-top]')?.textContent).toContain('Welcome back, Priya');
    expect(doc.querySelector('[data-role=myaliexpress]')?.getAttribute('href')).toBe('//home.aliexpress.com/index.htm');
    expect(doc.querySelector('[data-role=signout-btn]')?.getAttribute('href')).toBe('//login.aliexpress.com/xman/xlogout.htm');
    expect(texts(doc, '[data-role=user-account-main] a')).toEqual(
      ['My AliExpress', 'My Orders', 'Message Center', 'Wish List', 'My Coupons', 'Sign Out'],
    );
  });

  it('home page carries the noise: 60 product cards and a cookie banner', async () => {
    const doc = await open('http://www.aliexpress.com/');
    expect(doc.querySelectorAll('a[href*="/item/"]').length).toBeGreaterThanOrEqual(60);
    expect(texts(doc, 'button').filter((t) => t === 'Add to cart').length).toBe(60);
    expect(texts(doc, 'footer a').length).toBeGreaterThan(40);
    expect(doc.querySelector('[aria-label="Cookie preferences"]')).not.toBeNull();
  });
});

describe('login pages', () => {
  it('current login starts with the email step', async () => {
    const doc = await open('http://login.aliexpress.com/?return=x', '');
    const input = doc.querySelector('form input') as HTMLInputElement;
    expect(input.getAttribute('type')).toBe('text');
    expect(input.getAttribute('placeholder')).toBe('Email or phone number');
    expect(input.id).toBe('');
    expect(doc.querySelector('button.comet-btn.comet-btn-primary')?.textContent).toBe('Continue');
    expect(doc.querySelector('form input[type=password]')).toBeNull();
  });

  it('legacy login embeds the passport iframe with the return URL', async () => {
    const doc = await open('http://login.aliexpress.com/buyer.htm?return=http%3A%2F%2Fhome.aliexpress.com%2Findex.htm', '');
    expect(doc.querySelector('iframe#alibaba-login-box')?.getAttribute('src')).toBe(
      '//passport.aliexpress.com/mini_login.htm?lang=en_us&appName=aebuyer&return=http%3A%2F%2Fhome.aliexpress.com%2Findex.htm',
    );
    const mini = await open('http://passport.aliexpress.com/mini_login.htm', '');
    expect(mini.querySelector('#fm-login-submit.fm-button.fm-submit.password-login')?.textContent).toBe('Sign In');
    expect(mini.querySelector('#fm-login-id')).not.toBeNull();
    expect(mini.querySelector('#fm-login-password[type=password]')).not.toBeNull();
  });
});
