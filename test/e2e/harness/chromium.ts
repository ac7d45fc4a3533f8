import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_EXTENSION = path.resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The user-data-dir: pass it as `profile` to start the same browser again. */
  profile: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first-run tab takes the foreground; headless Chromium then draws the other tabs about
 * once a second (rAF at 1-2 Hz, though they report "visible"), and Playwright's wait for a
 * stable element takes two of those frames before each click. Closed, every test page runs
 * at the frame rate a person's tab has.
 */
async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const end = Date.now() + 5000;
  while (Date.now() < end) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await sleep(50);
  }
}

/**
 * Chromium with Exit Guide loaded and every AliExpress host answered by the local fixture
 * server (shared/browser-recipe.md). A fresh profile each time, unless `profile` names one to
 * reuse (a restart): that one is kept on close.
 */
export async function launchChromium(
  port: number,
  options: {
    headless?: boolean;
    extraArgs?: string[];
    viewport?: { width: number; height: number };
    profile?: string;
    /** Keep the first-run tab the extension opens on install (the test of that tab). */
    keepWelcomeTab?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const profile = options.profile ?? mkdtempSync(path.join(tmpdir(), 'exit-guide-chromium-'));
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
  // A fresh profile installs the extension, which opens its first-run tab.
  if (!options.profile && !options.keepWelcomeTab) await closeWelcomeTab(context);
  return {
    context,
    extensionId,
    profile,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
