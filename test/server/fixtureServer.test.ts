// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture, type FixtureRequest } from './httpClient.ts';
import { ROUTES } from './routes.ts';

let server: FixtureServer;
const get = (url: string, cookie = '', extra: Partial<FixtureRequest> = {}) =>
  fetchFixture(server.port, { url, cookie, ...extra });

beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(() => server.close());

const SIGNED_IN = 'eg_session=1';

/** One sample URL per route, with the status a signed-in legacy-era visitor gets. */
const SAMPLES: [url: string, status: number][] = [
  ['http://www.aliexpress.com/', 200],
  ['http://www.aliexpress.com/index.html', 200],
  ['http://www.aliexpress.com/wholesale?SearchText=earbuds', 200],
  ['http://www.aliexpress.com/item/1005001234567890.html', 200],
  ['http://www.aliexpress.com/p/ug-login-page/login.html', 200],
  ['http://www.aliexpress.com/p/account-center/find-password.html', 200],
  ['http://www.aliexpress.com/p/help-center/index.html', 200],
  ['http://www.aliexpress.com/p/shoppingcart/index.html', 200],
  ['http://www.aliexpress.com/p/account/index.html', 200],
  ['http://www.aliexpress.com/p/order/index.html', 200],
  ['http://www.aliexpress.com/p/order/detail.html?orderId=8187654321009812', 200],
  ['http://www.aliexpress.com/p/account-center/security.html', 200],
  ['http://www.aliexpress.com/p/wish-manage/index.html', 200],
  ['http://www.aliexpress.com/p/my-coupons/index.html', 200],
  ['http://www.aliexpress.com/p/message/index.html', 200],
  ['http://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc', 200],
  ['http://www.aliexpress.com/__demo/reset', 204],
  ['http://www.aliexpress.com/__demo/set?eg_era=legacy', 204],
  ['http://login.aliexpress.com/', 200],
  ['http://login.aliexpress.com/buyer.htm?return=http%3A%2F%2Fwww.aliexpress.com%2F', 200],
  ['http://login.aliexpress.com/express/mulSiteLogin.htm', 200],
  ['http://login.aliexpress.com/xman/xlogout.htm', 302],
  ['http://passport.aliexpress.com/mini_login.htm?lang=en_us&appName=aebuyer&return=x', 200],
  ['http://passport.aliexpress.com/iv/mini/identity_verify.htm?identity_verify_token=x', 200],
  ['http://home.aliexpress.com/', 302],
  ['http://home.aliexpress.com/index.htm', 200],
  ['http://home.aliexpress.com/settings/profile', 302],
  ['http://my.aliexpress.com/', 302],
  ['http://accounts.aliexpress.com/user/account_settings.htm', 200],
  ['http://accounts.aliexpress.com/user/organization/manage_person_profile.htm?spm=a2g0o.home.0.0', 200],
  ['http://accounts.aliexpress.com/user/organization/upload_photo.htm', 200],
  ['http://accounts.aliexpress.com/user/organization/change_email.htm', 200],
  ['http://accounts.aliexpress.com/user/organization/change_password.htm', 200],
  ['http://accounts.aliexpress.com/user/email_notifications.htm', 200],
  ['http://accounts.aliexpress.com/user/organization/deactive_account.htm', 200],
  ['http://accounts.aliexpress.com/user/organization/deactive_account_submit.htm', 302],
  ['http://privacy.aliexpress.com/', 302],
  ['http://privacy.aliexpress.com/home', 200],
  ['http://privacy.aliexpress.com/api/delete/precheck', 405],
  ['http://ilogisticsaddress.aliexpress.com/addressList.htm', 200],
];

describe('every route answers', () => {
  it('has a sample for each route in the table', () => {
    for (const route of ROUTES) {
      const covered = SAMPLES.some(([sample]) => {
        const url = new URL(sample);
        const host = url.hostname === 'aliexpress.com' ? 'www.aliexpress.com' : url.hostname;
        const path = route.path;
        return host === route.host && (typeof path === 'string' ? path === url.pathname : path.test(url.pathname));
      });
      expect(covered, `${route.host}${route.path}`).toBe(true);
    }
  });

  it.each(SAMPLES)('%s -> %i', async (url, status) => {
    const res = await get(url, `${SIGNED_IN}; eg_era=legacy`);
    expect(res.status).toBe(status);
    expect(res.body).not.toMatch(/\{\{|<!--#/);
  });

  it('serves the same site on aliexpress.com and www', async () => {
    const bare = await get('http://aliexpress.com/', SIGNED_IN);
    expect(bare.status).toBe(200);
    expect(bare.body).toContain('Welcome back, Priya');
  });

  it('serves shared static files on every fixture host', async () => {
    for (const host of ['www', 'privacy', 'passport']) {
      const css = await get(`http://${host}.aliexpress.com/static/site.css`);
      expect(css.status).toBe(200);
      expect(css.headers['content-type']).toContain('text/css');
    }
  });
});

describe('sign-in redirects', () => {
  it.each([
    'http://home.aliexpress.com/index.htm',
    'http://accounts.aliexpress.com/user/account_settings.htm',
    'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm?spm=a2g0o.home.0.0',
    'http://privacy.aliexpress.com/home',
    'http://www.aliexpress.com/p/account/index.html',
    'http://www.aliexpress.com/p/order/index.html',
  ])('%s sends a signed-out visitor to the login page', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`http://login.aliexpress.com/?return=${encodeURIComponent(url)}`);
  });

  it('uses the legacy login when eg_login=legacy', async () => {
    const res = await get('http://home.aliexpress.com/index.htm', 'eg_login=legacy');
    expect(res.headers.location).toBe(
      `http://login.aliexpress.com/buyer.htm?return=${encodeURIComponent('http://home.aliexpress.com/index.htm')}`,
    );
  });

  it('keeps the port of the request in redirects', async () => {
    const res = await get('http://home.aliexpress.com:8080/index.htm');
    expect(res.headers.location).toMatch(/^http:\/\/login\.aliexpress\.com:8080\/\?return=/);
  });

  it('leaves public pages open', async () => {
    for (const url of ['http://www.aliexpress.com/', 'http://login.aliexpress.com/', 'http://www.aliexpress.com/item/1005001234567890.html']) {
      expect((await get(url)).status).toBe(200);
    }
  });
});

describe('legacy deactivation link', () => {
  const legacyUrl = 'http://accounts.aliexpress.com/user/organization/deactive_account.htm';

  it('leads to deletion in the current era, signed in or not', async () => {
    for (const cookie of ['', SIGNED_IN, `${SIGNED_IN}; eg_era=current`]) {
      const res = await get(legacyUrl, cookie);
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('http://privacy.aliexpress.com/home#/request/delete');
    }
  });

  it('shows the form in the legacy era and asks to sign in first', async () => {
    expect((await get(legacyUrl, 'eg_era=legacy')).headers.location).toMatch(/^http:\/\/login\.aliexpress\.com\/\?return=/);
    const page = await get(legacyUrl, `${SIGNED_IN}; eg_era=legacy`);
    expect(page.body).toContain('Deactivate My Account');
  });
});

describe('demo state cookies', () => {
  it('sets known cookies on .aliexpress.com and answers 204', async () => {
    const res = await get('http://www.aliexpress.com/__demo/set?eg_era=legacy&eg_open_orders=1');
    expect(res.status).toBe(204);
    expect(res.cookies).toEqual([
      'eg_era=legacy; Domain=.aliexpress.com; Path=/',
      'eg_open_orders=1; Domain=.aliexpress.com; Path=/',
    ]);
  });

  it('redirects to `next` instead of 204 when asked (for browser tabs)', async () => {
    const res = await get('http://www.aliexpress.com/__demo/set?eg_session=1&next=http%3A%2F%2Fhome.aliexpress.com%2Findex.htm');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('http://home.aliexpress.com/index.htm');
    expect(res.cookies).toEqual(['eg_session=1; Domain=.aliexpress.com; Path=/']);
  });

  it('refuses unknown cookie names', async () => {
    expect((await get('http://www.aliexpress.com/__demo/set?xman_t=1')).status).toBe(400);
  });

  it('reset expires every demo cookie', async () => {
    const res = await get('http://www.aliexpress.com/__demo/reset', SIGNED_IN);
    const names = res.cookies.map((c) => c.split('=')[0]);
    expect(names).toEqual(['eg_session', 'eg_era', 'eg_open_orders', 'eg_login', 'eg_variant']);
    for (const cookie of res.cookies) expect(cookie).toMatch(/Domain=\.aliexpress\.com; Path=\/; Max-Age=0/);
  });

  it('sign out clears the session and goes home', async () => {
    const res = await get('http://login.aliexpress.com/xman/xlogout.htm', SIGNED_IN);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('http://www.aliexpress.com/');
    expect(res.cookies[0]).toMatch(/^eg_session=; Domain=\.aliexpress\.com; Path=\/; Max-Age=0/);
  });
});

describe('proxy-form requests', () => {
  it('routes on the absolute URL, not the Host header', async () => {
    const res = await get('http://www.aliexpress.com/', SIGNED_IN, { proxyForm: true });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Welcome back, Priya');
  });

  it('redirects with the host of the absolute URL', async () => {
    const res = await get('http://privacy.aliexpress.com/home', '', { proxyForm: true });
    expect(res.headers.location).toBe(
      `http://login.aliexpress.com/?return=${encodeURIComponent('http://privacy.aliexpress.com/home')}`,
    );
  });
});

describe('not found', () => {
  it.each([
    'http://www.aliexpress.com/no/such/page.html',
    'http://www.aliexpress.com/item/999.html',
    'http://example.com/',
    // ru.aliexpress.com is the Russian storefront now (localize.test.ts); xx. is no language.
    'http://xx.aliexpress.com/',
  ])('%s answers a 404 page', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Sorry, the page you requested cannot be found');
  });
});
