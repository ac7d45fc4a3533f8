// Both flows walked start to done, in Chromium and Firefox, through the shapes the live site
// serves (liveWalks.ts). At each point the walker checks the panel's step, the one ring on
// the control, in the frame that holds it, and that the panel leaves it clear.
import type { Browser as FirefoxBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { launchFirefox, newFirefoxPage, untrustedInFrames } from '../harness/firefox';
import { playwrightDriver } from '../harness/playwrightDriver';
import { puppeteerDriver } from '../harness/puppeteerDriver';
import { recorderScript } from '../harness/untrusted';
import { walk } from '../harness/walker';
import { expectNoRing, expectStep, setScene, type Driver } from '../harness/walker';
import { currentShapesDeletion, legacyShapesDeactivation, settingsViewDeactivation } from './liveWalks';

const WALKS = [currentShapesDeletion, legacyShapesDeactivation, settingsViewDeactivation];

/** A slider captcha in a frame over the privacy centre blocks the page, whatever the frame's address. */
async function captchaInFrame(driver: Driver): Promise<void> {
  await setScene(driver, { eg_session: '1', eg_variant: 'captcha-frame' }, 'http://privacy.aliexpress.com/home#/request/delete');
  await expectStep(driver, 'blocked');
  await expectNoRing(driver);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe('live shapes, walked in Chromium', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium(server.port);
    await chromium.context.addInitScript(recorderScript());
  });
  afterAll(async () => {
    await chromium?.close();
  });

  for (const flow of WALKS) {
    it(flow.name, { timeout: 180_000 }, async () => {
      await chromium.context.clearCookies();
      const page = await chromium.context.newPage();
      await page.bringToFront();
      await walk(playwrightDriver(page), flow);
      await page.close();
    });
  }

  it('a captcha frame over the privacy centre', async () => {
    await chromium.context.clearCookies();
    const page = await chromium.context.newPage();
    await captchaInFrame(playwrightDriver(page));
    await page.close();
  });
});

describe('live shapes, walked in Firefox', () => {
  let firefox: FirefoxBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  for (const flow of WALKS) {
    it(flow.name, { timeout: 180_000 }, async () => {
      const page = await newFirefoxPage(firefox, recorderScript());
      await walk(puppeteerDriver(page), flow);
      expect(await untrustedInFrames(page)).toEqual([]);
      await page.close();
    });
  }

  it('a captcha frame over the privacy centre', async () => {
    const page = await newFirefoxPage(firefox);
    await captchaInFrame(puppeteerDriver(page));
    await page.close();
  });
});
