// The pages shaped like the live site (test/fixtures/live, sources in docs/sources.md) read
// in real Chromium and Firefox: layout decides what shows, what a backdrop covers and which
// modal holds the page, which happy-dom cannot tell. At each page: the panel's step, and the
// one ring on the expected control (or no ring).
import type { Browser as FirefoxBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { launchFirefox, newFirefoxPage } from '../harness/firefox';
import { playwrightDriver } from '../harness/playwrightDriver';
import { puppeteerDriver } from '../harness/puppeteerDriver';
import { expectNoRing, expectRing, expectStep, type Driver } from '../harness/walker';
import { liveIndex, liveUrl, startLiveServer } from './liveServer';

let server: Awaited<ReturnType<typeof startLiveServer>>;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(async () => {
  await server?.close();
});

async function check(driver: Driver, name: string): Promise<void> {
  const { expect: wanted } = liveIndex[name]!;
  await driver.goto(liveUrl(name));
  await expectStep(driver, wanted.step);
  if (wanted.target) await expectRing(driver, { css: wanted.target });
  else await expectNoRing(driver);
}

const names = Object.keys(liveIndex);

describe('live shapes in Chromium', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium(server.port);
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it.each(names)('%s', async (name) => {
    const page = await chromium.context.newPage();
    await page.bringToFront();
    try {
      await check(playwrightDriver(page), name);
    } finally {
      await page.close();
    }
  });
});

describe('live shapes in Firefox', () => {
  let firefox: FirefoxBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(names)('%s', async (name) => {
    const page = await newFirefoxPage(firefox);
    try {
      await check(puppeteerDriver(page), name);
    } finally {
      await page.close();
    }
  });
});
