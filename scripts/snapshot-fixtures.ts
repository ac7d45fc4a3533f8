// Saves the fixture pages as a person sees them, state by state, for the engine's unit tests
// (test/engine/pages.test.ts). Run: npx tsx scripts/snapshot-fixtures.ts
// A real Chromium drives each page with real input (click, hover, typing); no extension is
// loaded. Script contents are stripped, so happy-dom never runs them. Typed values are not
// part of outerHTML: the tests type them again.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startFixtureServer } from '../test/server/fixtureServer.ts';

const OUT = path.resolve('test/fixtures/snapshots');
const WWW = 'http://www.aliexpress.com';
const PRIVACY = 'http://privacy.aliexpress.com/home';

const index: Record<string, { url: string; state: string }> = {};

/** The page's markup without script bodies (src kept), headed by where and when it was taken. */
function serialise(html: string, url: string, state: string): string {
  const stripped = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, '<script$1></script>');
  const note = `${url}, ${state}, ${new Date().toISOString()}`.replace(/--/g, '- -');
  return `<!-- snapshot of ${note} -->\n<!doctype html>\n${stripped}\n`;
}

async function save(page: Page, name: string, state: string): Promise<void> {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const url = page.url();
  writeFileSync(path.join(OUT, `${name}.html`), serialise(html, url, state));
  index[name] = { url, state };
  console.log(`${name.padEnd(28)} ${url}`);
}

/** A fresh cookie jar with the demo cookies set through the server's own route. */
async function open(browser: Browser, cookies: Record<string, string>, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const query = new URLSearchParams({ ...cookies, next: url });
  await page.goto(Object.keys(cookies).length ? `${WWW}/__demo/set?${query}` : url);
  await page.waitForLoadState('load');
  return page;
}

const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).first();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function signedOut(browser: Browser): Promise<void> {
  const page = await open(browser, {}, `${WWW}/`);
  await save(page, 'home-signed-out', 'home page, signed out, Account flyout closed');
  await page.hover('[data-role="user-account-top"]');
  await page.waitForSelector('[data-role="user-account-main"]:not([hidden])');
  await save(page, 'home-signed-out-flyout', 'home page, signed out, pointer on Account: flyout open');
  await page.mouse.move(5, 600);
  await page.goto(`${WWW}/item/1005001234567890.html`);
  await save(page, 'product-signed-out', 'product page, signed out');
  await page.click('a[data-role="sign-link"]');
  await page.waitForURL(/login\.aliexpress\.com/);
  await save(page, 'login-email', 'current login, email step (nothing typed)');
  await page.getByPlaceholder('Email or phone number').click();
  await page.keyboard.type('priya@example.com');
  await button(page, 'Continue').click();
  await page.waitForSelector('input[type="password"]');
  await save(page, 'login-password', 'current login, password step after typing an email and Continue');
  await button(page, 'Sign in').click();
  await page.waitForSelector('.login--error--2SQc1eZ:not([hidden])');
  await save(page, 'login-password-error', 'current login, password step after Sign in with no password: error shown');
  await page.context().close();
}

async function legacyLogin(browser: Browser): Promise<void> {
  const page = await open(browser, { eg_login: 'legacy' }, `${WWW}/`);
  await page.click('a[data-role="sign-link"]');
  await page.waitForURL(/buyer\.htm/);
  await page.waitForSelector('#alibaba-login-box');
  await save(page, 'login-legacy', 'legacy login top page (buyer.htm) with the sign-in frame');
  const frameSrc = await page.getAttribute('#alibaba-login-box', 'src');
  await page.goto(new URL(frameSrc ?? '', page.url()).href);
  await save(page, 'mini-login', 'legacy mini_login page (the frame itself), nothing typed');
  await page.context().close();
}

async function deactivation(browser: Browser): Promise<void> {
  const page = await open(browser, { eg_session: '1', eg_era: 'legacy' }, `${WWW}/`);
  await save(page, 'home-signed-in', 'home page, signed in, Account menu closed');
  await page.hover('[data-role="user-account-top"]');
  await page.waitForSelector('[data-role="user-account-main"]:not([hidden])');
  await save(page, 'home-signed-in-menu', 'home page, signed in, pointer on Account: menu open');
  await link(page, 'My AliExpress').click();
  await page.waitForURL(/home\.aliexpress\.com\/index\.htm/);
  await save(page, 'my-aliexpress', 'My AliExpress (legacy home.aliexpress.com)');
  await link(page, 'Account Settings').click();
  await page.waitForURL(/account_settings\.htm/);
  await save(page, 'account-settings', 'account settings page');
  await link(page, 'Edit Member Profile').click();
  await page.waitForURL(/manage_person_profile\.htm/);
  await save(page, 'edit-profile', 'Edit Member Profile, Deactivate Account at the top');
  await link(page, 'Deactivate Account').click();
  await page.waitForURL(/deactive_account\.htm/);
  await save(page, 'deactivate-form', 'legacy deactivation form, empty');
  await page.click('input[name="memberId"]');
  await page.keyboard.type('cn1234567890abc');
  await page.click('input[name="confirmWords"]');
  await page.keyboard.type('deactivate account');
  await page.getByLabel('I receive too many emails').check();
  await button(page, 'Deactivate My Account').click();
  await page.waitForSelector('.ui-feedback-error');
  await save(page, 'deactivate-wrong-words', 'legacy form re-rendered after submitting the wrong words ("deactivate account"): error shown, reason cleared');
  await page.fill('input[name="confirmWords"]', '');
  await page.click('input[name="confirmWords"]');
  await page.keyboard.type('Deactivate my account');
  await button(page, 'Deactivate My Account').click();
  await page.waitForSelector('text=Please choose a reason');
  await save(page, 'deactivate-no-reason', 'legacy form re-rendered after submitting the right words but no reason: error shown');
  await page.getByLabel('I receive too many emails').check();
  await button(page, 'Deactivate My Account').click();
  await page.waitForSelector('text=has been deactivated');
  await save(page, 'deactivate-done', 'legacy deactivation success page (now signed out)');
  await page.context().close();
}

async function currentAccount(browser: Browser): Promise<void> {
  const page = await open(browser, { eg_session: '1' }, `${WWW}/p/account/index.html`);
  await save(page, 'account-current', 'current account page (/p/account/), signed in');
  const nearMisses: [string, string, string][] = [
    ['orders', `${WWW}/p/order/index.html`, 'orders page, signed in'],
    ['product', `${WWW}/item/1005001234567890.html`, 'product page, signed in'],
    ['addresses', 'http://ilogisticsaddress.aliexpress.com/addressList.htm', 'shipping addresses, signed in (Delete address buttons)'],
    ['security', `${WWW}/p/account-center/security.html`, 'account security page, signed in'],
    ['find-password', `${WWW}/p/account-center/find-password.html`, 'find-password (reset) page'],
    ['not-found', `${WWW}/p/no-such-page.html`, '404 page, signed in'],
    ['captcha', `${WWW}/_____tmd_____/punish?x5secdata=abc`, 'slider captcha page, not yet solved'],
  ];
  for (const [name, url, state] of nearMisses) {
    await page.goto(url);
    await save(page, name, state);
  }
  await page.context().close();
}

async function deletion(browser: Browser): Promise<void> {
  const page = await open(browser, { eg_session: '1' }, `${PRIVACY}#/`);
  await page.waitForSelector('#app h1');
  await save(page, 'privacy-home', 'Privacy Center home view (#/)');
  await page.click('a[href="#/request/delete"]');
  await button(page, 'Delete my account').waitFor();
  await save(page, 'privacy-request-delete', 'delete request view (#/request/delete), red Delete my account button');
  await button(page, 'Delete my account').click();
  await page.waitForSelector('[role="dialog"]');
  await save(page, 'privacy-agree-dialog', 'agree dialog open, nothing typed (Delete disabled)');
  await page.keyboard.type('agree');
  await button(page, 'Delete').click();
  await page.waitForURL(/#\/request\/delete\/verify$/);
  await button(page, 'Get code').waitFor();
  await save(page, 'privacy-verify', 'verify view before Get code');
  await button(page, 'Get code').click();
  await page.waitForSelector('text=Code sent');
  await save(page, 'privacy-verify-code-sent', 'verify view after Get code: Code sent, Resend countdown');
  await page.click('.batman-verify input');
  await page.keyboard.type('000000');
  await button(page, 'Verify').click();
  await page.waitForSelector('.fm-error-tip:not([hidden])');
  await save(page, 'privacy-verify-wrong-code', 'verify view after a wrong code (000000) and Verify: error shown');
  await page.fill('.batman-verify input', '');
  await page.click('.batman-verify input');
  await page.keyboard.type('123456');
  await button(page, 'Verify').click();
  await page.waitForURL(/#\/request\/delete\/confirm$/);
  await save(page, 'privacy-confirm', 'final confirm view, checkbox not ticked (Delete account disabled)');
  await page.getByRole('checkbox').check();
  await button(page, 'Delete account').click();
  await page.waitForURL(/#\/request\/delete\/done$/);
  await save(page, 'privacy-done', 'done view: request submitted');
  await page.context().close();
}

async function openOrders(browser: Browser): Promise<void> {
  const page = await open(browser, { eg_session: '1', eg_open_orders: '1' }, `${PRIVACY}#/request/delete`);
  await button(page, 'Delete my account').click();
  await page.waitForSelector('[role="dialog"]');
  await page.keyboard.type('agree');
  await button(page, 'Delete').click();
  await page.waitForSelector('text=cannot be deleted yet');
  await save(page, 'privacy-open-orders', 'open orders: "Your account cannot be deleted yet" pop-up after agree and Delete');
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith('.html')) rmSync(path.join(OUT, file));
  const server = await startFixtureServer({ port: 0 });
  const local = `127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--host-resolver-rules=MAP *.aliexpress.com ${local}, MAP aliexpress.com ${local}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
  try {
    for (const scene of [signedOut, legacyLogin, deactivation, currentAccount, deletion, openOrders]) await scene(browser);
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(OUT, 'index.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${Object.keys(sorted).length} snapshots in ${path.relative(process.cwd(), OUT)}`);
}

await main();
