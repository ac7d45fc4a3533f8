import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchFirefox, newFirefoxPage } from '../harness/firefox';
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
      const untrusted = [];
      for (const frame of page.frames()) {
        untrusted.push(...(await frame.evaluate(() => (window as unknown as { __egUntrusted?: unknown[] }).__egUntrusted ?? [])));
      }
      expect(untrusted).toEqual([]);
      await page.close();
    });
  }
});
