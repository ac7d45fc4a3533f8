// Issue 6: the guide never leaks (no request of its own from any of its contexts), is not
// lured by a page that hides copies of the controls and fakes input for the panel (variant
// `decoy`), and holds under faults (restart, old or damaged stored state, a failing write,
// an extension update mid-flow, back and forward).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { poll } from '../harness/geometry';
import { readNetLog, recordNetwork, type NetworkRecorder, type SeenRequest } from '../harness/network';
import { expectRing, expectStep, panelText, setScene } from '../harness/panel';
import { locate, playwrightDriver } from '../harness/playwrightDriver';
import { walk } from '../harness/walker';
import { newPage, settledDriver, startSession, type Session } from '../variants/support';
import { deactivationWalk, deletionWalk, underVariants, type TargetRef, type Walk } from '../walks';

const FIXTURE_HOST = /(^|\.)aliexpress\.(com|us|ru)$/;
/** Chromium's own traffic (update checks, autofill votes, account checks): unmapped, so it fails. */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;
const SIGNED_IN = { eg_session: '1' };
const DELETE_PAGE = 'http://privacy.aliexpress.com/home#/request/delete';
const DEACTIVATE_PAGE = 'http://accounts.aliexpress.com/user/organization/deactive_account.htm';
const PROFILE_PAGE = 'http://accounts.aliexpress.com/user/organization/manage_person_profile.htm';
const isNetwork = (url: string) => /^(https?|wss?):/.test(url);
/** One line a request, for failure messages a person can read. */
const line = (r: SeenRequest) => `${r.targetType} ${r.targetUrl}: ${r.resourceType} ${r.url} (document ${r.documentUrl}; initiator ${r.initiatorUrls[0] ?? r.initiatorType})`;
const hostOf = (url: string) => new URL(url).hostname;
const panel = (page: Page) => page.locator('[data-testid="exit-guide-panel"]');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function workerOf(browser: ChromiumSession): Worker {
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

type Area = { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
const local = () => (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;

/** chrome.storage.local as the service worker sees it. */
function storedItems(browser: ChromiumSession): Promise<Record<string, unknown>> {
  return workerOf(browser).evaluate(`(${local})().get(null)`) as Promise<Record<string, unknown>>;
}

/** Replaces chrome.storage.local with `items`, from the service worker, before a page reads it. */
async function storeItems(browser: ChromiumSession, items: Record<string, unknown>): Promise<void> {
  await workerOf(browser).evaluate(`(async (items) => { const area = (${local})(); await area.clear(); await area.set(items); })(${JSON.stringify(items)})`);
}

/** The walk up to and including the ring of the first point at `step`, without acting on it. */
function walkTo(flow: Walk, step: string): Walk {
  const at = flow.points.findIndex((point) => point.step === step);
  return { ...flow, points: [...flow.points.slice(0, at), { ...flow.points[at]!, act: undefined }] };
}

describe('Chromium: never leaks', () => {
  let server: FixtureServer;
  let browser: ChromiumSession | undefined;
  let recorder: NetworkRecorder;
  const logDir = mkdtempSync(path.join(tmpdir(), 'exit-guide-netlog-'));
  const netLog = path.join(logDir, 'net.json');

  beforeAll(async () => {
    server = await startFixtureServer({ port: 0 });
    browser = await launchChromium(server.port, { extraArgs: ['--remote-debugging-port=0', `--log-net-log=${netLog}`] });
    recorder = await recordNetwork(browser.profile);
  });

  afterAll(async () => {
    await recorder?.stop().catch(() => undefined);
    await browser?.close();
    await server?.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('both flows walked: every request of every target is the page loading what it references, none comes from the extension', async () => {
    for (const flow of [deletionWalk, deactivationWalk]) {
      const page = await browser!.context.newPage();
      await walk(playwrightDriver(page), flow);
      await page.close();
    }
    // The worker's badge updates and the storage watchers run after the last step.
    await sleep(1000);
    const network = recorder.requests.filter((r) => isNetwork(r.url));
    // The recorder watched the extension's worker, and saw the walks' own requests.
    expect(recorder.targets).toContainEqual({ type: 'service_worker', url: `chrome-extension://${browser!.extensionId}/background.js` });
    expect(network.map((r) => r.url)).toEqual(expect.arrayContaining([
      'http://privacy.aliexpress.com/api/delete/submit',
      'http://accounts.aliexpress.com/user/organization/deactive_account_submit.htm',
    ]));

    const fromExtension = network.filter((r) =>
      r.targetType === 'service_worker' || r.targetUrl.startsWith('chrome-extension:') || r.documentUrl.startsWith('chrome-extension:') ||
      r.initiatorUrls.some((url) => url.startsWith('chrome-extension:')));
    expect(fromExtension.map(line)).toEqual([]);
    // A page's own load: its document, or what the page's markup and scripts (all on fixture
    // hosts) ask for; the browser's request for the page's icon names no initiator.
    const unexplained = network.filter((r) => {
      if (!FIXTURE_HOST.test(hostOf(r.url)) || !['page', 'iframe'].includes(r.targetType)) return true;
      if (!FIXTURE_HOST.test(hostOf(r.documentUrl))) return true;
      if (r.resourceType === 'Document' || new URL(r.url).pathname === '/favicon.ico') return false;
      return r.initiatorUrls.length === 0 || r.initiatorUrls.some((url) => !isNetwork(url) || !FIXTURE_HOST.test(hostOf(url)));
    });
    expect(unexplained.map(line)).toEqual([]);
    // The fixture pages only load what exists: a 404 is something they never asked for.
    expect(network.filter((r) => r.status === 404).map((r) => r.url)).toEqual([]);
  });

  it('the net-log agrees: no request with an extension initiator, and every page-initiated one stays on the fixture hosts', async () => {
    await recorder.stop();
    await browser!.close();
    browser = undefined;
    const requests = readNetLog(netLog).filter((r) => isNetwork(r.url));
    expect(requests.map((r) => r.url)).toContain('http://privacy.aliexpress.com/api/delete/submit');
    const netLine = (r: { url: string; initiator: string }) => `${r.initiator} → ${r.url}`;
    expect(requests.filter((r) => r.initiator.startsWith('chrome-extension:')).map(netLine)).toEqual([]);
    const offHosts = requests.filter((r) => {
      if (r.initiator !== 'not an origin') return !FIXTURE_HOST.test(hostOf(r.url)) || !FIXTURE_HOST.test(hostOf(r.initiator));
      // No initiator: the test's own navigations, or Chromium's own services.
      return !FIXTURE_HOST.test(hostOf(r.url)) && !BROWSER_SERVICE_HOST.test(hostOf(r.url));
    });
    expect(offHosts.map(netLine)).toEqual([]);
  });
});

/** The test's look-ups leave the decoys out: the ring must enclose the real control. */
function notDecoy(ref: TargetRef): TargetRef {
  return { ...ref, css: `:is(${ref.css}):not([data-decoy], [data-decoy] *)` };
}

function amongDecoys(flow: Walk, variant = 'decoy'): Walk {
  const walked = underVariants(flow, [variant]);
  return {
    ...walked,
    points: walked.points.map((point) => ({
      ...point,
      ring: point.ring && notDecoy(point.ring),
      act: point.act && { ...point.act, on: point.act.on && notDecoy(point.act.on) },
    })),
  };
}

/** Per frame, read together: the recorder's untrusted events and the ones the page says it faked. */
async function fakedEvents(page: Page): Promise<{ untrusted: unknown[]; faked: unknown[] }[]> {
  const frames = [];
  for (const frame of page.frames()) {
    const read = await frame
      .evaluate(() => {
        const w = window as unknown as { __egUntrusted?: unknown[]; __egDecoy?: { events: unknown[] } };
        return { untrusted: [...(w.__egUntrusted ?? [])], faked: [...(w.__egDecoy?.events ?? [])] };
      })
      .catch(() => null);
    if (read) frames.push(read);
  }
  return frames;
}

async function waitForAttacks(page: Page, count: number): Promise<void> {
  const read = () => page.evaluate(() => (window as unknown as { __egDecoy?: { attacks(): number } }).__egDecoy?.attacks() ?? 0).catch(() => 0);
  const seen = await poll(read, (n) => n >= count, 8000);
  if (seen >= count) return;
  // The page fakes input only while the panel is there.
  const hosts = await page.locator('[data-exit-guide]').count();
  throw new Error(`the page faked input ${seen} times, then found no panel (${hosts} Exit Guide elements left) on ${page.url()}`);
}

describe('Chromium: a page that lures the guide (variant decoy)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
    // A page can know the extension's public id (its store listing).
    await session.browser.context.addInitScript(`window.__egExtensionId = ${JSON.stringify(session.browser.extensionId)};`);
  });
  afterEach(async () => {
    await session?.closePages();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const base of [deletionWalk, deactivationWalk]) {
    it(`${base.name}: the ring is on the real control at every point; the page's fake clicks, keys and messages change nothing`, { timeout: 240_000 }, async () => {
      const flow = amongDecoys(base);
      const page = await newPage(session);
      await storeItems(session.browser, {});
      // Before the walk: the intro and the open panel hold against the page's clicks on them.
      await setScene(page, flow.scene, flow.start);
      await waitForAttacks(page, 3);
      expect(await panel(page).getByRole('button', { name: 'I understand, start' }).isVisible(), 'the intro after the page clicked "I understand, start"').toBe(true);
      expect(await panel(page).getAttribute('class'), 'the panel after the page clicked "Hide the guide"').not.toContain('collapsed');

      await walk(settledDriver(page), flow, async (point) => {
        await waitForAttacks(page, 2);
        expect(await panel(page).getAttribute('class'), `the panel at ${point.step} after the page's clicks and keys`).not.toContain('collapsed');
        await expectStep(page, point.step, 2000);
        if (point.ring) await expectRing(page, point.ring);
        expect(await playwrightDriver(page).ringCount()).toBe(point.ring ? 1 : 0);
        const frames = await fakedEvents(page);
        expect(frames.some((frame) => frame.faked.length > 0)).toBe(true);
        for (const frame of frames) expect(frame.untrusted).toEqual(frame.faked);
      });
      // On the done page the page pressed "Clear Exit Guide's stored progress" too.
      await waitForAttacks(page, 3);
      const { progress } = (await storedItems(session.browser)) as { progress?: { lastStep: string; collapsed: boolean; introSeen: boolean } };
      expect(progress).toMatchObject({ lastStep: 'done', collapsed: false, introSeen: true });
      expect(await panelText(page)).not.toContain('Stored progress cleared');
    });
  }

  // Copies out of sight by place (left:-9999px, clipped to 1 px, in a 0 x 0 overflow:hidden
  // box) and hidden Sign in copies on signed-in pages: engine/visibility.ts and the privacy
  // centre's signed-out rule (flows/aliexpress.ts) keep the ring off them.
  for (const [variant, base] of [['decoy-placed', deletionWalk], ['decoy-placed', deactivationWalk], ['decoy-sign-in', deletionWalk]] as const) {
    it(`${variant}, ${base.name}: the ring is on the real control at every point`, { timeout: 240_000 }, async () => {
      const page = await newPage(session);
      await walk(settledDriver(page), amongDecoys(base, variant), async (point) => {
        expect(await playwrightDriver(page).ringCount()).toBe(point.ring ? 1 : 0);
      });
    });
  }
});

describe('Chromium: holds under faults', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a browser restart with the same profile: the stored progress and the folded panel come back, the step is the page\'s', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'exit-guide-profile-'));
    try {
      const first = await launchChromium(server.port, { profile });
      const page = await first.context.newPage();
      await walk(playwrightDriver(page), walkTo(deactivationWalk, 'choose-reason'));
      await panel(page).getByRole('button', { name: 'Hide the guide' }).click();
      const before = ((await storedItems(first)) as { progress: { lastStep: string; startedAt: number } }).progress;
      expect(before).toMatchObject({ lastStep: 'choose-reason', collapsed: true });
      await first.close();

      const second = await launchChromium(server.port, { profile });
      try {
        expect(((await storedItems(second)) as { progress: unknown }).progress).toEqual(before);
        const again = await second.context.newPage();
        // Session cookies (the fixture's sign-in and era) end with the browser: set them again.
        await setScene(again, { ...SIGNED_IN, eg_era: 'legacy' }, DEACTIVATE_PAGE);
        // The form is empty again, so the page is at its first step; the panel stays folded, its tab says where.
        await expectStep(again, 'confirm-identity');
        await expect(panel(again).getByRole('button', { name: 'Exit Guide · step 6 of 8' }).isVisible()).resolves.toBe(true);
        await expectRing(again, { css: 'input[name="memberId"]' });
        const after = ((await storedItems(second)) as { progress: { startedAt: number; seen: object } }).progress;
        expect(after.startedAt).toBe(before.startedAt);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  describe('stored state', () => {
    let browser: ChromiumSession;
    beforeAll(async () => {
      browser = await launchChromium(server.port);
    });
    afterEach(async () => {
      await Promise.all(browser.context.pages().map((page) => page.close()));
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('progress in the pre-release shape (no locale field, no version mark) is read, and written back in the current shape', async () => {
      // The shape of commit 46130ae, before the panel language was added: WXT reads a value
      // without a progress$ version mark as version 1, and sanitizeProgress fills the rest.
      const old = { active: true, goal: 'deactivate', collapsed: false, introSeen: true, startedAt: 1_000, updatedAt: 2_000,
        seen: { 'sign-in': 1_000, 'open-account': 1_500, 'account-settings': 1_700, 'edit-profile': 2_000 }, lastStep: 'edit-profile' };
      await storeItems(browser, { progress: old });
      const page = await browser.context.newPage();
      await setScene(page, SIGNED_IN, PROFILE_PAGE);
      await expectStep(page, 'deactivate-link');
      await expectRing(page, { css: 'a', text: 'Deactivate Account' });
      // The goal and the intro are remembered: the deactivation path, no intro, no reset notice.
      const text = await panelText(page);
      expect(text).toMatch(/step 5 of 8/i);
      expect(text).not.toContain('I understand, start');
      expect(text).not.toContain('could not read its saved progress');
      const stored = await poll(() => storedItems(browser), (items) => (items.progress as { lastStep?: string }).lastStep === 'deactivate-link', 4000);
      expect(Object.keys(stored.progress as object).sort()).toEqual(['active', 'collapsed', 'goal', 'introSeen', 'lastStep', 'locale', 'seen', 'startedAt', 'updatedAt']);
      expect(stored.progress).toMatchObject({ ...old, lastStep: 'deactivate-link', locale: null, updatedAt: expect.any(Number), seen: { ...old.seen, 'deactivate-link': expect.any(Number) } });
      await page.close();
    });

    for (const [what, garbage] of [['not an object', '{"goal":'], ['wrong fields', { goal: 42, seen: { 'sign-in': 'yesterday', nope: 1 }, lastStep: 'gone', collapsed: 'yes' }]] as const) {
      it(`damaged progress (${what}): the panel says it started again, and guides`, async () => {
        await storeItems(browser, { progress: garbage });
        const page = await browser.context.newPage();
        await setScene(page, SIGNED_IN, DELETE_PAGE);
        await expectStep(page, 'request-delete');
        await expect(panel(page).getByRole('status').filter({ hasText: 'could not read its saved progress' }).isVisible()).resolves.toBe(true);
        await expectRing(page, { css: 'button', text: 'Delete my account' });
        await locate(page, { css: 'button', text: 'Delete my account' }).click();
        await expectStep(page, 'type-agree');
        const { progress } = (await storedItems(browser)) as { progress: { lastStep: string; goal: string } };
        expect(progress).toMatchObject({ lastStep: 'type-agree', goal: 'delete' });
        await page.close();
      });
    }

    it('storage full, so every write fails: the guide keeps working from memory, nothing is thrown into the page', async () => {
      await storeItems(browser, {});
      const page = await browser.context.newPage();
      const errors = await collectExceptions(page);
      await setScene(page, SIGNED_IN, DELETE_PAGE);
      await expectStep(page, 'request-delete');
      // chrome.storage.local filled to its quota (10 MB without unlimitedStorage): every write that adds a byte fails.
      await workerOf(browser).evaluate(`(async () => {
        const area = (${local})();
        const free = area.QUOTA_BYTES - await area.getBytesInUse(null);
        await area.set({ filler: 'x'.repeat(free - 'filler'.length - 2) });
        if (await area.getBytesInUse(null) !== area.QUOTA_BYTES) throw new Error('storage not full');
      })()`);
      await locate(page, { css: 'button', text: 'Delete my account' }).click();
      await expectStep(page, 'type-agree');
      // The step could not be recorded: the panel says so, and goes on guiding.
      await expect.poll(() => panelText(page)).toContain('could not save its progress');
      await panel(page).getByRole('button', { name: 'Hide the guide' }).click();
      await expect(panel(page).getAttribute('class')).resolves.toContain('collapsed');
      await sleep(500);
      expect(errors).toEqual([]);
      const { progress } = (await storedItems(browser)) as { progress?: { lastStep: string } };
      expect(progress?.lastStep).toBe('request-delete');
      await storeItems(browser, {});
      await page.close();
    });
  });

  it('the extension updated mid-flow: the old panel and ring stand down without errors; after a reload the guide goes on with the stored progress', async () => {
    const browser = await launchChromium(server.port);
    try {
      const page = await browser.context.newPage();
      await setScene(page, SIGNED_IN, DELETE_PAGE);
      await expectStep(page, 'request-delete');
      await panel(page).getByRole('button', { name: 'I understand, start' }).click();
      await locate(page, { css: 'button', text: 'Delete my account' }).click();
      await expectStep(page, 'type-agree');
      const before = ((await storedItems(browser)) as { progress: { lastStep: string; startedAt: number } }).progress;
      expect(before.lastStep).toBe('type-agree');
      const errors = await collectExceptions(page);

      await reloadExtension(browser);
      // The orphaned script notices within a second or two and takes its panel and ring away.
      await expect.poll(() => page.locator('[data-exit-guide]').count(), { timeout: 5000 }).toBe(0);
      // The page goes on working, and page changes do not wake the old script.
      await locate(page, { css: '[role="dialog"] input' }).click();
      await page.keyboard.type('agr', { delay: 20 });
      await sleep(1500);
      expect(errors).toEqual([]);

      await page.reload();
      await expectStep(page, 'request-delete');
      await expectRing(page, { css: 'button', text: 'Delete my account' });
      expect(await panelText(page)).not.toContain('I understand, start');
      const after = ((await storedItems(browser)) as { progress: { lastStep: string; startedAt: number } }).progress;
      expect(after.startedAt).toBe(before.startedAt);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('back and then forward: each page shows its own step again', async () => {
    const browser = await launchChromium(server.port);
    try {
      const page = await browser.context.newPage();
      await setScene(page, SIGNED_IN, 'http://home.aliexpress.com/index.htm');
      await expectStep(page, 'account-settings');
      await locate(page, { css: 'a', text: 'Account Settings' }).click();
      await expectStep(page, 'edit-profile');
      await locate(page, { css: 'a', text: 'Edit Member Profile' }).click();
      await expectStep(page, 'deactivate-link');
      await page.goBack();
      await expectStep(page, 'edit-profile');
      await page.goBack();
      await expectStep(page, 'account-settings');
      await page.goForward();
      await expectStep(page, 'edit-profile');
      await expectRing(page, { css: 'a', text: 'Edit Member Profile' });
      await page.goForward();
      await expectStep(page, 'deactivate-link');
      await expectRing(page, { css: 'a', text: 'Deactivate Account' });
    } finally {
      await browser.close();
    }
  });
});

/**
 * An update of the extension as Chromium applies it: the extension reloads under the open
 * pages (chrome.runtime.reload, as after a store update). Outside developer mode Chromium
 * disables an unpacked extension that reloads ("unsupportedDeveloperExtension"), so the
 * switch is turned on first, on chrome://extensions.
 */
async function reloadExtension(browser: ChromiumSession): Promise<void> {
  const settings = await browser.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() => new Promise((resolve) => {
    type Developer = { updateProfileConfiguration(update: object, done: () => void): void };
    (globalThis as unknown as { chrome: { developerPrivate: Developer } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => resolve(null));
  }));
  await settings.close();
  const old = workerOf(browser);
  const fresh = browser.context.waitForEvent('serviceworker', { predicate: (worker) => worker !== old, timeout: 10_000 });
  await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await fresh;
}

/** Uncaught exceptions and console errors of every world in the page, the extension's included (CDP Runtime). */
async function collectExceptions(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) => errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error') errors.push(event.args.map((arg) => arg.description ?? arg.value).join(' '));
  });
  await cdp.send('Runtime.enable');
  return errors;
}
