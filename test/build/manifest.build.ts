import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const ALIEXPRESS = ['*://*.aliexpress.com/*', '*://*.aliexpress.ru/*', '*://*.aliexpress.us/*'];

function manifestOf(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  describe(`${browser} manifest`, () => {
    const manifest = manifestOf(dir);

    it('asks for storage and nothing else', () => {
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.host_permissions ?? []).toEqual([]);
    });

    it('runs only on AliExpress hosts, in every frame', () => {
      const scripts = manifest.content_scripts as { matches: string[]; all_frames: boolean }[];
      expect(scripts).toHaveLength(1);
      expect([...scripts[0]!.matches].sort()).toEqual(ALIEXPRESS);
      expect(scripts[0]!.all_frames).toBe(true);
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
    });

    it('loads no remote code and keeps the default content security policy', () => {
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      const files = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? []), ...manifest.content_scripts[0].js];
      for (const file of files.filter(Boolean)) {
        const code = readFileSync(path.join(dir, file), 'utf8');
        expect(code, file).not.toMatch(/<script[^>]+src=["']https?:|import\(["']https?:|importScripts\(["']https?:/);
      }
    });

    it('has icons at 16, 32, 48 and 128 px', () => {
      for (const size of [16, 32, 48, 128]) {
        const file = path.join(dir, manifest.icons[size]);
        expect(existsSync(file), file).toBe(true);
        expect(pngSize(file)).toEqual([size, size]);
      }
    });

    it('takes its name and description from the locales, English and Hindi at least', () => {
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      expect(manifest.default_locale).toBe('en');
      for (const locale of ['en', 'hi']) {
        const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
        expect(messages.extName.message).toBeTruthy();
        expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
      }
    });
  });
}

describe('firefox manifest', () => {
  it('names the add-on and declares that it collects no data', () => {
    const gecko = manifestOf(BUILDS.firefox).browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('chrome gets no Firefox-only keys', () => {
    expect(manifestOf(BUILDS.chrome).browser_specific_settings).toBeUndefined();
  });
});
