import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = path.resolve('.output/firefox-mv2');

/**
 * Firefox ESR over WebDriver BiDi with Exit Guide installed as a temporary add-on, and the
 * fixture server as its HTTP proxy, so every AliExpress host is answered locally
 * (shared/browser-recipe.md).
 */
export async function launchFirefox(port: number): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The window size every supported version honours; setViewport refines it where it can.
    args: ['--width=1366', '--height=900'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'browser.shell.checkDefaultBrowser': false,
      // The fixture pages are http only: no HTTPS-First upgrade of their links.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  await closeWelcomeTab(browser);
  return browser;
}

/**
 * Installing opens the first-run tab, and it can open after a test's own tab (later on a loaded
 * machine), taking the foreground: Firefox then hardly runs animation frames in the test's
 * tab, so readings and the ring wait. Closed, as the Chromium harness closes its own.
 */
async function closeWelcomeTab(browser: Browser): Promise<void> {
  // WebDriver BiDi gives an extension page's address as about:blank: the page itself knows it.
  const end = Date.now() + 5000;
  while (Date.now() < end) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.endsWith('/welcome.html')) return page.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function newFirefoxPage(browser: Browser, initScript?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.bringToFront();
  try {
    await page.setViewport({ width: 1366, height: 900 });
  } catch (error) {
    // ESR 140 lacks BiDi's emulation commands (setScreenOrientationOverride): its window
    // keeps the size given at launch. Anything else is a real failure.
    if (!/unknown command|UnknownCommandException|not supported/i.test(String(error))) throw error;
    const version = await browser.version();
    console.warn(`${version}: page.setViewport is not supported (${String(error).split('\n')[0]}); the launch window size stands`);
  }
  if (initScript) await page.evaluateOnNewDocument(initScript);
  return page;
}

/** Untrusted events the page recorder saw, in every frame of a Firefox page. */
export async function untrustedInFrames(page: Page): Promise<unknown[]> {
  const untrusted: unknown[] = [];
  for (const frame of page.frames()) {
    untrusted.push(...(await frame.evaluate(() => (window as unknown as { __egUntrusted?: unknown[] }).__egUntrusted ?? [])));
  }
  return untrusted;
}
