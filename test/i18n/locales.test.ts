import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '@/i18n';
import { extensionCatalogs } from '@/i18n/extensionPages';
import extensionEn from '@/i18n/extensionPages/en';
import panelEn from '@/i18n/locales/en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Each locale's messages: the panel's and the extension pages', checked together against English. */
const en: Record<string, string> = { ...panelEn, ...extensionEn };
const translations = Object.keys(catalogs)
  .filter((code) => code !== 'en')
  .map((code) => [code, { ...catalogs[code], ...extensionCatalogs[code] }] as [string, Record<string, string>]);
const LOCALES_DIR = path.resolve('public/_locales');

describe.each(translations)('locale %s', (code, catalog) => {
  it('has every key English has, and no other', () => {
    const missing = Object.keys(en).filter((key) => !(key in catalog));
    const extra = Object.keys(catalog).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the keys in the order of English, so the files read side by side', () => {
    expect(Object.keys(catalog)).toEqual(Object.keys(en));
  });

  it('uses exactly the {placeholders} of each English message', () => {
    const differ = Object.entries(en)
      .filter(([key, text]) => JSON.stringify(placeholders(catalog[key] ?? '')) !== JSON.stringify(placeholders(text)))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('has no empty message', () => {
    expect(Object.entries(catalog).filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it('quotes AliExpress labels as the page shows them, in English', () => {
    const lost: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      for (const [, label] of text.matchAll(/“([^”{}]+)”/g)) {
        if (!(catalog[key] ?? '').includes(label!)) lost.push(`${key}: ${label}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('store listing messages (public/_locales)', () => {
  it('exist for exactly the languages of the catalogs', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(Object.keys(catalogs).sort());
  });

  it.each(Object.keys(catalogs))('%s: name and description, within the stores\' limits', (code) => {
    const messages = JSON.parse(readFileSync(path.join(LOCALES_DIR, code, 'messages.json'), 'utf8'));
    expect(Object.keys(messages).sort()).toEqual(['extDescription', 'extName']);
    expect(messages.extName.message).toBe('Exit Guide for AliExpress');
    // Chrome Web Store: a description of at most 132 characters.
    expect(messages.extDescription.message.length).toBeGreaterThan(20);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
