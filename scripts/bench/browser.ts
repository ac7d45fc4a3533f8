import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_EXTENSION, CHROMIUM } from '../../test/e2e/harness/chromium.ts';

export interface BenchBrowser {
  context: BrowserContext;
  /** Null for the browser without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * Headless Chromium, a fresh profile, AliExpress hosts answered by the fixture server; the
 * same flags with and without Exit Guide, so the two differ only by the extension.
 */
export async function launchBenchBrowser(port: number, withExtension: boolean): Promise<BenchBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'exit-guide-bench-'));
  const map = ['*.aliexpress.com', 'aliexpress.com'].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${CHROME_EXTENSION}`, `--load-extension=${CHROME_EXTENSION}`] : []),
      `--host-resolver-rules=${map}`,
      // A secure context, so the heavy page's COOP/COEP headers give it 5 µs timers.
      '--unsafely-treat-insecure-origin-as-secure=http://www.aliexpress.com',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
