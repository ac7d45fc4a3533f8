import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_EXTENSION = path.resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with Exit Guide loaded and every AliExpress host answered by the local fixture
 * server (shared/browser-recipe.md). A fresh profile each time.
 */
export async function launchChromium(
  port: number,
  options: { headless?: boolean; extraArgs?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'exit-guide-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1366, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION}`,
      `--load-extension=${CHROME_EXTENSION}`,
      `--host-resolver-rules=MAP *.aliexpress.com 127.0.0.1:${port}, MAP aliexpress.com 127.0.0.1:${port}, MAP *.aliexpress.us 127.0.0.1:${port}, MAP aliexpress.us 127.0.0.1:${port}, MAP *.aliexpress.ru 127.0.0.1:${port}, MAP aliexpress.ru 127.0.0.1:${port}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
