import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../server/fixtureServer';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { untrustedEvents } from '../harness/panel';
import { playwrightDriver } from '../harness/playwrightDriver';
import { walk } from '../harness/walker';
import { recorderScript } from '../harness/untrusted';
import { STEP_IDS } from '@/flows/steps';
import { deactivationWalk, deletionWalk } from '../walks';

/**
 * The fields of stored progress (store/progressItem.ts), written out here on purpose: a new
 * stored field fails this test until someone has checked it keeps nothing the person typed.
 */
const STORED_FIELDS = ['active', 'goal', 'collapsed', 'introSeen', 'startedAt', 'updatedAt', 'seen', 'lastStep', 'locale'];

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
      page.on('load', async () => untrusted.push(...(await untrustedEvents(page))));
      await walk(playwrightDriver(page), flow);
      untrusted.push(...(await untrustedEvents(page)));
      expect(untrusted).toEqual([]);
      // Nothing the person typed is kept: only step ids and times.
      const worker = browser.context.serviceWorkers()[0]!;
      const areas = (await worker.evaluate(async () => {
        type Area = { get(keys: null): Promise<object> };
        const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', Area> } }).chrome;
        return { local: await storage.local.get(null), session: await storage.session.get(null), sync: await storage.sync.get(null) };
      })) as { local: { progress?: object }; session: object; sync: object };
      // Only the progress item, and in it only the fields it is made of.
      expect(Object.keys(areas.local)).toEqual(['progress']);
      expect(areas.session).toEqual({});
      expect(areas.sync).toEqual({});
      expect(Object.keys(areas.local.progress ?? {}).sort()).toEqual([...STORED_FIELDS].sort());
      const stored = JSON.stringify(areas);
      expect(stored).toContain('"lastStep":"done"');
      // Step ids such as "type-agree" are allowed; anything else that looks typed is not, not
      // even the first letters of it (what a field held while the person was typing).
      const withoutStepIds = STEP_IDS.reduce((text, id) => text.replaceAll(`"${id}"`, '""'), stored);
      for (const typed of ['priya@example.com', 'cn1234567890abc', 'correct horse', 'agree', 'Deactivate my account']) {
        for (let length = 4; length <= typed.length; length += 1) expect(withoutStepIds).not.toContain(typed.slice(0, length));
      }
      expect(withoutStepIds).not.toContain('123456');
      await page.close();
    });
  }
});
