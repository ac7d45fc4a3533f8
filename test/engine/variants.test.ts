import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readPage, type Reading } from '@/engine/detect';
import { styleProbe } from '@/engine/visibility';
import { flow, labels, type StepId } from '@/flows';
import { hashPage } from '../server/variants/hashed';
import { swapPage } from '../server/variants/swapped';
import { snapshotIndex } from './loadSnapshot';

/**
 * The engine on the saved page states (test/fixtures/snapshots) as the markup variants of
 * the fixture server turn them (test/server/variants/): `hashed` renames every class and id,
 * drops data-role and data-spm and adds wrappers and icons; `swapped` renders buttons, and the
 * links of the way out, as <div role="button">. The step and the ringed control must not
 * change. The test finds each control by what a person sees (role, text, field name), never
 * by a name the variants change.
 */
const DIR = path.join(import.meta.dirname, '../fixtures/snapshots');

type Transform = (html: string) => string;
const VARIANTS: Record<string, Transform> = {
  hashed: hashPage,
  swapped: swapPage,
  'hashed+swapped': (html) => swapPage(hashPage(html)),
};

let pageUrl: URL;

/** Loads a saved state through a variant, as loadSnapshot.ts loads it plain. */
function load(name: string, transform: Transform): void {
  const entry = snapshotIndex[name];
  if (!entry) throw new Error(`No snapshot ${name}`);
  const settings = (window as unknown as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM?.settings;
  if (settings) settings.handleDisabledFileLoadingAsSuccess = true;
  const html = transform(readFileSync(path.join(DIR, `${name}.html`), 'utf8'));
  const match = html.match(/<html\b([^>]*)>([\s\S]*)<\/html>/i);
  if (!match) throw new Error(`${name}: no <html>`);
  const root = document.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  for (const [, key, value] of (match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) root.setAttribute(key!, value!);
  root.innerHTML = match[2] ?? '';
  pageUrl = new URL(entry.url);
}

function read(): Reading<StepId> {
  const reading = readPage(flow, labels, pageUrl, document, { probe: styleProbe });
  if (!reading) throw new Error(`not an AliExpress page: ${pageUrl.href}`);
  return reading;
}

const showing = (el: Element) => styleProbe.isShowing(el);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first showing element of a selector with exactly this visible text, or of the selector alone. */
function find(selector: string, exact?: string): Element {
  const found = Array.from(document.querySelectorAll(selector)).filter((el) => showing(el) && (exact === undefined || text(el) === exact));
  if (!found[0]) throw new Error(`nothing showing for ${selector}${exact ? ` "${exact}"` : ''}`);
  return found[0];
}
const pressable = (exact: string, within = '') => find(`${within} :is(a, button, [role="button"], [role="link"])`.trim(), exact);
const field = (selector: string) => find(selector);

/** The smallest element holding every radio button named reason. */
function reasons(): Element {
  const radios = Array.from(document.querySelectorAll('input[type="radio"][name="reason"]'));
  let box = radios[0]!.parentElement!;
  while (!radios.every((radio) => box.contains(radio))) box = box.parentElement!;
  return box;
}

/** The header's Account menu: the smallest element holding the Account link and My AliExpress. */
function accountMenu(): Element {
  const account = Array.from(document.querySelectorAll('a')).find((a) => text(a).startsWith('Account') && showing(a))!;
  let box = account.parentElement!;
  while (!Array.from(box.querySelectorAll('*')).some((el) => el.childNodes.length && Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim() === 'My AliExpress'))) box = box.parentElement!;
  return box;
}

/** A card of the privacy centre: a link or button whose bold heading reads `title`. */
function card(title: string): Element {
  const found = Array.from(document.querySelectorAll(':is(a, [role="button"])')).find((el) => showing(el) && el.querySelector('b')?.textContent === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found;
}

function type(selector: string, value: string): void {
  (field(selector) as HTMLInputElement).value = value;
}
function tick(selector: string): void {
  (find(selector) as HTMLInputElement).checked = true;
}

function expectReading(reading: Reading<StepId>, step: StepId, target: Element | null, options: { reason?: string | null; revealing?: boolean } = {}): void {
  expect(reading.step).toBe(step);
  if (options.reason !== undefined) expect(reading.reason).toBe(options.reason);
  expect(reading.missing).toBe(false);
  if (target === null) {
    expect(reading.target).toBeNull();
    return;
  }
  expect(reading.target?.element).toBe(target);
  expect(reading.target?.revealing).toBe(options.revealing ?? false);
}

/** How many elements each candidate of a target found, and which candidate won. */
function candidates(reading: Reading<StepId>, targetId: string): { via: number | null; found: number[] } {
  for (const step of reading.trace) {
    const target = step.targets?.find((t) => t.id === targetId);
    if (target) return { via: target.via, found: target.candidates.map((c) => c.found) };
  }
  throw new Error(`no trace for target ${targetId}`);
}

interface State {
  name: string;
  /** The saved state, then what the person does, and what the engine must read after each. */
  check(variant: string): void;
}

const STATES: State[] = [
  ...['home-signed-out', 'home-signed-out-flyout', 'product-signed-out'].map((name) => ({
    name,
    check: () => expectReading(read(), 'sign-in', pressable('Sign in'), { reason: 'signed-out' }),
  })),
  {
    name: 'login-email',
    check() {
      expectReading(read(), 'sign-in', field('input[placeholder="Email or phone number"]'));
      type('input[placeholder="Email or phone number"]', 'priya@example.com');
      expectReading(read(), 'sign-in', pressable('Continue'));
    },
  },
  {
    name: 'login-password',
    check() {
      expectReading(read(), 'sign-in', field('input[type="password"]'));
      type('input[type="password"]', 'correct horse');
      expectReading(read(), 'sign-in', pressable('Sign in'));
    },
  },
  {
    name: 'login-password-error',
    check() {
      const reading = read();
      expectReading(reading, 'sign-in', field('input[type="password"]'));
      expect(reading.notices).toContain('wrong-password');
    },
  },
  {
    name: 'login-legacy',
    check() {
      const reading = read();
      expect(reading.step).toBe('sign-in');
      expect(reading.target?.spec.id).toBe('login-id');
      expect(reading.missing).toBe(true);
    },
  },
  {
    name: 'mini-login',
    check() {
      expectReading(read(), 'sign-in', field('input[name="loginId"]'));
      type('input[name="loginId"]', 'cn1234567890abc');
      expectReading(read(), 'sign-in', field('input[name="password"]'));
      type('input[name="password"]', 'correct horse');
      expectReading(read(), 'sign-in', pressable('Sign In'));
    },
  },
  { name: 'home-signed-in', check: () => expectReading(read(), 'open-account', accountMenu(), { revealing: true }) },
  { name: 'home-signed-in-menu', check: () => expectReading(read(), 'open-account', pressable('My AliExpress')) },
  { name: 'my-aliexpress', check: () => expectReading(read(), 'account-settings', pressable('Account Settings')) },
  { name: 'account-current', check: () => expectReading(read(), 'account-settings', find('a[href*="/user/account_settings.htm"]')) },
  {
    name: 'account-settings',
    check(variant) {
      // Swapped, the menu's Edit Member Profile is a button; the flow's first candidate, a link
      // to the profile, then finds "Edit" beside the "Edit Member Profile" line: same page.
      const target = variant.includes('swapped') ? pressable('Edit') : pressable('Edit Member Profile');
      expectReading(read(), 'edit-profile', target);
    },
  },
  { name: 'edit-profile', check: () => expectReading(read(), 'deactivate-link', pressable('Deactivate Account')) },
  {
    name: 'deactivate-form',
    check() {
      expectReading(read(), 'confirm-identity', field('input[name="memberId"]'));
      type('input[name="memberId"]', 'cn1234567890abc');
      const words = read();
      expectReading(words, 'confirm-identity', field('input[name="confirmWords"]'));
      expect(words.target?.word).toEqual({ word: 'Deactivate my account', state: 'empty' });
      type('input[name="confirmWords"]', 'Deactivate my account');
      expectReading(read(), 'choose-reason', reasons());
      tick('input[name="reason"][value="3"]');
      expectReading(read(), 'deactivate', pressable('Deactivate My Account'));
    },
  },
  {
    name: 'deactivate-wrong-words',
    check() {
      const reading = read();
      expectReading(reading, 'confirm-identity', field('input[name="confirmWords"]'));
      expect(reading.notices).toContain('wrong-words');
    },
  },
  {
    name: 'deactivate-no-reason',
    check() {
      const reading = read();
      expectReading(reading, 'choose-reason', reasons());
      expect(reading.notices).toContain('reason-required');
    },
  },
  { name: 'deactivate-done', check: () => expectReading(read(), 'done', null, { reason: 'deactivated' }) },
  {
    name: 'privacy-home',
    // Swapped, the card is a <div role="button"> holding its heading and a description: no
    // link to #/request/delete, and no control named exactly "Delete my account".
    check: () => expectReading(read(), 'request-delete', card('Delete my account')),
  },
  { name: 'privacy-request-delete', check: () => expectReading(read(), 'request-delete', pressable('Delete my account')) },
  {
    name: 'privacy-agree-dialog',
    check() {
      expectReading(read(), 'type-agree', field('[role="dialog"] input'));
      type('[role="dialog"] input', 'agree');
      expectReading(read(), 'type-agree', pressable('Delete', '[role="dialog"]'));
    },
  },
  { name: 'privacy-verify', check: () => expectReading(read(), 'verify-email', pressable('Get code')) },
  {
    name: 'privacy-verify-code-sent',
    check() {
      expectReading(read(), 'verify-email', field('input[autocomplete="one-time-code"]'));
      type('input[autocomplete="one-time-code"]', '123456');
      expectReading(read(), 'verify-email', pressable('Verify'));
    },
  },
  {
    name: 'privacy-verify-wrong-code',
    check() {
      const reading = read();
      expectReading(reading, 'verify-email', field('input[autocomplete="one-time-code"]'));
      expect(reading.notices).toContain('wrong-code');
    },
  },
  {
    name: 'privacy-confirm',
    check() {
      expectReading(read(), 'delete', field('input[type="checkbox"]'));
      tick('input[type="checkbox"]');
      expectReading(read(), 'delete', pressable('Delete account'));
    },
  },
  { name: 'privacy-done', check: () => expectReading(read(), 'done', null, { reason: 'deleted' }) },
  { name: 'privacy-open-orders', check: () => expectReading(read(), 'blocked', null, { reason: 'open-orders' }) },
  { name: 'captcha', check: () => expectReading(read(), 'blocked', null, { reason: 'captcha' }) },
  ...['addresses', 'find-password'].map((name) => ({
    name,
    check: () => expectReading(read(), 'off-path', null),
  })),
  ...['security', 'orders', 'product', 'not-found'].map((name) => ({
    name,
    check: () => expect(read()).toMatchObject({ step: 'open-account', target: { revealing: true }, missing: false }),
  })),
];

for (const [variant, transform] of Object.entries(VARIANTS)) {
  describe(`markup variant ${variant}: every saved state gives the same step and control`, () => {
    for (const state of STATES) {
      it(`${state.name}: ${snapshotIndex[state.name]?.state}`, () => {
        load(state.name, transform);
        state.check(variant);
      });
    }
  });
}

describe('the states cover every snapshot', () => {
  it('has a check for each saved state', () => {
    const checked = new Set(STATES.map((s) => s.name));
    expect(Object.keys(snapshotIndex).filter((name) => !checked.has(name))).toEqual([]);
  });
});

describe('which candidate finds the control once the legacy hooks are gone', () => {
  // A trace lists the candidates tried, up to the one that found the control.
  it('hashed: the header Sign in link by its href and name, as before; the data-role it could fall back on is gone', () => {
    load('home-signed-out', hashPage);
    // The header's link, the Account flyout's and the welcome card's.
    expect(candidates(read(), 'sign-in-link')).toEqual({ via: 0, found: [3] });
    expect(document.querySelectorAll('[data-role]').length).toBe(0);
  });

  it('hashed: the passport member ID field by autocomplete, the Sign In button by its name; no #fm-login-* is left', () => {
    load('mini-login', hashPage);
    expect(candidates(read(), 'login-id')).toEqual({ via: 0, found: [1] });
    type('input[name="loginId"]', 'x');
    type('input[name="password"]', 'y');
    expect(candidates(read(), 'sign-in-button')).toEqual({ via: 0, found: [1] });
    expect(document.querySelectorAll('#fm-login-id, #fm-login-submit, .fm-submit').length).toBe(0);
  });

  it('hashed: the Account menu has no id or aria-haspopup left; the menu is found as the hidden link\'s nearest showing container', () => {
    load('home-signed-in', hashPage);
    const reading = read();
    expect(candidates(reading, 'my-aliexpress')).toEqual({ via: 0, found: [1] });
    expect(reading.target?.revealing).toBe(true);
    expect(document.querySelectorAll('#nav-user-account, [data-role="user-account-top"], [aria-haspopup]').length).toBe(0);
    // The menu stays under the size the engine takes for a hover menu (80 elements).
    expect(reading.target?.element?.getElementsByTagName('*').length).toBeLessThanOrEqual(80);
  });

  it('hashed: the code field by its one-time-code signals; .batman-verify is gone', () => {
    load('privacy-verify-code-sent', hashPage);
    expect(candidates(read(), 'code-field')).toEqual({ via: 0, found: [1] });
    expect(document.querySelectorAll('.batman-verify').length).toBe(0);
  });

  it('swapped: named controls by role, whatever the element; links by name once their href is gone', () => {
    load('login-password', swapPage);
    type('input[type="password"]', 'x');
    expect(candidates(read(), 'sign-in-button')).toEqual({ via: 0, found: [1] });
    load('edit-profile', swapPage);
    expect(candidates(read(), 'deactivate-account')).toEqual({ via: 1, found: [0, 1] });
    load('home-signed-in-menu', swapPage);
    expect(candidates(read(), 'my-aliexpress')).toEqual({ via: 1, found: [0, 1] });
    load('my-aliexpress', swapPage);
    expect(candidates(read(), 'account-settings')).toEqual({ via: 0, found: [1] });
  });
});

describe('swapped further: every link to Edit Member Profile a button', () => {
  beforeEach(() => {
    load('account-settings', (html) => swapPage(html).replace(
      /<a class="legacy-link" href="(\/\/accounts\.aliexpress\.com\/user\/organization\/manage_person_profile\.htm[^"]*)">Edit<\/a>/,
      '<div role="button" tabindex="0" class="legacy-link">Edit</div>',
    ));
  });

  // No link on the page names manage_person_profile.htm any more: the settings page must be
  // known by the named entry.
  it('still knows the settings page and rings Edit Member Profile', () => {
    expectReading(read(), 'edit-profile', pressable('Edit Member Profile'));
  });
});
