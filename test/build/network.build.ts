import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_FETCHES, scanBundle, type BundleFile } from './scanBundle';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;

function builtCode(dir: string): BundleFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|html|css)$/.test(name))
    .map((name) => ({ name, code: readFileSync(path.join(dir, name), 'utf8') }));
}

// Issue 6, "Never leaks": no request, no remote or generated code, in anything the build ships.
for (const [browser, dir] of Object.entries(BUILDS)) {
  describe(`${browser} build sends nothing`, () => {
    const files = builtCode(dir);
    const { problems, knownFetches } = scanBundle(files);

    it('scans the content script, the background and both extension pages', () => {
      const names = files.map((file) => file.name.split(path.sep).join('/'));
      expect(names).toEqual(expect.arrayContaining(['content-scripts/content.js', 'background.js', 'popup.html', 'welcome.html']));
    });

    it('holds no network call, eval or remote script, and no URL outside the allowlist', () => {
      expect(problems.map((p) => `${p.file}: ${p.what} in …${p.excerpt}…`)).toEqual([]);
    });

    it("holds exactly the known library fetches that never run for us (scanBundle.ts, KNOWN_FETCHES)", () => {
      expect(knownFetches).toEqual(KNOWN_FETCHES.map((known) => known.times));
    });
  });
}
