import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/engine/detect';
import { styleProbe } from '@/engine/visibility';
import { flow, labels, STEP_IDS } from '@/flows';

/**
 * The engine against the shapes the live site serves (test/fixtures/live, each page naming
 * the public capture or script it follows in docs/sources.md): current and 2025 legacy
 * headers, the www sign-in modal, the passport code frame, captcha frames, the inline word
 * view, in-page settings views, cookie banners, a modal over a lookalike. The expected
 * control is named by the page's own selector; the engine must find the same element.
 */
const DIR = path.join(import.meta.dirname, '../fixtures/live');

interface Expectation {
  url: string;
  source: string;
  /** Only layout tells this page's answer (a modal marked by its backdrop alone): real browsers only. */
  layout?: boolean;
  expect: { step: string; target: string | null; revealing?: boolean; reason?: string; notices?: string[] };
}

const index: Record<string, Expectation> = JSON.parse(readFileSync(path.join(DIR, 'index.json'), 'utf8'));

function load(name: string): URL {
  const html = readFileSync(path.join(DIR, `${name}.html`), 'utf8');
  const match = html.match(/<html\b([^>]*)>([\s\S]*)<\/html>/i);
  if (!match) throw new Error(`${name} has no <html> element`);
  const root = document.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  for (const [, key, value] of (match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) root.setAttribute(key!, value!);
  root.innerHTML = match[2] ?? '';
  return new URL(index[name]!.url);
}

describe('pages shaped like the live site', () => {
  it('has an expectation for every page and a page for every expectation', () => {
    const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    expect(pages.sort()).toEqual(Object.keys(index).sort());
  });

  it.each(Object.keys(index).filter((name) => !index[name]!.layout))('%s', (name) => {
    const url = load(name);
    const { expect: wanted } = index[name]!;
    expect(STEP_IDS).toContain(wanted.step);
    const reading = readPage(flow, labels, url, document, { probe: styleProbe });
    expect(reading?.step).toBe(wanted.step);
    if (wanted.reason) expect(reading?.reason).toBe(wanted.reason);
    expect(reading?.notices).toEqual(wanted.notices ?? []);
    if (wanted.target === null) {
      expect(reading?.target?.element ?? null).toBeNull();
      return;
    }
    const targets = document.querySelectorAll(wanted.target);
    expect(targets).toHaveLength(1);
    expect(reading?.target?.element).toBe(targets[0]);
    expect(reading?.target?.revealing ?? false).toBe(wanted.revealing ?? false);
  });
});
