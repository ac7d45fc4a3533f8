import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browser.ts';

export const HEAVY_URL = 'http://www.aliexpress.com/';

export type Variant = 'heavy' | 'heavy-late';

/** What the heavy page (test/fixtures/bench/heavy.js) and the probe (pageProbe.js) record. */
interface PageStats {
  domContentLoaded: number;
  elementsAtLoad: number;
  cardsAdded: number;
  carouselMutations: number;
  lateInsertedAt: number | null;
}
interface ProbeStats {
  longTasks: { start: number; duration: number }[];
  ringShownAt: number | null;
}

export interface LoadSample {
  /** Main-thread task and script time (CDP Performance metrics), ms: navigation commit → load. */
  taskLoad: number;
  scriptLoad: number;
  /** The same over the fixed window after load. */
  taskWindow: number;
  scriptWindow: number;
  longTasks: ProbeStats['longTasks'];
  /** Carousel frames and grid cards per second during the window. */
  framesPerSecond: number;
  cardsPerSecond: number;
  elementsAtLoad: number;
  /** DOMContentLoaded → ring shown, ms (null: never shown). */
  ringAfterDcl: number | null;
  /** Used JS heap of the page's isolate after a full GC at the end of the window. */
  heapUsed: number;
}

const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

export async function openVariant(browser: BenchBrowser, variant: Variant): Promise<{ page: Page; cdp: CDPSession }> {
  await browser.context.addCookies([{ name: 'eg_variant', value: variant, domain: '.aliexpress.com', path: '/' }]);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp };
}

async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

const pageStats = (page: Page) => page.evaluate('({ ...window.__heavyPage })') as Promise<PageStats>;
export const probeStats = (page: Page) => page.evaluate('({ ...window.__benchProbe })') as Promise<ProbeStats>;

/** One load of the heavy page, measured over `windowMs` after the load event. */
export async function measureLoad(browser: BenchBrowser, windowMs: number): Promise<LoadSample> {
  const { page, cdp } = await openVariant(browser, 'heavy');
  // Enabled before navigating: the counters start with the new document's renderer.
  await cdp.send('Performance.enable');
  await page.goto(HEAVY_URL, { waitUntil: 'load' });
  const atLoad = await metrics(cdp);
  const before = await pageStats(page);
  await sleep(windowMs);
  const atEnd = await metrics(cdp);
  const after = await pageStats(page);
  const probe = await probeStats(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  const seconds = windowMs / 1000;
  return {
    taskLoad: atLoad.task,
    scriptLoad: atLoad.script,
    taskWindow: atEnd.task - atLoad.task,
    scriptWindow: atEnd.script - atLoad.script,
    longTasks: probe.longTasks,
    framesPerSecond: (after.carouselMutations - before.carouselMutations) / seconds,
    cardsPerSecond: (after.cardsAdded - before.cardsAdded) / seconds,
    elementsAtLoad: after.elementsAtLoad,
    ringAfterDcl: probe.ringShownAt === null ? null : probe.ringShownAt - after.domContentLoaded,
    heapUsed: heap.usedSize,
  };
}

/** The late variant: the page inserts the target 1.5 s after DOMContentLoaded; ms from then to the ring. */
export async function measureLateRing(browser: BenchBrowser, timeoutMs = 6000): Promise<number | null> {
  const { page } = await openVariant(browser, 'heavy-late');
  await page.goto(HEAVY_URL, { waitUntil: 'domcontentloaded' });
  const deadline = Date.now() + timeoutMs;
  let result: number | null = null;
  while (Date.now() < deadline) {
    await sleep(100);
    const [stats, probe] = await Promise.all([pageStats(page), probeStats(page)]);
    if (stats.lateInsertedAt !== null && probe.ringShownAt !== null) {
      result = probe.ringShownAt - stats.lateInsertedAt;
      break;
    }
  }
  await page.close();
  return result;
}
