// Both flows on pages whose geometry gets in the way: a sticky header over a long page, a
// scroll box, fixed panels, modals at the top z-index, content off screen to the right, a
// 1024 px window and browser zoom from 50% to 200%. Besides the walker's checks (the ring
// encloses the control, the control is in the viewport, the panel does not cover it), every
// ringed control must really be seen: nothing of the page's own lies over it.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectRing, expectStep, setScene } from '../harness/panel';
import { locate } from '../harness/playwrightDriver';
import { walk } from '../harness/walker';
import { deactivationWalk, deletionWalk, underVariants, type TargetRef, type Walk } from '../walks';
import {
  expectUnobscured, newPage, panelCoveredProblem, setBrowserZoom, settledDriver, startSession, type Session,
} from './support';

const SIGNED_IN = { eg_session: '1' };
const DEACTIVATE_FORM = 'http://accounts.aliexpress.com/user/organization/deactive_account.htm';
const memberId: TargetRef = { css: 'input[name="memberId"]' };
const words: TargetRef = { css: 'input[name="confirmWords"]' };

/** The walk, with the person's eye on every ringed control. */
async function walkSeeing(page: Page, flow: Walk): Promise<void> {
  await walk(settledDriver(page), flow, async (point, index) => {
    if (!point.ring) return;
    try {
      await expectUnobscured(page, point.ring);
    } catch (error) {
      throw new Error(`${flow.name} walk, point ${index} (${point.step}): ${(error as Error).message}`);
    }
  });
}

interface WalkOptions {
  flows?: Walk[];
  /** Browser settings for the tab, before the walk starts. */
  prepare?(page: Page): Promise<void>;
}

function walks(session: () => Session, variant: string | null, options: WalkOptions = {}): void {
  for (const base of options.flows ?? [deletionWalk, deactivationWalk]) {
    const flow = variant ? underVariants(base, [variant]) : base;
    it(`${base.name}: start to done, every ringed control in view and unobscured`, { timeout: 240_000 }, async () => {
      const page = await newPage(session());
      await options.prepare?.(page);
      await walkSeeing(page, flow);
    });
  }
}

/**
 * The legacy form with the member ID typed but its last character. The first character
 * already moved the ring to the words field (a filled-in member ID is done); `place` then
 * moves the page (or the scroll box), as the page's own script or a late layout change would,
 * so the ringed field sits where the window shows it but the page hides it. Typing the last
 * character brings a new reading, and the field must then come fully into sight.
 */
async function nextTargetAtEdge(page: Page, variant: string, place: (field: Element) => void): Promise<void> {
  await setScene(page, { ...SIGNED_IN, eg_era: 'legacy', eg_variant: variant }, DEACTIVATE_FORM);
  await expectStep(page, 'confirm-identity');
  await expectRing(page, memberId);
  await locate(page, memberId).click();
  await page.keyboard.type('cn1234567890ab');
  await locate(page, words).evaluate(place);
  await page.keyboard.type('c');
  await expectRing(page, words);
}

let session: Session;
afterEach(async () => {
  await session?.closePages();
});

describe('Chromium, sticky: a 120 px sticky header over a long page', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, 'sticky');

  it('a next target just under the header is scrolled clear of it', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    // The words field's top at 100 px: inside the window, but under the 120 px header.
    await nextTargetAtEdge(page, 'sticky', (field) => window.scrollBy(0, field.getBoundingClientRect().top - 100));
    await expectUnobscured(page, words);
  });

  it('a ringed field the person scrolls under the header themselves stays where they put it', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await nextTargetAtEdge(page, 'sticky', () => {});
    const top = () => locate(page, words).evaluate((field) => field.getBoundingClientRect().top);
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, (await top()) - 100);
    await expect.poll(top).toBeLessThan(120);
    const placed = await top();
    await page.keyboard.type('x');
    await page.waitForTimeout(500);
    expect(await top()).toBe(placed);
  });
});

describe('Chromium, scroller: the content in a fixed-height scroll box', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, 'scroller');

  it('a next target hidden below the box\'s edge, though inside the window, is scrolled into the box', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    // Cookies accepted on an earlier visit: the site's banner, fixed at the window's bottom, would
    // hide the field's lower half too, and the box's edge alone must be seen.
    await page.addInitScript(() => localStorage.setItem('aep_cookie_consent', 'all'));
    // The words field just below the box's bottom edge (80 px above the window's bottom).
    await nextTargetAtEdge(page, 'scroller', (field) => {
      let box = field.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      if (!box) throw new Error('no scroll box');
      box.scrollTop += field.getBoundingClientRect().top - box.getBoundingClientRect().bottom - 4;
    });
    await expectUnobscured(page, words);
  });
});

describe('Chromium, fixed: targets in position: fixed bars and panels', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, 'fixed');
});

describe('Chromium, modal: the deletion dialogs as top-z-index modals', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, 'modal', { flows: [deletionWalk] });

  it('the panel stays readable above the agree dialog\'s backdrop and the final modal', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'modal' }, 'http://privacy.aliexpress.com/home#/request/delete');
    await expectStep(page, 'request-delete');
    await locate(page, { css: 'button', text: 'Delete my account' }).click();
    await expectStep(page, 'type-agree');
    await expectRing(page, { css: '[role="dialog"] input' });
    expect.soft(await panelCoveredProblem(page), 'agree dialog').toBe('');
    await locate(page, { css: '[role="dialog"] input' }).click();
    await page.keyboard.type('agree');
    await locate(page, { css: '[role="dialog"] button', text: 'Delete' }).click();
    await expectStep(page, 'verify-email');
    await locate(page, { css: 'button', text: 'Get code' }).click();
    await locate(page, { css: 'input[autocomplete="one-time-code"]' }).click();
    await page.keyboard.type('123456');
    await locate(page, { css: 'button', text: 'Verify' }).click();
    await expectStep(page, 'delete');
    await expectRing(page, { css: '[role="dialog"] input[type="checkbox"]' });
    expect.soft(await panelCoveredProblem(page), 'final confirmation modal').toBe('');
  });
});

describe('Chromium, offscreen: content starting 140 px before the window\'s right edge', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, 'offscreen');
});

describe('Chromium, a narrow window: 1024 x 768', () => {
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  walks(() => session, null, { prepare: (page) => page.setViewportSize({ width: 1024, height: 768 }) });
});

for (const zoom of [0.5, 1.5, 2]) {
  describe(`Chromium, browser zoom ${zoom * 100}%`, () => {
    beforeAll(async () => {
      session = await startSession();
      await setBrowserZoom(session, zoom);
    });
    afterAll(async () => { await session?.close(); });
    walks(() => session, null);
  });
}
