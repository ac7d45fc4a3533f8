import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The performance budget of issue 7; the benchmark and the size check read it from here. */
export const BUDGET = {
  /** Extension's extra main-thread time, as a share of the page's own. */
  extraMainThread: 0.02,
  /** Long tasks (> 50 ms) the extension causes. */
  extensionLongTasks: 0,
  /** DOMContentLoaded → ring shown, target in the page at load. */
  ringAtLoadMs: 100,
  /** Late target inserted → ring shown: one frame at 60 Hz plus 50 ms. */
  ringLateMs: 1000 / 60 + 50,
  /** One detection pass (readPage) on the heavy page, 95th percentile. */
  detectionP95Us: 1000,
  /** The content script, gzip -9. */
  contentScriptGzipBytes: 80 * 1024,
} as const;

export const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/content.js';

export function contentScriptSize(file = CONTENT_SCRIPT): { raw: number; gzip: number } {
  const code = readFileSync(file);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
