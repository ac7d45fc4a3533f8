import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads a page saved by scripts/snapshot-fixtures.ts into happy-dom's document, as the page
 * stood in Chromium at that state. Only the page's own markup goes in: no hooks, no location
 * (the engine is handed the URL, as the content script hands it `location`).
 */
const DIR = path.join(import.meta.dirname, '../fixtures/snapshots');

export interface SnapshotEntry {
  /** The page URL at that state, hash included. */
  url: string;
  state: string;
}

export const snapshotIndex: Record<string, SnapshotEntry> = JSON.parse(readFileSync(path.join(DIR, 'index.json'), 'utf8'));

interface HappyDomWindow {
  happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } };
}

/**
 * happy-dom loads no stylesheet, script or frame by default, which is what we want: the
 * fixtures hide with the `hidden` attribute and inline styles, computed without site.css.
 * It reports each skipped stylesheet as an error; count them as loaded instead. (A skipped
 * frame, in the legacy sign-in page, is still reported once; happy-dom has no switch for it.)
 */
function skipFilesQuietly(): void {
  const settings = (window as unknown as HappyDomWindow).happyDOM?.settings;
  if (settings) settings.handleDisabledFileLoadingAsSuccess = true;
}

/** Splits a saved page into the <html> tag's attributes and its content. */
function parts(html: string, name: string): { attributes: string; content: string } {
  const match = html.match(/<html\b([^>]*)>([\s\S]*)<\/html>/i);
  if (!match) throw new Error(`Snapshot ${name} has no <html> element`);
  return { attributes: match[1] ?? '', content: match[2] ?? '' };
}

export function loadSnapshot(name: string): { location: URL; state: string } {
  const entry = snapshotIndex[name];
  if (!entry) throw new Error(`No snapshot named ${name} in test/fixtures/snapshots/index.json`);
  skipFilesQuietly();
  const { attributes, content } = parts(readFileSync(path.join(DIR, `${name}.html`), 'utf8'), name);
  const root = document.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  for (const [, key, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) root.setAttribute(key!, value!);
  root.innerHTML = content;
  return { location: new URL(entry.url), state: entry.state };
}
