import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { expectNoRing, expectRing, expectStep, panelText, setScene } from '../harness/panel';
import { locate } from '../harness/playwrightDriver';

let server: FixtureServer;
let browser: ChromiumSession;
const SIGNED_IN = { eg_session: '1' };
const DELETE_PAGE = 'http://privacy.aliexpress.com/home#/request/delete';
const panel = (page: Page) => page.locator('[data-testid="exit-guide-panel"]');

beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
  browser = await launchChromium(server.port);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAgreeDialog(page: Page, scene: Record<string, string> = SIGNED_IN) {
  await setScene(page, scene, DELETE_PAGE);
  await expectStep(page, 'request-delete');
  await locate(page, { css: 'button', text: 'Delete my account' }).click();
  await expectStep(page, 'type-agree');
}

describe('Chromium: every state explains itself', () => {
  it('off the path: no ring, and links back to the deletion page and My AliExpress', async () => {
    const page = await browser.context.newPage();
    // Shop pages lead on through the header's account menu; the address book has no way on.
    await setScene(page, SIGNED_IN, 'http://ilogisticsaddress.aliexpress.com/addressList.htm');
    await expectStep(page, 'off-path');
    await expectNoRing(page);
    await expect(panel(page).getByRole('link', { name: 'Open the deletion page' }).getAttribute('href')).resolves.toBe(DELETE_PAGE);
    await page.close();
  });

  it('a captcha page is blocked, with what to do', async () => {
    const page = await browser.context.newPage();
    await setScene(page, {}, 'http://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc');
    await expectStep(page, 'blocked');
    expect(await panelText(page)).toContain('check you are a person');
    await expectNoRing(page);
    await page.close();
  });

  it('open orders: the refusal is explained, with a link to My Orders', async () => {
    const page = await browser.context.newPage();
    await openAgreeDialog(page, { ...SIGNED_IN, eg_open_orders: '1' });
    await locate(page, { css: '[role="dialog"] input' }).click();
    await page.keyboard.type('agree');
    await locate(page, { css: '[role="dialog"] button', text: 'Delete' }).click();
    await expectStep(page, 'blocked');
    expect(await panelText(page)).toContain('while an order, dispute or pay-after-delivery payment is still open');
    await expect(panel(page).getByRole('link', { name: 'Open My Orders' }).getAttribute('href')).resolves.toBe('http://www.aliexpress.com/p/order/index.html');
    await page.close();
  });

  it('checks the typed word live, and the ring moves to Delete only once it matches', async () => {
    const page = await browser.context.newPage();
    await openAgreeDialog(page);
    const field = { css: '[role="dialog"] input' };
    await expectRing(page, field);
    await locate(page, field).click();
    await page.keyboard.type('agre');
    await expect.poll(() => panel(page).locator('[data-word-state]').getAttribute('data-word-state')).toBe('mismatch');
    expect(await panelText(page)).toContain('It must read exactly “agree”');
    await expectRing(page, field);
    await page.keyboard.type('e');
    await expectRing(page, { css: '[role="dialog"] button', text: 'Delete' });
    await page.close();
  });

  it('a control that never appears: the panel waits, then says what to look for and offers the direct link', async () => {
    const page = await browser.context.newPage();
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    // The page re-renders without the button (a redesign, a failed load).
    await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.textContent?.trim() === 'Delete my account' && b.remove()));
    await expect.poll(() => panel(page).locator('[data-status]').getAttribute('data-status')).toBe('waiting');
    await expectNoRing(page);
    await expect.poll(() => panel(page).locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('missing');
    expect(await panelText(page)).toContain('Exit Guide cannot find it on this page.');
    await expect(panel(page).getByRole('link', { name: 'Open the page directly' }).getAttribute('href')).resolves.toBe(DELETE_PAGE);
    await page.close();
  });

  it('a wrong password: the panel repeats the page\'s error and points to Forgot password', async () => {
    const page = await browser.context.newPage();
    await setScene(page, {}, 'http://login.aliexpress.com/');
    await expectStep(page, 'sign-in');
    await locate(page, { css: 'input[placeholder="Email or phone number"]' }).click();
    await page.keyboard.type('priya@example.com');
    await locate(page, { css: 'button', text: 'Continue' }).click();
    await expectRing(page, { css: 'input[type="password"]' });
    await locate(page, { css: 'button', text: 'Sign in' }).click();
    await expect.poll(() => panelText(page)).toContain('AliExpress says the email or password is wrong');
    await page.close();
  });
});

describe('Chromium: diagnostics', () => {
  it('"Report what you see" names each step\'s detector result and the matched candidate, without page text', async () => {
    const page = await browser.context.newPage();
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    await panel(page).getByText('Report what you see').click();
    const reportText = () => panel(page).getByTestId('exit-guide-report').textContent();
    await expect.poll(reportText).toContain('page: ');
    const report = (await reportText()) ?? '';
    expect(report).toContain('page: privacy.aliexpress.com/home#/request/delete');
    expect(report).toMatch(/- request-delete: rule 0: url yes, needs yes/);
    expect(report).toMatch(/delete-my-account\n\s+#0 1 found, 1 showing <button>/);
    expect(report).toContain('panel: ringed delete-my-account');
    expect(report).not.toMatch(/p\*\*\*@|Priya/);
    await page.close();
  });
});

describe('Chromium: motion', () => {
  /** The beat around the ring: its animation, and whether it is still running. */
  const ringBeat = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('[data-exit-guide="ring"]')?.shadowRoot;
      const pulse = root?.querySelector('[data-testid="exit-guide-highlight"] .pulse');
      if (!root || !pulse) return { name: 'no ring', running: 0 };
      return { name: getComputedStyle(pulse).animationName, running: root.getAnimations().filter((a) => a.playState === 'running').length };
    });

  it('the ring beats twice where it lands, then stays still; never under reduced motion', async () => {
    const page = await browser.context.newPage();
    await setScene(page, SIGNED_IN, DELETE_PAGE);
    await expectStep(page, 'request-delete');
    expect(await ringBeat(page)).toEqual({ name: 'pulse', running: 1 });
    // Still after the beats: nothing left that would restyle the page every frame.
    await expect.poll(() => ringBeat(page), { timeout: 4000 }).toEqual({ name: 'pulse', running: 0 });
    // A new control gets its own beats.
    await locate(page, { css: 'button', text: 'Delete my account' }).click();
    await expectStep(page, 'type-agree');
    expect((await ringBeat(page)).running).toBe(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await ringBeat(page)).toEqual({ name: 'none', running: 0 });
    await page.close();
  });
});

describe('Chromium: the step follows the page', () => {
  it('after a reload mid-step the guide shows the step the page is at', async () => {
    const page = await browser.context.newPage();
    await openAgreeDialog(page);
    await page.reload();
    await expectStep(page, 'request-delete');
    await expectRing(page, { css: 'button', text: 'Delete my account' });
    await page.close();
  });

  it('the back button returns to the previous step', async () => {
    const page = await browser.context.newPage();
    await setScene(page, SIGNED_IN, 'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm');
    await expectStep(page, 'deactivate-link');
    await locate(page, { css: 'a', text: 'Deactivate Account' }).click();
    await expectStep(page, 'request-delete');
    await page.goBack();
    await expectStep(page, 'deactivate-link');
    await page.close();
  });

  it('two tabs at different steps each show their own', async () => {
    const first = await browser.context.newPage();
    await setScene(first, SIGNED_IN, DELETE_PAGE);
    const second = await browser.context.newPage();
    await second.goto('http://home.aliexpress.com/index.htm');
    await expectStep(second, 'account-settings');
    await expectStep(first, 'request-delete');
    await first.close();
    await second.close();
  });

  it('folding the panel holds across pages, and the tab still carries the step', async () => {
    const page = await browser.context.newPage();
    await setScene(page, SIGNED_IN, 'http://home.aliexpress.com/index.htm');
    await expectStep(page, 'account-settings');
    await panel(page).getByRole('button', { name: 'Hide the guide' }).click();
    await locate(page, { css: 'a', text: 'Account Settings' }).click();
    await expectStep(page, 'edit-profile');
    await expect(panel(page).getByRole('button', { name: /^Exit Guide · step 4 of 9$/ }).isVisible()).resolves.toBe(true);
    await panel(page).getByRole('button', { name: /Exit Guide · step/ }).click();
    await expect(panel(page).getByRole('heading', { name: 'Open Edit Member Profile' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
