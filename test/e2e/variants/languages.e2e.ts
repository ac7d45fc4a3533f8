import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { untrustedEvents } from '../harness/panel';
import { playwrightDriver } from '../harness/playwrightDriver';
import { recorderScript } from '../harness/untrusted';
import { walk } from '../harness/walker';
import { deactivationWalk, deletionWalk, type Walk } from '../walks';
import { localizeWalk } from './localizedWalks';

/** The languages with complete dictionaries on the fixture server (test/server/locales/). */
const LANGUAGES = ['es', 'fr', 'de', 'pt', 'ru'];
/** Regional sites: the same pages on their own domain; aliexpress.ru is in Russian. */
const REGIONAL: [host: string, lang: string][] = [['aliexpress.us', 'en'], ['aliexpress.ru', 'ru']];

let server: FixtureServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
  browser = await launchChromium(server.port);
  await browser.context.addInitScript(recorderScript());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every walk is a new person: no cookies (session, locale) and no guide progress from the last one.
beforeEach(async () => {
  await browser.context.clearCookies();
  const worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', { clear(): Promise<void> }> } }).chrome;
    await storage.local.clear();
    await storage.session.clear();
  });
});

async function walkThrough(flow: Walk): Promise<void> {
  const page = await browser.context.newPage();
  const untrusted: unknown[] = [];
  page.on('load', async () => untrusted.push(...(await untrustedEvents(page))));
  try {
    await walk(playwrightDriver(page), flow);
    untrusted.push(...(await untrustedEvents(page)));
    expect(untrusted).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('Chromium: both flows on the language sites, walked as a person would', () => {
  for (const lang of LANGUAGES) {
    for (const flow of [deletionWalk, deactivationWalk]) {
      it(`${lang}.aliexpress.com: ${flow.name}, every page shows its step and rings its control`, async () => {
        await walkThrough(localizeWalk(flow, lang, `${lang}.aliexpress.com`));
      });
    }
  }
});

describe('Chromium: deletion on the regional sites', () => {
  for (const [host, lang] of REGIONAL) {
    it(`${host}: delete, every page shows its step and rings its control`, async () => {
      await walkThrough(localizeWalk(deletionWalk, lang, host));
    });
  }
});
