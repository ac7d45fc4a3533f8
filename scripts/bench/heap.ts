import type { BenchBrowser } from './browser.ts';
import { HEAVY_URL, openVariant } from './loadRun.ts';

interface SamplingNode {
  callFrame: { url: string };
  selfSize: number;
  children: SamplingNode[];
}

const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/**
 * The content script's live JS heap, isolated by allocation site: V8's sampling heap profiler
 * (one sample per 4 KB allocated) keeps the stack of every sampled object still alive after a
 * full GC; objects allocated with a frame of content.js on that stack are the content script's.
 * Sampling starts before navigation and carries over to the page's renderer.
 */
export async function contentScriptHeap(browser: BenchBrowser, windowMs: number): Promise<{ attributed: number; sampledTotal: number }> {
  const contentUrl = `chrome-extension://${browser.extensionId}/content-scripts/content.js`;
  const { page, cdp } = await openVariant(browser, 'heavy');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
  await page.goto(HEAVY_URL, { waitUntil: 'load' });
  await sleep(windowMs);
  await cdp.send('HeapProfiler.collectGarbage');
  const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as unknown as { profile: { head: SamplingNode } };
  await cdp.send('HeapProfiler.stopSampling');
  await page.close();
  let attributed = 0;
  let sampledTotal = 0;
  const walk = (node: SamplingNode, inScript: boolean) => {
    const own = inScript || node.callFrame.url === contentUrl;
    sampledTotal += node.selfSize;
    if (own) attributed += node.selfSize;
    for (const child of node.children) walk(child, own);
  };
  walk(profile.head, false);
  return { attributed, sampledTotal };
}
