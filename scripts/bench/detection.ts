import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { BenchBrowser } from './browser.ts';
import type { PassTimes } from './detectionEntry.ts';
import { HEAVY_URL, openVariant } from './loadRun.ts';

const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/** engine/ and flows/ as one script for the page (the same modules the content script bundles). */
async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./detectionEntry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Times readPage in the heavy page's own window, against the live DOM while the grid and the
 * carousel keep changing: `perFrame` passes in each of a run of animation frames.
 */
export async function timeDetection(browser: BenchBrowser, passes: number, perFrame: number): Promise<PassTimes & { timerResolutionUs: number }> {
  const script = await engineBundle();
  const { page } = await openVariant(browser, 'heavy');
  await page.goto(HEAVY_URL, { waitUntil: 'load' });
  await sleep(1000);
  await page.addScriptTag({ content: script });
  const isolated = (await page.evaluate('crossOriginIsolated')) as boolean;
  const times = (await page.evaluate(`window.__benchDetect(${passes}, ${perFrame})`)) as PassTimes;
  await page.close();
  // Chromium's performance.now() steps: 5 µs in a cross-origin isolated page, else 100 µs.
  return { ...times, timerResolutionUs: isolated ? 5 : 100 };
}
