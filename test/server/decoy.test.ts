// @vitest-environment node
// Variants decoy, decoy-placed and decoy-sign-in (test/server/variants/decoy.ts): the copies
// come first in <body>, each marked, hidden the way its mark says; the page itself is left as it was.
import { Script } from 'node:vm';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { fetchFixture } from './httpClient.ts';
import { HIDDEN_BY_PLACE, HIDDEN_BY_STYLE } from './variants/decoy.ts';

let server: FixtureServer;
const window = new Window();
beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await window.happyDOM.close();
});

const PAGE = 'http://privacy.aliexpress.com/home';

async function page(variant: string): Promise<{ text: string; doc: Document }> {
  const res = await fetchFixture(server.port, { url: PAGE, cookie: `eg_session=1; eg_variant=${variant}` });
  expect(res.status).toBe(200);
  return { text: res.body, doc: new window.DOMParser().parseFromString(res.body, 'text/html') as unknown as Document };
}

const marks = (doc: Document) => new Set(Array.from(doc.querySelectorAll('[data-decoy]'), (el) => el.getAttribute('data-decoy')));
const withoutDecoys = (doc: Document) => {
  doc.querySelectorAll('[data-decoy]').forEach((el) => el.remove());
  doc.querySelectorAll('script:not([src])').forEach((el) => el.textContent?.includes('__egDecoy') && el.remove());
  return doc.body.innerHTML.replace(/\s+/g, ' ').trim();
};

describe('decoy variants', () => {
  it('decoy: copies hidden by style and in a closed <details>, ahead of the page, and the page script that fakes input', async () => {
    const { text, doc } = await page('decoy');
    expect(marks(doc)).toEqual(new Set([...Object.keys(HIDDEN_BY_STYLE), 'closed-details']));
    expect(doc.body.firstElementChild?.hasAttribute('data-decoy')).toBe(true);
    expect(Array.from(doc.querySelectorAll('a[data-decoy]'), (a) => a.textContent)).toContain('Delete my account');
    expect(doc.querySelector('details[data-decoy]')?.hasAttribute('open')).toBe(false);
    expect(Array.from(doc.querySelectorAll('[data-decoy]'), (el) => el.textContent)).not.toContain('Sign in');
    const script = Array.from(doc.querySelectorAll('script:not([src])')).find((el) => el.textContent?.includes('__egDecoy'));
    expect(() => new Script(script?.textContent ?? '')).not.toThrow();
    expect(text.lastIndexOf('__egDecoy')).toBeGreaterThan(text.lastIndexOf('/static/privacy.js'));
  });

  it('decoy-placed: copies off screen, clipped to a pixel (aria-hidden) and inside a 0 x 0 box', async () => {
    const { doc } = await page('decoy-placed');
    expect(marks(doc)).toEqual(new Set([...Object.keys(HIDDEN_BY_PLACE), 'clipped']));
    expect(doc.querySelectorAll('[data-decoy="aria-hidden"]:not([aria-hidden="true"])')).toHaveLength(0);
  });

  it('decoy-sign-in: hidden Sign in copies only', async () => {
    const { doc } = await page('decoy-sign-in');
    expect(new Set(Array.from(doc.querySelectorAll('a[data-decoy], button[data-decoy]'), (el) => el.textContent))).toEqual(new Set(['Sign in']));
  });

  it('leaves the page itself as it was', async () => {
    const plain = (await page('')).doc.body.innerHTML.replace(/\s+/g, ' ').trim();
    for (const variant of ['decoy', 'decoy-placed', 'decoy-sign-in']) expect(withoutDecoys((await page(variant)).doc), variant).toBe(plain);
  });
});
