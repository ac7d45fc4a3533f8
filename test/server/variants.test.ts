// @vitest-environment node
// The page variants of test/server/variants/: each transform does what it models, keeps the
// page working (scripts parse, the names scripts query exist), and leaves the rest alone.
import { Script } from 'node:vm';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture } from './httpClient.ts';
import { hashedName } from './variants/hashed.ts';
import { LATE_MAX_MS, LATE_MIN_MS } from './variants/late.ts';
import { SUBMIT_CLASS, navClass } from './variants/swapped.ts';
import { VARIANT_NAMES } from './variants/index.ts';

let server: FixtureServer;
const window = new Window();
beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await window.happyDOM.close();
});

const SIGNED_IN = 'eg_session=1';
const LEGACY = 'eg_session=1; eg_era=legacy';

async function html(url: string, variant: string, cookie = SIGNED_IN): Promise<string> {
  const res = await fetchFixture(server.port, { url, cookie: `${cookie}; eg_variant=${variant}` });
  expect(res.status, `${variant} ${url}`).toBe(200);
  return res.body;
}
const parse = (text: string) => new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
async function doc(url: string, variant: string, cookie = SIGNED_IN): Promise<Document> {
  return parse(await html(url, variant, cookie));
}
async function asset(name: string, variant: string): Promise<string> {
  return (await fetchFixture(server.port, { url: `http://www.aliexpress.com/static/${name}`, cookie: `eg_variant=${variant}` })).body;
}

/** Elements of a page and of its <template>s (the privacy app's views, the login password step). */
function everyElement(page: Document): Element[] {
  const all: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.tagName === 'TEMPLATE') visit((el as HTMLTemplateElement).content);
    }
  };
  visit(page);
  return all;
}

const PAGES: [url: string, cookie: string][] = [
  ['http://www.aliexpress.com/', ''],
  ['http://www.aliexpress.com/', SIGNED_IN],
  ['http://login.aliexpress.com/?return=x', ''],
  ['http://login.aliexpress.com/buyer.htm?return=x', ''],
  ['http://passport.aliexpress.com/mini_login.htm?return=x', ''],
  ['http://home.aliexpress.com/index.htm', SIGNED_IN],
  ['http://www.aliexpress.com/p/account/index.html', SIGNED_IN],
  ['http://accounts.aliexpress.com/user/account_settings.htm', SIGNED_IN],
  ['http://accounts.aliexpress.com/user/organization/manage_person_profile.htm', SIGNED_IN],
  ['http://accounts.aliexpress.com/user/organization/deactive_account.htm', LEGACY],
  ['http://privacy.aliexpress.com/home', SIGNED_IN],
  ['http://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc', ''],
];

function expectScriptsParse(page: string, where: string): void {
  for (const [, body] of page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    expect(() => new Script(body!), where).not.toThrow();
  }
}

describe('choosing variants', () => {
  it('knows every variant by name, and the benchmark\'s own values', async () => {
    for (const value of [VARIANT_NAMES.join(','), 'heavy', 'hashed, late']) {
      const res = await fetchFixture(server.port, { url: `http://www.aliexpress.com/__demo/set?eg_variant=${encodeURIComponent(value)}` });
      expect(res.status, value).toBe(204);
    }
  });

  it('refuses an unknown variant, naming the known ones', async () => {
    const res = await fetchFixture(server.port, { url: 'http://www.aliexpress.com/__demo/set?eg_variant=hashed,zoomed' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Unknown page variant zoomed');
    expect(res.body).toContain('hashed');
  });

  it('applies variants in a fixed order, whatever the cookie\'s order, and the same way every time', async () => {
    const a = await html('http://www.aliexpress.com/', 'late,hashed,swapped');
    const b = await html('http://www.aliexpress.com/', 'swapped, hashed,late');
    expect(a).toBe(b);
  });

  it('every page, under every variant at once, still parses with working scripts', async () => {
    for (const [url, cookie] of PAGES) {
      const page = await html(url, VARIANT_NAMES.join(','), cookie);
      expect(parse(page).querySelector('body')).not.toBeNull();
      expectScriptsParse(page, url);
    }
  });
});

describe('hashed', () => {
  const HASHED_CLASS = /^(comet-v2-[\w-]+|[a-z]{2}--[a-z]+--[0-9A-Za-z]{7})$/;

  it.each(PAGES)('%s: no data-role, data-spm, comment or original id; every class renamed', async (url, cookie) => {
    const text = await html(url, 'hashed', cookie);
    expect(text).not.toMatch(/data-role|data-spm|<!--/);
    const page = parse(text);
    for (const el of everyElement(page)) {
      for (const name of Array.from(el.classList)) expect(name, `${el.tagName} on ${url}`).toMatch(HASHED_CLASS);
      if (el.id) expect(el.id).toMatch(HASHED_CLASS);
    }
    expectScriptsParse(text, url);
  });

  it('drops the legacy hooks the facts file lists, keeps names, types, roles and labels', async () => {
    const mini = await doc('http://passport.aliexpress.com/mini_login.htm?return=x', 'hashed', '');
    expect(mini.querySelector('#fm-login-id, #fm-login-password, #fm-login-submit, .fm-submit')).toBeNull();
    expect(mini.querySelector('input[name="loginId"][autocomplete="username"]')).not.toBeNull();
    const form = await doc('http://accounts.aliexpress.com/user/organization/deactive_account.htm', 'hashed', LEGACY);
    const memberId = form.querySelector('input[name="memberId"]')!;
    expect(form.querySelector(`label[for="${memberId.id}"]`)?.textContent).toBe('Member ID or email:');
    const home = await doc('http://www.aliexpress.com/', 'hashed', '');
    expect(home.querySelector('#nav-user-account, [data-role]')).toBeNull();
    expect(home.querySelector(`.${hashedName('role-sign-link')}`)?.textContent).toBe('Sign in');
  });

  it('puts icons inside buttons and links, and wrappers inside list items, cells and regions', async () => {
    const page = await doc('http://privacy.aliexpress.com/home', 'hashed');
    const views = everyElement(page);
    const button = views.find((el) => el.tagName === 'BUTTON' && el.textContent === 'Delete my account')!;
    expect(button.querySelector('i > svg[aria-hidden="true"]')).not.toBeNull();
    expect(button.querySelector('span')?.textContent).toBe('Delete my account');
    const menu = await doc('http://home.aliexpress.com/index.htm', 'hashed');
    const item = Array.from(menu.querySelectorAll('li')).find((li) => li.textContent === 'Account Settings')!;
    expect(item.firstElementChild?.tagName).toBe('DIV');
    expect(item.querySelector('a > svg')).not.toBeNull();
  });

  it('renames the stylesheets and the page scripts alike: every class or id a script queries exists', async () => {
    const urls: [string, string][] = [
      ...PAGES,
      ['http://www.aliexpress.com/p/wish-manage/index.html', SIGNED_IN],
      ['http://www.aliexpress.com/item/1005001234567890.html', SIGNED_IN],
    ];
    const elements = (await Promise.all(urls.map(([url, cookie]) => doc(url, 'hashed', cookie)))).flatMap(everyElement);
    const classes = new Set(elements.flatMap((el) => Array.from(el.classList)));
    const ids = new Set(elements.map((el) => el.id).filter(Boolean));
    // A bare name may be one the script adds itself (captcha.js: classList.add): then CSS styles it.
    const styles = (await asset('site.css', 'hashed')) + (await asset('privacy.css', 'hashed')) + (await Promise.all(urls.map(([url, cookie]) => html(url, 'hashed', cookie)))).join('');
    for (const name of ['site.js', 'login.js', 'login-legacy.js', 'mini-login.js', 'privacy.js', 'captcha.js']) {
      const js = await asset(name, 'hashed');
      expect(() => new Script(js), name).not.toThrow();
      for (const [, literal] of js.matchAll(/'([^'\n]*)'/g)) {
        for (const [, sigil, token] of literal!.matchAll(/([.#]?)([a-z]{2}--[a-z]+--[0-9A-Za-z]{7})/g)) {
          const found = sigil === '.' ? classes.has(token!) : sigil === '#' ? ids.has(token!) : classes.has(token!) || ids.has(token!) || styles.includes(`.${token}`);
          expect(found, `${name} names ${sigil}${token} ('${literal}')`).toBe(true);
        }
      }
    }
    const css = await asset('site.css', 'hashed');
    expect(css).not.toContain('.pc-header--wrap--2xzv1Ue');
    expect(css).toContain(`.${hashedName('pc-header--wrap--2xzv1Ue')}`);
    expect(css).toContain('.comet-v2-btn-primary');
  });
});

describe('swapped', () => {
  it('turns every button into a div with role button, keeping classes, and marks the submit ones', async () => {
    const login = await doc('http://login.aliexpress.com/?return=x', 'swapped', '');
    expect(everyElement(login).filter((el) => el.tagName === 'BUTTON')).toEqual([]);
    const cont = Array.from(login.querySelectorAll('div[role="button"][tabindex="0"]')).find((el) => el.textContent === 'Continue')!;
    expect(cont.classList.contains('comet-btn-primary')).toBe(true);
    expect(cont.classList.contains(SUBMIT_CLASS)).toBe(true);
    expect(cont.hasAttribute('type')).toBe(false);
    const privacy = everyElement(await doc('http://privacy.aliexpress.com/home', 'swapped'));
    const agreeDelete = privacy.find((el) => el.getAttribute('role') === 'button' && el.textContent === 'Delete')!;
    expect(agreeDelete.getAttribute('aria-disabled')).toBe('true');
    expect(agreeDelete.classList.contains(SUBMIT_CLASS)).toBe(false);
  });

  it('renders the way-out links as buttons that navigate, their targets kept in the page script', async () => {
    const text = await html('http://accounts.aliexpress.com/user/account_settings.htm', 'swapped');
    const page = parse(text);
    const edit = Array.from(page.querySelectorAll('[role="button"]')).find((el) => el.textContent === 'Edit Member Profile')!;
    expect(edit.tagName).toBe('DIV');
    expect(edit.hasAttribute('href')).toBe(false);
    const href = '//accounts.aliexpress.com/user/organization/manage_person_profile.htm?spm=a2g0o.home.0.0';
    expect(edit.classList.contains(navClass(href))).toBe(true);
    expect(text).toContain(`"${navClass(href)}":"${href}"`);
    // The "Edit" link beside it stays a link.
    expect(Array.from(page.querySelectorAll('a')).some((a) => a.textContent === 'Edit')).toBe(true);
    const privacy = everyElement(await doc('http://privacy.aliexpress.com/home', 'swapped'));
    expect(privacy.find((el) => el.getAttribute('href') === '#/request/delete')).toBeUndefined();
  });

  it('loads its page script first, before the page\'s own', async () => {
    const text = await html('http://login.aliexpress.com/?return=x', 'swapped', '');
    expect(text.indexOf('variant-swapped.js')).toBeLessThan(text.indexOf('/static/site.css'));
  });
});

describe('late', () => {
  it('sends a skeleton marked aria-busy, the page in a template and a loader with a 3 to 8 s delay, fixed per URL', async () => {
    const page = await doc('http://www.aliexpress.com/', 'late', '');
    const body = Array.from(page.body.children);
    expect(body[0]?.getAttribute('aria-busy')).toBe('true');
    expect(body[0]?.querySelectorAll('a, button, input').length).toBe(0);
    const template = body[1] as HTMLTemplateElement;
    expect(template.tagName).toBe('TEMPLATE');
    expect(template.content.querySelector('a[data-role="sign-link"]')?.textContent).toBe('Sign in');
    expect(template.content.querySelector('script[src="/static/site.js"]')).not.toBeNull();
    const delay = Number(body[2]?.getAttribute('data-delay'));
    expect(delay).toBeGreaterThanOrEqual(LATE_MIN_MS);
    expect(delay).toBeLessThanOrEqual(LATE_MAX_MS);
    const again = await doc('http://www.aliexpress.com/', 'late', SIGNED_IN);
    expect(Number(again.body.children[2]?.getAttribute('data-delay'))).toBe(delay);
  });
});

describe('rerender', () => {
  it('adds its script first in <head> and leaves the markup as it was', async () => {
    const plain = await html('http://privacy.aliexpress.com/home', '');
    const text = await html('http://privacy.aliexpress.com/home', 'rerender');
    expect(text.replace(/\n<script src="\/static\/variant-rerender\.js"[^>]*><\/script>/, '')).toBe(plain);
    expect(text.indexOf('variant-rerender.js')).toBeLessThan(text.indexOf('<title>') + 200);
  });
});

describe('spa', () => {
  it('wraps www pages between header and footer in #root, and points My AliExpress at the account page', async () => {
    const page = await doc('http://www.aliexpress.com/', 'spa');
    const root = page.getElementById('root')!;
    expect(root.previousElementSibling?.tagName).toBe('HEADER');
    expect(root.nextElementSibling?.tagName).toBe('FOOTER');
    expect(root.querySelector('main')).not.toBeNull();
    expect(page.querySelector('a[data-role="myaliexpress"]')?.getAttribute('href')).toBe('//www.aliexpress.com/p/account/index.html');
    expect(page.querySelector('script[src="/static/variant-spa.js"]')).not.toBeNull();
  });

  it('leaves the other hosts as full page loads', async () => {
    for (const url of ['http://home.aliexpress.com/index.htm', 'http://privacy.aliexpress.com/home']) {
      expect(await html(url, 'spa')).toBe(await html(url, ''));
    }
  });
});

describe('hostile', () => {
  it('loads the remover first, the reset last in <head>, and a top z-index overlay that lets clicks through', async () => {
    const text = await html('http://privacy.aliexpress.com/home', 'hostile');
    const page = parse(text);
    expect(page.head.firstElementChild?.getAttribute('src')).toBe('/static/variant-hostile.js');
    expect(page.head.lastElementChild?.textContent).toContain('a, button { all: unset !important;');
    const overlay = page.body.lastElementChild as HTMLElement;
    expect(overlay.getAttribute('style')).toContain('z-index:2147483647;pointer-events:none');
  });
});

describe('layout variants', () => {
  it('sticky: a 120 px sticky header and a tall block first in the body, not in the sign-in frame', async () => {
    const page = await doc('http://privacy.aliexpress.com/home', 'sticky');
    expect(page.body.children[0]?.getAttribute('style')).toMatch(/position:sticky;top:0;z-index:900;height:120px/);
    expect(page.body.children[1]?.getAttribute('style')).toMatch(/height:1400px/);
    expect(await html('http://passport.aliexpress.com/mini_login.htm?return=x', 'sticky', '')).toBe(await html('http://passport.aliexpress.com/mini_login.htm?return=x', '', ''));
  });

  it('scroller: the whole body inside one overflow: auto box, below a tall block', async () => {
    const page = await doc('http://accounts.aliexpress.com/user/organization/deactive_account.htm', 'scroller', LEGACY);
    const box = page.body.firstElementChild!;
    expect(box.getAttribute('style')).toMatch(/overflow:auto/);
    expect(box.querySelector('form input[name="memberId"]')).not.toBeNull();
    expect(box.firstElementChild?.getAttribute('style')).toMatch(/height:1500px/);
  });

  it('fixed: the red button in a fixed bar; the form actions and the profile heading fixed by CSS', async () => {
    const privacy = everyElement(await doc('http://privacy.aliexpress.com/home', 'fixed'));
    const button = privacy.find((el) => el.tagName === 'BUTTON' && el.textContent === 'Delete my account')!;
    expect(button.parentElement?.getAttribute('style')).toMatch(/^position:fixed;left:0;right:0;bottom:0/);
    const profile = await html('http://accounts.aliexpress.com/user/organization/manage_person_profile.htm', 'fixed');
    expect(profile).toMatch(/\.profile-head \{ position: fixed;/);
  });

  it('modal: the final confirmation inside a role=dialog modal, and both modals at the top z-index', async () => {
    const page = await doc('http://privacy.aliexpress.com/home', 'modal');
    const confirm = (page.getElementById('view-confirm') as HTMLTemplateElement).content;
    const dialog = confirm.querySelector('[role="dialog"][aria-modal="true"]')!;
    expect(dialog.querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(dialog.getAttribute('aria-labelledby')).toBe('confirm-title');
    expect(confirm.querySelector('.comet-modal-mask')).not.toBeNull();
    expect(await html('http://privacy.aliexpress.com/home', 'modal')).toContain('z-index: 2147483647 !important');
    expect(await html('http://home.aliexpress.com/index.htm', 'modal')).toBe(await html('http://home.aliexpress.com/index.htm', ''));
  });

  it('offscreen: the accounts layout and the privacy app start 140 px before the right edge', async () => {
    for (const url of ['http://accounts.aliexpress.com/user/organization/manage_person_profile.htm', 'http://privacy.aliexpress.com/home']) {
      expect(await html(url, 'offscreen')).toContain('margin-left: calc(100vw - 140px) !important');
    }
  });
});

describe('live shapes', () => {
  /** The content of the templates a variant appends at the end of <body> (what its script renders). */
  const templates = (page: Document) => Array.from(page.querySelectorAll('body > template')).map((t) => (t as HTMLTemplateElement).content);
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('header-current, signed out: one div trigger, no menu in the DOM; the popover to come, with Sign in and Register', async () => {
    const page = await doc('http://www.aliexpress.com/', 'header-current', '');
    expect(page.querySelector('#nav-user-account, header [data-role], header a[href*="login.aliexpress.com"]')).toBeNull();
    const trigger = page.querySelector('header div[role="button"][aria-label*="account"]')!;
    expect(trigger.className).toBe('my-account--menuItem--1GDZChA my-account--newMenuItem--bSu9Hkj');
    expect(trigger.getAttribute('tabindex')).toBe('0');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.getAttribute('aria-label')).toBe('You can register, sign in or view more information about your account.');
    expect(trigger.querySelector('img')).not.toBeNull();
    expect(text(trigger.querySelector('.my-account--text--Cln0LOS > span.my-account--small--1z6YBac'))).toBe('Welcome');
    expect(text(trigger.querySelector('.my-account--text--Cln0LOS > b > span'))).toBe('Sign in / Register');
    expect(page.querySelector('.comet-v2-popover, [role="dialog"]')).toBeNull();
    const [popover] = templates(page);
    const menu = popover!.querySelector('div.comet-v2-popover-wrap > div > div.comet-v2-popover[data-popper-placement="bottom"] div.my-account--accountWrap--2ZcUvDy[role="dialog"]')!;
    expect(text(menu.querySelector('button.my-account--signin--RiPQVPB'))).toBe('Sign in');
    expect(text(menu.querySelector('p[tabindex="0"]'))).toBe('Register');
    const script = page.querySelector('script[src="/static/variant-header-current.js"]')!;
    expect(script.previousElementSibling?.tagName).toBe('TEMPLATE');
    expect(script.getAttribute('data-sign-in')).toBe('//login.aliexpress.com/?return=http%3A%2F%2Fwww.aliexpress.com%2F');
    const legacy = await doc('http://www.aliexpress.com/', 'header-current', 'eg_login=legacy');
    expect(legacy.querySelector('script[src="/static/variant-header-current.js"]')?.getAttribute('data-sign-in')).toMatch(/^\/\/login\.aliexpress\.com\/buyer\.htm\?return=/);
  });

  it('header-current, signed in: "Hi, Priya" / "Account"; the menu\'s links start with My Orders, no My AliExpress; the orders page links the account page', async () => {
    const page = await doc('http://www.aliexpress.com/', 'header-current');
    const trigger = page.querySelector('div.my-account--menuItem--1GDZChA[role="button"]')!;
    expect(text(trigger.querySelector('span.my-account--small--1z6YBac'))).toBe('Hi, Priya');
    expect(text(trigger.querySelector('b'))).toBe('Account');
    const menu = templates(page)[0]!.querySelector('[role="dialog"]')!;
    expect(Array.from(menu.querySelectorAll('a')).map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['My Orders', '//www.aliexpress.com/p/order/index.html'],
      ['Payment', '//www.aliexpress.com/p/payment/index.html'],
      ['Wish List', '//www.aliexpress.com/p/wish-manage/index.html'],
      ['My Coupons', '//www.aliexpress.com/p/my-coupons/index.html'],
      ['Sign out', '//login.aliexpress.com/xman/xlogout.htm'],
    ]);
    expect(menu.querySelector('button')).toBeNull();
    expect(everyElement(page).some((el) => text(el) === 'My AliExpress')).toBe(false);
    const orders = await doc('http://www.aliexpress.com/p/order/index.html', 'header-current');
    expect(orders.querySelector('main')?.parentElement?.querySelector('a[href="//www.aliexpress.com/p/account/index.html"]')).not.toBeNull();
    // The same under `hashed`: the live names are the site's own, which that variant leaves alone.
    const hashed = await doc('http://www.aliexpress.com/', 'header-current,hashed');
    expect(hashed.querySelector(`#${hashedName('nav-user-account')}`)).toBeNull();
    expect(hashed.querySelector('div.my-account--menuItem--1GDZChA[role="button"]')).not.toBeNull();
  });

  it('header-legacy-2025: the javascript:; trigger, a hidden flyout holding Sign in and Sign Out both, one hidden by a rule on the header\'s class', async () => {
    for (const [cookie, state, name] of [['', 'unsigned', ''], [SIGNED_IN, 'signed', ', Priya']] as const) {
      const text2025 = await html('http://www.aliexpress.com/', 'header-legacy-2025', cookie);
      const page = parse(text2025);
      expect(page.querySelector('header')?.classList.contains('ng-header')).toBe(true);
      expect(page.querySelector('header')?.classList.contains(state)).toBe(true);
      expect(text2025).toContain('.ng-header.unsigned .account-signed { display: none; }');
      expect(text2025).toContain('.ng-header.signed .account-unsigned { display: none; }');
      const account = page.querySelector('#nav-user-account')!;
      const trigger = account.querySelector('[data-role="user-account-top"] span.user-account-port > a[data-role="myaliexpress-link"][href="javascript:;"]');
      expect(text(trigger)).toBe('Account');
      const flyout = account.querySelector('[data-role="user-account-main"]')!;
      expect(flyout.getAttribute('style')).toBe('display: none;');
      expect(text(flyout.querySelector('.flyout-welcome-text'))).toBe(`Welcome back${name}`);
      expect(flyout.querySelector('.account-unsigned a[data-role="sign-link"][href="javaScript:;"]')?.textContent).toBe('Sign in');
      expect(flyout.querySelector('.account-unsigned a[data-role="join-link"][href="javaScript:;"]')?.textContent).toBe('Join');
      expect(flyout.querySelector('.account-signed a[data-role="signout-btn"]')?.getAttribute('href')).toBe('//login.aliexpress.com/xman/xlogout.htm');
      const entries = Array.from(flyout.querySelectorAll('.flyout-quick-entry a'));
      expect(text(entries[0])).toBe('My Orders');
      expect(entries[0]?.getAttribute('href')).toBe('//www.aliexpress.com/p/order/index.html');
      expect(page.querySelector('header a[href="//home.aliexpress.com/index.htm"]')).toBeNull();
      expect(page.querySelector('script[src="/static/variant-header-legacy-2025.js"]')?.getAttribute('data-sign-in')).toMatch(/^\/\/login\.aliexpress\.com\/\?return=/);
    }
  });

  it('login-modal: on the storefront, the modal to come (no role), its email field and disabled Continue, then password and Sign in', async () => {
    for (const url of ['http://www.aliexpress.com/', 'http://www.aliexpress.com/item/1005001234567890.html', 'http://es.aliexpress.com/']) {
      const page = await doc(url, 'login-modal', '');
      const [modal, password] = templates(page);
      const wrap = modal!.querySelector('#batman-dialog-wrap')!;
      expect(wrap.querySelector('[role], [aria-modal]')).toBeNull();
      expect(wrap.querySelector(':scope > .batman-dialog-mask + .batman-dialog-box')).not.toBeNull();
      const field = wrap.querySelector('input.cosmos-input')!;
      expect(field.id).toBe('');
      expect(field.getAttribute('label')).toBe('Email or phone number');
      if (url.startsWith('http://www.')) expect(field.getAttribute('placeholder')).toBe('Email or phone number');
      const cont = wrap.querySelector('button.cosmos-btn-primary.login-submit')!;
      expect(cont.hasAttribute('disabled')).toBe(true);
      expect(password!.querySelector('input[type="password"]')).not.toBeNull();
      expect(password!.querySelector('button.cosmos-btn-primary.login-submit')).not.toBeNull();
      expect(page.querySelector('script[src="/static/variant-login-modal.js"]')).not.toBeNull();
      if (url.startsWith('http://www.')) expect(text(cont)).toBe('Continue');
      if (url.startsWith('http://www.')) expect(text(password!.querySelector('button.login-submit'))).toBe('Sign in');
    }
    for (const url of ['http://login.aliexpress.com/?return=x', 'http://privacy.aliexpress.com/home']) {
      expect(await html(url, 'login-modal', url.includes('privacy') ? SIGNED_IN : '')).toBe(await html(url, '', url.includes('privacy') ? SIGNED_IN : ''));
    }
  });

  it('agree-inline: the agree box as a card in the page, no dialog role, no aria-modal, no mask shown; same input and Delete', async () => {
    for (const variant of ['agree-inline', 'agree-inline,hashed']) {
      const page = await doc('http://privacy.aliexpress.com/home', variant);
      const agree = (page.getElementById('dialog-agree') ?? page.getElementById(hashedName('dialog-agree'))) as HTMLTemplateElement;
      const content = agree.content;
      expect(content.querySelector('[role="dialog"], [aria-modal]')).toBeNull();
      const card = content.querySelector('div.request-delete--card--3Rz0Jkq')!;
      expect(card.querySelector('input[type="text"][placeholder="agree"]')).not.toBeNull();
      const del = Array.from(card.querySelectorAll('button')).find((b) => text(b) === 'Delete')!;
      expect(del.hasAttribute('disabled')).toBe(true);
      // The mask the app script wires stays, hidden; the variant's script removes it.
      expect(content.firstElementChild?.hasAttribute('hidden')).toBe(true);
      expect(page.querySelector('script[src="/static/variant-agree-inline.js"]')).not.toBeNull();
    }
    expect(await html('http://home.aliexpress.com/index.htm', 'agree-inline')).toBe(await html('http://home.aliexpress.com/index.htm', ''));
  });

  it('code-frame: the verify view holds the passport frame; the frame has Get code, six one-digit boxes and Verify; the app listens', async () => {
    const page = await doc('http://privacy.aliexpress.com/home', 'code-frame');
    const verify = (page.getElementById('view-verify') as HTMLTemplateElement).content;
    expect(verify.querySelector('.batman-verify, input, button')).toBeNull();
    const frame = verify.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toMatch(/^\/\/passport\.aliexpress\.com\/iv\/mini\/identity_verify\.htm\?/);
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).toEqual(['420', '360']);
    const inside = parse((await fetchFixture(server.port, { url: `http:${frame.getAttribute('src')}`, cookie: SIGNED_IN })).body);
    expect(Array.from(inside.querySelectorAll('button')).map((b) => text(b))).toEqual(['Get code', 'Verify']);
    const boxes = Array.from(inside.querySelectorAll('input.verify-code-input[type="tel"][maxlength="1"]'));
    expect(boxes.map((box) => box.getAttribute('data-id'))).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(inside.querySelector('script[src="/static/variant-code-frame.js"]')).not.toBeNull();
    const app = await asset('privacy.js', 'code-frame');
    expect(() => new Script(app)).not.toThrow();
    expect(app).toContain("if (view.querySelector('iframe')) return;");
    expect(app).toMatch(/passport\\\.aliexpress\\\.com[\s\S]*api\('verify'[\s\S]*state\.verified = true;\s*go\('\/request\/delete\/confirm'\)/);
    expect(await asset('privacy.js', '')).not.toContain('aeIdentityVerify');
  });

  it('cookie-2026: #gdpr-new-container with three buttons instead of the banner, the detail modal to come; gone once a choice is stored', async () => {
    const page = await doc('http://www.aliexpress.com/', 'cookie-2026', '');
    expect(page.querySelector('[aria-label="Cookie preferences"]')).toBeNull();
    const banner = page.getElementById('gdpr-new-container')!;
    expect(Array.from(banner.querySelectorAll('button')).map((b) => text(b))).toEqual(['Personalize', 'Reject cookies', 'Accept cookies']);
    for (const button of Array.from(banner.querySelectorAll('button'))) expect(button.className).toMatch(/^gdpr-new--btn--\w{7} gdpr-new--\w+--\w{7}$/);
    const detail = templates(page)[0]!;
    const modal = detail.getElementById('voyager-gdpr-2025')!;
    expect([modal.getAttribute('role'), modal.getAttribute('aria-modal')]).toEqual(['dialog', 'true']);
    expect(modal.querySelectorAll('[role="switch"]').length).toBe(3);
    expect(text(modal.querySelector('.voyager-gdpr--save--2Fn5Kwe'))).toBe('Save');
    expect(detail.querySelector('.voyager-gdpr--mask--1Nc4Ubx')).not.toBeNull();
    const chosen = await html('http://www.aliexpress.com/', 'cookie-2026', 'gdpr_new_consent=accept');
    expect(chosen).not.toMatch(/gdpr-new-container|Cookie preferences|variant-cookie-2026/);
  });

  it('modal-lookalike: the final confirmation in a comet modal without aria-modal, a promo bar with its own "Delete account" under the mask', async () => {
    for (const variant of ['modal-lookalike', 'modal,modal-lookalike']) {
      const text2 = await html('http://privacy.aliexpress.com/home', variant);
      const page = parse(text2);
      const confirm = (page.getElementById('view-confirm') as HTMLTemplateElement).content;
      const dialog = confirm.querySelector('div.comet-modal[role="dialog"]')!;
      expect(dialog.hasAttribute('aria-modal')).toBe(false);
      expect(dialog.querySelector('input[type="checkbox"]')).not.toBeNull();
      expect(Array.from(dialog.querySelectorAll('button')).some((b) => text(b) === 'Delete account')).toBe(true);
      expect(confirm.querySelector('div.comet-modal-mask')).not.toBeNull();
      const bar = page.body.firstElementChild!;
      expect(bar.className).toBe('privacy-promo--bar--2Hd5Mxe');
      expect(text(bar.querySelector('button:not([disabled])'))).toBe('Delete account');
      if (variant === 'modal-lookalike') {
        expect(text2).toMatch(/\.privacy-promo--bar--2Hd5Mxe \{ position: fixed; top: 0;[^}]*z-index: 70;/);
        expect(text2).toMatch(/\.privacy-confirm--mask--3Wd8Lrq \{ position: fixed; inset: 0; z-index: 80;/);
      }
    }
  });

  it('captcha-frame: the privacy centre under the punish frame until x5sec is set; the frame\'s document has the slider', async () => {
    const page = await doc('http://privacy.aliexpress.com/home', 'captcha-frame');
    const frame = page.querySelector('iframe#baxia-dialog-content')!;
    expect(frame.getAttribute('src')).toBe('//www.aliexpress.com/_____tmd_____/punish?x5secdata=frame');
    expect(await html('http://privacy.aliexpress.com/home', 'captcha-frame')).toMatch(/#baxia-dialog-content \{ position: fixed;/);
    expect(page.querySelector('script[src="/static/variant-captcha-frame.js"]')).not.toBeNull();
    const passed = await html('http://privacy.aliexpress.com/home', 'captcha-frame', `${SIGNED_IN}; x5sec=1`);
    expect(passed).toBe(await html('http://privacy.aliexpress.com/home', ''));
    const inside = await doc('http://www.aliexpress.com/_____tmd_____/punish?x5secdata=frame', 'captcha-frame', '');
    for (const selector of ['#baxia-punish', '#nocaptcha', '#nc_2_wrapper', '#nc_2_n1z']) expect(inside.querySelector(selector), selector).not.toBeNull();
    expect(text(inside.body)).toContain('Sorry, we have detected unusual traffic from your network.');
    expect(text(inside.body)).toContain('Please slide to verify.');
    expect(inside.querySelector('script[src="/static/variant-captcha-punish.js"]')).not.toBeNull();
    // Without the variant the address is the fixture's own captcha page.
    expect((await doc('http://www.aliexpress.com/_____tmd_____/punish?x5secdata=frame', '', '')).querySelector('#nc_1_n1z')).not.toBeNull();
  });

  it('settings-spa: Account Settings points at the in-page route; the settings view\'s items are div buttons; the route answers on reload', async () => {
    const page = await doc('http://home.aliexpress.com/index.htm', 'settings-spa');
    const link = Array.from(page.querySelectorAll('aside a')).find((a) => text(a) === 'Account Settings')!;
    expect(link.getAttribute('href')).toBe('//home.aliexpress.com/settings/profile');
    const view = templates(page)[0]!;
    const items = Array.from(view.querySelectorAll('div[role="button"][tabindex="0"]'));
    expect(items.map((item) => text(item))).toEqual(['Edit Member Profile', 'Change Email Address', 'Change Password', 'Email Notifications']);
    expect(view.querySelector('[href]')).toBeNull();
    expect(page.querySelector('script[src="/static/variant-settings-spa.js"]')).not.toBeNull();
    const direct = await doc('http://home.aliexpress.com/settings/profile', 'settings-spa');
    expect(Array.from(direct.querySelectorAll('main div[role="button"]')).map((item) => text(item))[0]).toBe('Edit Member Profile');
    expect(direct.title).toBe('Account Settings');
    const plain = await fetchFixture(server.port, { url: 'http://home.aliexpress.com/settings/profile', cookie: SIGNED_IN });
    expect([plain.status, plain.headers.location]).toEqual([302, 'http://home.aliexpress.com/index.htm']);
  });
});
