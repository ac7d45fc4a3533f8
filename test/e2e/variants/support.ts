// What the variant suites share: a browser on the fixture server, a driver that lets a
// late-rendering page finish like a person would wait for it, and checks the walker does not
// make (is the ringed control really seen, or hidden under a header, a box edge or a modal).
import type { Frame, Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import type { Box } from '../harness/geometry';
import { locate, playwrightDriver } from '../harness/playwrightDriver';
import { recorderScript } from '../harness/untrusted';
import type { Driver } from '../harness/walker';
import type { TargetRef } from '../walks';

export interface Session {
  server: FixtureServer;
  browser: ChromiumSession;
  /** Closes the tabs newPage() opened: after each test, pass or fail. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

const opened = new WeakMap<Session, Set<Page>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSession(options: { extraArgs?: string[] } = {}): Promise<Session> {
  const server = await startFixtureServer({ port: 0 });
  const browser = await launchChromium(server.port, options);
  await browser.context.addInitScript(recorderScript());
  const session: Session = {
    server,
    browser,
    async closePages() {
      const pages = opened.get(session) ?? new Set();
      await Promise.all([...pages].map((page) => page.close().catch(() => undefined)));
      pages.clear();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  opened.set(session, new Set());
  return session;
}

/** A new tab in the foreground, drawn at the display's rate; closed by session.closePages(). */
export async function newPage(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  opened.get(session)?.add(page);
  await page.bringToFront();
  return page;
}

/** A skeleton page marks itself aria-busy (variant `late`); a person waits for the content. */
async function isBusy(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => document.querySelector('[aria-busy="true"]') !== null).catch(() => false);
}

export async function waitForContent(page: Page, timeout = 25_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    let busy = false;
    for (const frame of page.frames()) busy ||= await isBusy(frame);
    if (!busy) return;
    await sleep(100);
  }
}

/**
 * The walker's driver, reading the panel and the control only once no frame shows a
 * skeleton: the walker's timeouts are for the extension, not for the page's own loading.
 */
export function settledDriver(page: Page): Driver {
  const base = playwrightDriver(page);
  return {
    ...base,
    async panelStep() {
      await waitForContent(page);
      return base.panelStep();
    },
    async box(ref) {
      await waitForContent(page);
      return base.box(ref);
    },
    // The page's own viewport: under browser zoom it is smaller than the window Playwright set.
    // Scroll offsets snap to whole pixels, so a control of fractional width scrolled flush to
    // the edge may overhang it by less than a pixel: half a pixel is allowed, as for the ring.
    viewport: () => page.evaluate(() => ({ width: document.documentElement.clientWidth + 0.5, height: window.innerHeight + 0.5 })),
  };
}

/** Every host a walk visits: browser zoom is kept per host. */
const ZOOM_HOSTS = ['www.aliexpress.com', 'login.aliexpress.com', 'passport.aliexpress.com', 'home.aliexpress.com',
  'my.aliexpress.com', 'accounts.aliexpress.com', 'privacy.aliexpress.com', 'ilogisticsaddress.aliexpress.com'];

/**
 * Real browser zoom, what Ctrl+ and Ctrl- do: chrome.tabs.setZoom, called in the extension's
 * service worker for a tab showing each AliExpress host in turn. Chromium keeps the zoom per
 * host in the profile, so every later page of the session opens zoomed: a smaller CSS
 * viewport (683 x 450 at 200% in a 1366 x 900 window) and a larger devicePixelRatio.
 */
export async function setBrowserZoom(session: Session, factor: number): Promise<void> {
  const worker = session.browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker to set the zoom from');
  const page = await newPage(session);
  for (const host of ZOOM_HOSTS) {
    await page.goto(`http://${host}/__zoom`);
    await worker.evaluate(async (zoom) => {
      type Tabs = { query(q: object): Promise<{ id: number }[]>; setZoom(id: number, zoom: number): Promise<void> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab) throw new Error('no active tab');
      await tabs.setZoom(tab.id, zoom);
    }, factor);
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    if (Math.abs(ratio - factor) > 0.01) throw new Error(`zoom on ${host} is ${ratio}, not ${factor}`);
  }
  await page.close();
}

function frameOf(page: Page, ref: TargetRef): Promise<Frame | null> {
  if (!ref.frame) return Promise.resolve(page.mainFrame());
  return page.locator(ref.frame).first().elementHandle().then((el) => el?.contentFrame() ?? null);
}

/**
 * Why the person cannot see the ringed control although the walker's geometry holds, or ''.
 * The page's topmost element at three points across the control must be the control, inside
 * it, or its label: a sticky header, the edge of a scroll box, a modal's backdrop or the panel
 * would be hit instead. Elements with pointer-events: none (the ring, watermark overlays)
 * are never hit.
 */
export async function obscuredProblem(page: Page, ref: TargetRef): Promise<string> {
  const frame = await frameOf(page, ref);
  const handle = await locate(page, ref).elementHandle({ timeout: 2000 }).catch(() => null);
  if (!frame || !handle) return `no element for ${JSON.stringify(ref)}`;
  return handle.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    for (const fx of [0.5, 0.2, 0.8]) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      const label = (el as HTMLInputElement).labels?.[0];
      if (hit && (hit === el || el.contains(hit) || label?.contains(hit))) continue;
      const what = hit ? `<${hit.tagName.toLowerCase()} class="${String(hit.className).slice(0, 40)}">` : 'nothing';
      return `at (${Math.round(x)}, ${Math.round(y)}) the page shows ${what}, not the control at (${Math.round(rect.left)}, ${Math.round(rect.top)}) ${Math.round(rect.width)}x${Math.round(rect.height)}`;
    }
    return '';
  });
}

export async function expectUnobscured(page: Page, ref: TargetRef): Promise<void> {
  let problem = await obscuredProblem(page, ref);
  for (let i = 0; problem && i < 10; i += 1) {
    await sleep(100);
    problem = await obscuredProblem(page, ref);
  }
  if (problem) throw new Error(`${JSON.stringify(ref)} is ringed but not seen on ${page.url()}: ${problem}`);
}

/** Why the panel is not on top of the page where it stands, or ''. */
export async function panelCoveredProblem(page: Page): Promise<string> {
  const box: Box | null = await page.locator('[data-testid="exit-guide-panel"]').boundingBox().catch(() => null);
  if (!box) return 'no panel box';
  return page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    if (hit?.shadowRoot?.querySelector('[data-testid="exit-guide-panel"]')) return '';
    return hit ? `the page's <${hit.tagName.toLowerCase()} class="${String(hit.className).slice(0, 40)}"> is on top of the panel at (${Math.round(x)}, ${Math.round(y)})` : 'nothing at the panel';
  }, { x: box.x + box.width / 2, y: box.y + Math.min(30, box.height / 2) });
}

export const panelLocator = (page: Page) => page.locator('[data-testid="exit-guide-panel"]');
