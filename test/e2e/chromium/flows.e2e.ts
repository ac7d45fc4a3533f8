import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { untrustedEvents } from '../harness/panel';
import { walk } from '../harness/playwrightDriver';
import { recorderScript } from '../harness/untrusted';
import { deactivationWalk, deletionWalk } from '../walks';

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

describe('Chromium: the whole path, walked as a person would', () => {
  for (const flow of [deletionWalk, deactivationWalk]) {
    it(`${flow.name}: every page from sign-in to done shows its step and rings its control`, async () => {
      const page = await browser.context.newPage();
      const untrusted: unknown[] = [];
      page.on('framenavigated', async () => undefined);
      page.on('load', async () => untrusted.push(...(await untrustedEvents(page))));
      await walk(page, flow);
      untrusted.push(...(await untrustedEvents(page)));
      expect(untrusted).toEqual([]);
      await page.close();
    });
  }
});
