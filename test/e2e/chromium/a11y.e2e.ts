// Issue 6, usable by everyone: axe on our own UI only (the panel in its shadow root, the
// popup, the first-run page) in light and dark, the keyboard shortcut and focus return,
// reduced motion, and the panel at 200% browser zoom.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectRing, expectStep, setScene, untrustedEvents } from '../harness/panel';
import { locate } from '../harness/playwrightDriver';
import { newPage, panelLocator as panel, setBrowserZoom, startSession, type Session } from '../variants/support';

const SIGNED_IN = { eg_session: '1' };
const DELETE_PAGE = 'http://privacy.aliexpress.com/home#/request/delete';
const LOGIN_PAGE = 'http://login.aliexpress.com/';
const EMAIL = { css: 'input[placeholder="Email or phone number"]' };
const AGREE_FIELD = { css: '[role="dialog"] input' };
const SCHEMES = ['light', 'dark'] as const;
/** What the keyboard can reach in the panel (none has a positive tabindex, so this is Tab order). */
const CONTROLS = 'button, a[href], summary, [tabindex="0"]';
/** Alt+Shift+E (guide/keyboard.ts). */
const SHORTCUT = 'Alt+Shift+KeyE';
type Scope = Parameters<AxeBuilder['include']>[0];
/** Our panel, inside its open shadow root: axe judges it and nothing of the fixture page. */
const PANEL_ONLY: Scope = { fromShadowDom: ['[data-exit-guide="panel"]', '[data-testid="exit-guide-panel"]'] };
const RING_CALLOUT: Scope = { fromShadowDom: ['[data-exit-guide="ring"]', '.callout'] };

let session: Session;

/**
 * axe-core lays out the page from <body> only (its grid for backgrounds and overlap), and our
 * hosts sit after <body>, under <html>: there it reports every contrast as "incomplete". For
 * the check the hosts are moved to the end of <body> (fixed, so they stay where they are) and
 * then put back.
 */
async function moveHosts(page: Page, into: 'body' | 'html'): Promise<void> {
  await page.evaluate((into) => {
    const parent = into === 'body' ? document.body : document.documentElement;
    for (const host of document.querySelectorAll('[data-exit-guide]')) parent.append(host);
  }, into);
}

/**
 * axe's violations, one line each, so a failure names the rule, the element and why; and text
 * whose contrast axe could not judge (only symbol glyphs, which it never judges, are let by).
 */
async function axeProblems(page: Page, scope?: Scope): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope) builder = builder.include(scope);
  if (scope) await moveHosts(page, 'body');
  const { violations, passes, incomplete } = await builder.analyze().finally(() => scope && moveHosts(page, 'html'));
  const unjudged = incomplete.filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.filter((n) => n.any.some((c) => (c.data as { messageKey?: string } | null)?.messageKey !== 'nonBmp')))
    .map((n) => `color-contrast not judged: ${n.target.join(' ')}`);
  const judged = passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
  return [
    ...violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)),
    ...unjudged,
    ...(judged + violations.length === 0 ? ['color-contrast judged no text at all'] : []),
  ];
}

async function expectAccessible(page: Page, what: string, scope: Scope = PANEL_ONLY): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page, scope), `${what}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

const isCollapsed = async (page: Page) => ((await panel(page).getAttribute('class')) ?? '').includes('collapsed');

async function collapse(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Hide the guide' }).click();
  await expect.poll(() => isCollapsed(page)).toBe(true);
}

async function expand(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: /Exit Guide/ }).click();
  await expect.poll(() => isCollapsed(page)).toBe(false);
}

/** The step is shown, with the panel open: folding is kept across tabs, also by a test that failed half-way. */
async function expectOpenStep(page: Page, step: string): Promise<void> {
  await expectStep(page, step);
  if (await isCollapsed(page)) await expand(page);
}

async function openAgreeDialog(page: Page): Promise<void> {
  await setScene(page, SIGNED_IN, DELETE_PAGE);
  await expectOpenStep(page, 'request-delete');
  await locate(page, { css: 'button', text: 'Delete my account' }).click();
  await expectStep(page, 'type-agree');
}

afterEach(async () => {
  await session?.closePages();
});

describe('Chromium, axe: our UI in light and dark', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });

  it('a step with a ringed control: expanded with the first-run intro, then folded to its tab', async () => {
    const page = await newPage(session);
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectOpenStep(page, 'request-delete');
    await expectRing(page, { css: 'button', text: 'Delete my account' });
    await expectAccessible(page, 'request-delete, expanded');
    await collapse(page);
    await expectAccessible(page, 'request-delete, collapsed');
    await expand(page);
  });

  it('the long version and "Report what you see", opened', async () => {
    const page = await newPage(session);
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectOpenStep(page, 'request-delete');
    await panel(page).getByText('What you will see').click();
    await panel(page).getByText('Report what you see').click();
    await expect.poll(() => panel(page).getByTestId('exit-guide-report').textContent()).toContain('page: ');
    await expectAccessible(page, 'details and report open');
  });

  it('the word to type, not yet matching', async () => {
    const page = await newPage(session);
    await openAgreeDialog(page);
    await locate(page, AGREE_FIELD).click();
    await page.keyboard.type('agre');
    await expect.poll(() => panel(page).locator('[data-word-state]').getAttribute('data-word-state')).toBe('mismatch');
    await expectAccessible(page, 'type-agree, mismatch');
  });

  it('blocked (captcha) and off the path', async () => {
    const page = await newPage(session);
    await setScene(page, {}, 'http://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc');
    await expectOpenStep(page, 'blocked');
    await expectAccessible(page, 'blocked');
    await setScene(page, SIGNED_IN, 'http://ilogisticsaddress.aliexpress.com/addressList.htm');
    await expectOpenStep(page, 'off-path');
    await expectAccessible(page, 'off-path');
  });

  // Was white on #ff4f00 (3.29:1, failing); now white on #c43d00 (5.2:1).
  it('the callout beside the ring', async () => {
    const page = await newPage(session);
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectRing(page, { css: 'button', text: 'Delete my account' });
    await expectAccessible(page, 'ring callout', RING_CALLOUT);
  });

  it('the popup and the first-run page, whole pages', async () => {
    const page = await newPage(session);
    for (const name of ['popup.html', 'welcome.html']) {
      await page.goto(`chrome-extension://${session.browser.extensionId}/${name}`);
      await page.locator('main').waitFor();
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        expect(await axeProblems(page), `${name}, ${colorScheme}`).toEqual([]);
      }
    }
  });
});

/** Where focus is: in our panel (and on which element there), or on the page. */
function focusOf(page: Page) {
  return page.evaluate(() => {
    const describe = (el: Element | null) => (el ? `${el.nodeName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : 'none');
    const host = document.querySelector('[data-exit-guide="panel"]');
    const inPanel = document.activeElement === host;
    return { inPanel, on: describe(inPanel ? host!.shadowRoot!.activeElement : document.activeElement) };
  });
}

/** The panel's visible controls, in Tab order. */
function panelControls(page: Page): Promise<string[]> {
  return page.evaluate((controls) => {
    const panel = document.querySelector('[data-exit-guide="panel"]')!.shadowRoot!.querySelector('[data-testid="exit-guide-panel"]')!;
    return [...panel.querySelectorAll(controls)]
      .filter((el) => el.checkVisibility())
      .map((el) => `${el.nodeName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
  }, CONTROLS);
}

const isActive = (page: Page, css: string) => page.evaluate((css) => document.activeElement === document.querySelector(css), css);

describe('Chromium, keyboard: Alt+Shift+E to the panel, Tab through it, Esc back to the page', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });

  it('from the email field into the panel, through its controls and out, then Esc back: the typing goes on in the field', async () => {
    const page = await newPage(session);
    await setScene(page, {}, LOGIN_PAGE);
    await expectOpenStep(page, 'sign-in');
    await locate(page, EMAIL).click();
    await page.keyboard.type('priya@exa');
    expect(await focusOf(page)).toEqual({ inPanel: false, on: 'input.comet-input' });

    await page.keyboard.press(SHORTCUT);
    expect(await focusOf(page)).toEqual({ inPanel: true, on: 'aside.panel' });
    const controls = await panelControls(page);
    expect(controls.length).toBeGreaterThanOrEqual(3);
    const visited: string[] = [];
    for (let i = 0; i <= controls.length; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focusOf(page);
      if (!now.inPanel) break;
      visited.push(now.on);
    }
    // Every control in order, then out of the panel: no trap.
    expect(visited).toEqual(controls);
    expect((await focusOf(page)).inPanel).toBe(false);

    await page.keyboard.press(SHORTCUT);
    expect((await focusOf(page)).inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isCollapsed(page)).toBe(true);
    expect(await isActive(page, EMAIL.css), 'Esc sends focus back to the email field').toBe(true);
    await page.keyboard.type('mple.com');
    expect(await locate(page, EMAIL).inputValue()).toBe('priya@example.com');
    expect(await untrustedEvents(page)).toEqual([]);
  });

  it('opens a folded panel; Esc folds it again and returns to the field', async () => {
    const page = await newPage(session);
    await setScene(page, {}, LOGIN_PAGE);
    await expectOpenStep(page, 'sign-in');
    await collapse(page);
    await locate(page, EMAIL).click();
    await page.keyboard.type('priya');
    await page.keyboard.press(SHORTCUT);
    await expect.poll(() => isCollapsed(page)).toBe(false);
    expect(await focusOf(page)).toEqual({ inPanel: true, on: 'aside.panel' });
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toEqual({ inPanel: true, on: 'button.icon' });
    await page.keyboard.press('Escape');
    await expect.poll(() => isCollapsed(page)).toBe(true);
    expect(await isActive(page, EMAIL.css), 'Esc sends focus back to the email field').toBe(true);
    await page.keyboard.type('@example.com');
    expect(await locate(page, EMAIL).inputValue()).toBe('priya@example.com');
    expect(await untrustedEvents(page)).toEqual([]);
  });

  it('from the legacy sign-in frame: the shortcut reaches the panel in the top page, and Esc returns to the field in the frame', async () => {
    const page = await newPage(session);
    await setScene(page, { eg_era: 'legacy', eg_login: 'legacy' }, 'http://login.aliexpress.com/buyer.htm?return=http%3A%2F%2Fwww.aliexpress.com%2F');
    await expectOpenStep(page, 'sign-in');
    const field = page.frameLocator('#alibaba-login-box').locator('#fm-login-id');
    await field.click();
    await page.keyboard.type('cn1234');
    await page.keyboard.press(SHORTCUT);
    await expect.poll(() => focusOf(page)).toEqual({ inPanel: true, on: 'aside.panel' });
    await page.keyboard.press('Escape');
    await expect.poll(() => isCollapsed(page)).toBe(true);
    await page.keyboard.type('567890abc');
    expect(await field.inputValue()).toBe('cn1234567890abc');
    expect(await untrustedEvents(page)).toEqual([]);
  });

  it('other keys with Alt+Shift, and Esc typed in the page, reach the page untouched', async () => {
    const page = await newPage(session);
    await setScene(page, {}, LOGIN_PAGE);
    await expectOpenStep(page, 'sign-in');
    await locate(page, EMAIL).click();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      window.addEventListener('keydown', (event) => {
        if (!['Alt', 'Shift'].includes(event.key)) seen.push(`${event.code}:${event.defaultPrevented}`);
      });
    });
    await page.keyboard.press('Alt+Shift+KeyF');
    await page.keyboard.press('Escape');
    await page.keyboard.type('a');
    expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual(['KeyF:false', 'Escape:false', 'KeyA:false']);
    expect(await isActive(page, EMAIL.css), 'focus stays in the email field').toBe(true);
    expect(await locate(page, EMAIL).inputValue()).toBe('a');
  });

  it('the panel never takes focus by itself: typing in the page while the ring moves and the panel changes', async () => {
    const page = await newPage(session);
    await openAgreeDialog(page);
    await expectRing(page, AGREE_FIELD);
    await locate(page, AGREE_FIELD).click();
    await page.keyboard.type('agre');
    await expect.poll(() => panel(page).locator('[data-word-state]').getAttribute('data-word-state')).toBe('mismatch');
    await page.keyboard.type('e');
    await expectRing(page, { css: '[role="dialog"] button', text: 'Delete' });
    // The panel has moved on too: the word check is no longer "mismatch".
    await expect.poll(() => panel(page).locator('[data-word-state="mismatch"]').count()).toBe(0);
    expect(await isActive(page, AGREE_FIELD.css), 'focus stays in the field').toBe(true);
    expect(await locate(page, AGREE_FIELD).inputValue()).toBe('agree');
    expect(await untrustedEvents(page)).toEqual([]);
  });
});

/** What moves in our hosts: running animations, and elements (or pseudo-elements) with an animation or a transition. */
function ourMotion(page: Page) {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('[data-exit-guide]')];
    const ours = (node: Element | null | undefined) => !!node && hosts.some((host) => host === node || host.shadowRoot!.contains(node));
    const running = [...document.getAnimations(), ...hosts.flatMap((host) => host.shadowRoot!.getAnimations())]
      .filter((animation) => ours((animation.effect as KeyframeEffect | null)?.target))
      .map((animation) => (animation as CSSAnimation).animationName ?? (animation as CSSTransition).transitionProperty);
    const lasts = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
    const moving: string[] = [];
    for (const host of hosts) {
      for (const el of [host, ...host.shadowRoot!.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          const animated = style.animationName.split(',').some((name) => name.trim() !== 'none') && lasts(style.animationDuration);
          if (animated || lasts(style.transitionDuration)) moving.push(`${el.nodeName.toLowerCase()}.${String(el.className).split(' ')[0]}${pseudo ?? ''}`);
        }
      }
    }
    return { running: [...new Set(running)], moving: [...new Set(moving)] };
  });
}

describe('Chromium, reduced motion', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });

  it('nothing in our panel or ring animates or transitions when the person asks for reduced motion', async () => {
    const page = await newPage(session);
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectOpenStep(page, 'request-delete');
    await expectRing(page, { css: 'button', text: 'Delete my account' });
    // Without the preference the probe sees the ring's beat and the panel's slide.
    const normal = await ourMotion(page);
    expect(normal.moving).toEqual(expect.arrayContaining(['div.pulse', 'aside.panel']));

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await ourMotion(page)).toEqual({ running: [], moving: [] });
    // Fold, unfold and the next step: still nothing moves.
    await collapse(page);
    await expand(page);
    await locate(page, { css: 'button', text: 'Delete my account' }).click();
    await expectStep(page, 'type-agree');
    await expectRing(page, AGREE_FIELD);
    expect(await ourMotion(page)).toEqual({ running: [], moving: [] });
  });
});

/**
 * Why a panel control cannot be seen at this zoom, one line each: the panel is scrolled (as
 * the person would scroll it) to each control, which must then lie inside the viewport and
 * inside the panel's own visible box. Text that runs out sideways is reported too.
 */
function controlsOutOfReach(page: Page): Promise<{ checked: number; scrolls: boolean; problems: string[] }> {
  return page.evaluate((controls) => {
    const panel = document.querySelector('[data-exit-guide="panel"]')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="exit-guide-panel"]')!;
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const problems: string[] = [];
    let checked = 0;
    const scrolls = panel.scrollHeight > panel.clientHeight;
    const box = panel.getBoundingClientRect();
    const inside = (r: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= b.left - 0.5 && r.top >= b.top - 0.5 && r.right <= b.right + 0.5 && r.bottom <= b.bottom + 0.5;
    if (!inside(box, { left: 0, top: 0, right: width, bottom: height })) problems.push(`panel ${JSON.stringify(box)} outside ${width}x${height}`);
    if (panel.scrollWidth > panel.clientWidth + 1) problems.push(`panel text runs out sideways: ${panel.scrollWidth} > ${panel.clientWidth}`);
    for (const control of panel.querySelectorAll<HTMLElement>(controls)) {
      if (!control.checkVisibility()) continue;
      checked += 1;
      panel.scrollTop += control.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
      const r = control.getBoundingClientRect();
      if (!inside(r, { left: 0, top: 0, right: width, bottom: height }) || (!panel.classList.contains('collapsed') && !inside(r, panel.getBoundingClientRect()))) {
        problems.push(`${control.nodeName.toLowerCase()} "${control.textContent?.trim().slice(0, 30)}" at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    panel.scrollTop = 0;
    return { checked, scrolls, problems };
  }, CONTROLS);
}

describe('Chromium, 200% browser zoom in a 1280 x 800 window', () => {
  beforeAll(async () => {
    session = await startSession();
    await setBrowserZoom(session, 2);
  });
  afterAll(async () => { await session?.close(); });

  it('every panel control can be reached, fold and unfold work, and axe finds nothing', async () => {
    const page = await newPage(session);
    await page.setViewportSize({ width: 1280, height: 800 });
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    // At this size the panel may fold itself to keep the ringed control clear: the tab opens it.
    await expectOpenStep(page, 'request-delete');
    expect(await page.evaluate(() => [window.devicePixelRatio, document.documentElement.clientWidth <= 640])).toEqual([2, true]);
    await panel(page).getByText('What you will see').click();
    await panel(page).getByText('Report what you see').click();
    // Six controls (fold, both summaries, the intro's start, Copy, the report) and more than one screen of panel.
    expect(await controlsOutOfReach(page)).toEqual({ checked: 6, scrolls: true, problems: [] });
    await expectAccessible(page, '200%, expanded');

    await collapse(page);
    expect(await controlsOutOfReach(page)).toEqual({ checked: 1, scrolls: false, problems: [] });
    await expectAccessible(page, '200%, collapsed');
    await expand(page);
    expect(await panel(page).getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});
