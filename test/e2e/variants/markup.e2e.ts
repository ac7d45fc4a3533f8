// Both flows, start to done, on pages that changed the way real AliExpress pages change:
// renamed markup (hashed), controls without native elements (swapped), late rendering,
// re-rendering, in-page navigation (spa) and a page hostile to injected UI. The walks use
// refs by role, text and field name (walks.ts: *ByRole), which every variant keeps.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { coverProblem, ringProblem } from '../harness/geometry';
import { expectNoRing, expectRing, expectStep, setScene, untrustedEvents } from '../harness/panel';
import { locate, playwrightDriver } from '../harness/playwrightDriver';
import { walk } from '../harness/walker';
import { deactivationWalkByRole, deletionWalkByRole, underVariants, type TargetRef, type Walk } from '../walks';
import { newPage, panelCoveredProblem, panelLocator, settledDriver, startSession, waitForContent, type Session } from './support';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterEach(async () => {
  await session?.closePages();
});
afterAll(async () => {
  await session?.close();
});

const SIGNED_IN = { eg_session: '1' };
const DELETE_PAGE = 'http://privacy.aliexpress.com/home#/request/delete';
const deleteButton: TargetRef = { css: ':is(button, [role="button"])', text: 'Delete my account' };

/**
 * With Edit Member Profile's menu link swapped for a button, the flow's first candidate (a
 * link to manage_person_profile.htm) finds the "Edit" link beside "Edit Member Profile" in the
 * page: it leads to the same page, so that ring is right.
 */
function forSwapped(flow: Walk): Walk {
  return {
    ...flow,
    points: flow.points.map((point) =>
      point.step === 'edit-profile' ? { ...point, ring: { css: 'a[href*="manage_person_profile.htm"]', text: 'Edit' } } : point),
  };
}

/** Under `spa`, My AliExpress is the current account page: its Account settings card. */
function forSpa(flow: Walk): Walk {
  return {
    ...flow,
    points: flow.points.map((point) =>
      point.step === 'account-settings' ? { ...point, ring: { css: 'a[href*="/user/account_settings.htm"]' } } : point),
  };
}

/**
 * Under `hostile`'s reset stylesheet (the "new CSS reset": `all: unset` on every element) a
 * native checkbox has no appearance and no box; its label is what shows, and what the person
 * presses to tick it, as with any restyled checkbox. The ring is on that label.
 */
function forHostile(flow: Walk): Walk {
  const label: TargetRef = { css: 'label:has(input[type="checkbox"])' };
  return {
    ...flow,
    points: flow.points.map((point) => (point.ring?.css === 'input[type="checkbox"]' ? { ...point, ring: label } : point)),
  };
}

const MARKUP_VARIANTS: [variant: string, adapt: (flow: Walk) => Walk][] = [
  ['hashed', (flow) => flow],
  ['swapped', forSwapped],
  ['late', (flow) => flow],
  ['rerender', (flow) => flow],
  ['spa', forSpa],
  ['hostile', forHostile],
];

describe('Chromium, markup variants: both flows from sign-in to done', () => {
  for (const [variant, adapt] of MARKUP_VARIANTS) {
    for (const base of [deletionWalkByRole, deactivationWalkByRole]) {
      const flow = adapt(underVariants(base, [variant]));
      it(`${variant}: ${base.name.split(' ')[0]}`, { timeout: 240_000 }, async () => {
        const page = await newPage(session);
        const untrusted: unknown[] = [];
        page.on('load', async () => untrusted.push(...(await untrustedEvents(page))));
        await walk(settledDriver(page), flow);
        untrusted.push(...(await untrustedEvents(page)));
        expect(untrusted).toEqual([]);
      });
    }
  }
});

describe('Chromium, late: the skeleton phase', () => {
  it('while the page is a skeleton the panel waits and rings nothing; the ring comes with the content', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'late' }, DELETE_PAGE);
    // The route alone says which step this is, before the app has rendered.
    await expectStep(page, 'request-delete');
    expect(await page.locator('[aria-busy="true"]').count()).toBe(1);
    await expect.poll(() => panelLocator(page).locator('[data-status]').getAttribute('data-status')).toBe('waiting');
    await expectNoRing(page);
    await waitForContent(page);
    const shown = Date.now();
    await expectRing(page, deleteButton);
    expect(Date.now() - shown).toBeLessThan(1500);
  });

  it('a late sign-in frame: the fields are ringed inside the frame once both pages have rendered', { timeout: 90_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { eg_login: 'legacy', eg_variant: 'late' }, 'http://login.aliexpress.com/buyer.htm?return=http%3A%2F%2Fwww.aliexpress.com%2F');
    await expectStep(page, 'sign-in');
    await waitForContent(page);
    await expectRing(page, { frame: 'iframe[src*="mini_login.htm"]', css: 'input[name="loginId"]' });
  });
});

describe('Chromium, rerender: the ring follows the new node', () => {
  it('each time the app replaces the Delete my account button, the ring is on the new one within a second', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'rerender' }, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    await expectRing(page, deleteButton);
    const driver = playwrightDriver(page);
    for (let round = 0; round < 3; round += 1) {
      const old = await locate(page, deleteButton).evaluateHandle((el) => el);
      // The page's own view of the old node forwards to the new one (variant-rerender.js); the document knows better.
      await expect.poll(() => old.evaluate((el) => el.ownerDocument.contains(el)), { timeout: 4000 }).toBe(false);
      const replacedAt = Date.now();
      let problem = 'not checked';
      while (Date.now() - replacedAt < 1000 && problem) {
        const target = await driver.box(deleteButton);
        problem = ringProblem(await driver.rings(deleteButton), target, await driver.viewport()) || coverProblem(await driver.panelBox(), target);
      }
      expect(problem, `round ${round}`).toBe('');
      await old.dispose();
    }
  });
});

describe('Chromium, spa: in-page navigation', () => {
  async function markDocument(page: Page): Promise<void> {
    await page.evaluate(() => { (window as unknown as { __sameDocument: boolean }).__sameDocument = true; });
  }
  const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  it('My AliExpress opens the account page with pushState: the step follows without a page load', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'spa' }, 'http://www.aliexpress.com/');
    await expectStep(page, 'open-account');
    await markDocument(page);
    await locate(page, { css: 'xpath=//a[starts-with(normalize-space(.), "Account")]' }).hover();
    await locate(page, { css: 'a', text: 'My AliExpress' }).click();
    await expectStep(page, 'account-settings');
    expect(page.url()).toBe('http://www.aliexpress.com/p/account/index.html');
    expect(await sameDocument(page)).toBe(true);
    await expectRing(page, { css: 'a[href*="/user/account_settings.htm"]' });
  });

  it('the orders route goes through the Navigation API; back returns to the account step, in the same document', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'spa' }, 'http://www.aliexpress.com/p/account/index.html');
    await expectStep(page, 'account-settings');
    await markDocument(page);
    expect(await page.evaluate(() => 'navigation' in window)).toBe(true);
    await locate(page, { css: 'a[href$="/p/order/index.html"]', text: 'View all' }).click();
    await expect.poll(() => page.url()).toBe('http://www.aliexpress.com/p/order/index.html');
    // The orders page leads on through the account menu (onwards, not back to My Orders).
    await expectStep(page, 'open-account');
    await expectRing(page, { css: '#nav-user-account' });
    await page.goBack();
    await expectStep(page, 'account-settings');
    await expectRing(page, { css: 'a[href*="/user/account_settings.htm"]' });
    expect(await sameDocument(page)).toBe(true);
  });
});

describe('Chromium, swapped: the Privacy Center\'s cards as buttons', () => {
  it('the "Delete my account" card, a <div role="button"> with a heading and a description, is ringed', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'swapped' }, 'http://privacy.aliexpress.com/home#/');
    await expectStep(page, 'request-delete');
    await expectRing(page, { css: 'xpath=//*[@role="button"][b[normalize-space(.) = "Delete my account"]]' });
  });
});

describe('Chromium, hostile: the page throws out injected elements', () => {
  it('the reset CSS and the top overlay alone (no remover): the panel and the ring show, the panel on top', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await page.route('**/static/variant-hostile.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await setScene(page, { ...SIGNED_IN, eg_variant: 'hostile' }, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    await expectRing(page, deleteButton);
    expect(await panelCoveredProblem(page)).toBe('');
  });

  it('the panel and the ring come back after the page removes them, and stay', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    await setScene(page, { ...SIGNED_IN, eg_variant: 'hostile' }, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    await expectRing(page, deleteButton);
    // Still there a while later, with the page quiet.
    await page.waitForTimeout(3000);
    await expect.poll(() => panelLocator(page).isVisible()).toBe(true);
    await expectRing(page, deleteButton);
  });

  it('the extension and the page do not fight in a loop: the panel is put back a few times, not every frame', { timeout: 60_000 }, async () => {
    const page = await newPage(session);
    // Counts, in the page's own world, every Exit Guide element added to the document.
    await page.addInitScript(() => {
      const added: string[] = [];
      Object.defineProperty(window, '__egAdded', { value: added });
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
        if ((node as HTMLElement).dataset?.exitGuide) added.push((node as HTMLElement).dataset.exitGuide!);
      }))).observe(document, { childList: true, subtree: true });
    });
    await setScene(page, { ...SIGNED_IN, eg_variant: 'hostile' }, DELETE_PAGE);
    await page.waitForTimeout(1000);
    const count = () => page.evaluate(() => (window as unknown as { __egAdded: string[] }).__egAdded.length);
    const before = await count();
    await page.waitForTimeout(2000);
    expect(await count() - before, 'Exit Guide elements added in 2 s of a quiet page').toBeLessThan(10);
  });
});
