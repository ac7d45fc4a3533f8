import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchFirefox, newFirefoxPage, untrustedInFrames } from '../harness/firefox';
import { puppeteerDriver } from '../harness/puppeteerDriver';
import { recorderScript } from '../harness/untrusted';
import { walk } from '../harness/walker';
import { deactivationWalk, deletionWalk } from '../walks';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
  browser = await launchFirefox(server.port);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR: the same guide', () => {
  for (const flow of [deletionWalk, deactivationWalk]) {
    it(`${flow.name}: every page from sign-in to done (the deactivation walk signs in through the framed legacy box)`, async () => {
      const page = await newFirefoxPage(browser, recorderScript());
      await walk(puppeteerDriver(page), flow);
      expect(await untrustedInFrames(page)).toEqual([]);
      await page.close();
    });
  }
});
