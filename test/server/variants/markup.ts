// String helpers the page variants share. The fixture markup is regular (double-quoted
// attributes, no `>` inside attribute values), so tags and blocks are found with regular
// expressions; server tests check every transformed page still parses and keeps its scripts.
import type { RequestContext } from '../context.ts';

/** 32-bit FNV-1a: a stable hash, so a variant renders the same page the same way every time. */
export function fnv(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Seven base-62 characters, as the site's CSS-module build appends (`--1GDZChA`). */
export function shortHash(text: string): string {
  let a = fnv(text);
  let b = fnv(text, 0x01000193);
  let out = '';
  for (let i = 0; i < 7; i += 1) {
    const source = i < 4 ? a : b;
    out += BASE62[source % 62];
    if (i < 4) a = Math.floor(a / 62);
    else b = Math.floor(b / 62);
  }
  return out;
}

/** Adds markup right after the opening <head> tag: page scripts there run before the body is parsed. */
export function atHeadStart(html: string, snippet: string): string {
  return html.replace(/<head\b[^>]*>/i, (tag) => `${tag}\n${snippet}`);
}

export function atHeadEnd(html: string, snippet: string): string {
  return html.replace(/<\/head>/i, () => `${snippet}\n</head>`);
}

export function atBodyStart(html: string, snippet: string): string {
  return html.replace(/<body\b[^>]*>/i, (tag) => `${tag}\n${snippet}`);
}

export function atBodyEnd(html: string, snippet: string): string {
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html : `${html.slice(0, end)}${snippet}\n${html.slice(end)}`;
}

/** The body's content and the markup around it; null for a document without a body. */
export function splitBody(html: string): { before: string; content: string; after: string } | null {
  const open = html.match(/<body\b[^>]*>/i);
  const end = html.lastIndexOf('</body>');
  if (!open || open.index === undefined || end < 0) return null;
  const start = open.index + open[0].length;
  return { before: html.slice(0, start), content: html.slice(start, end), after: html.slice(end) };
}

export function scriptTag(name: string, attributes: Record<string, string> = {}): string {
  const extra = Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`).join('');
  return `<script src="/static/${name}"${extra}></script>`;
}

const RAW_BLOCK = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi;

/**
 * Rewrites a page in three parts: markup, the text of <style> blocks and the text of inline
 * <script> blocks, so a change of class names reaches all three alike.
 */
export function rewriteParts(html: string, parts: { markup(text: string): string; css(text: string): string; js(text: string): string }): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_BLOCK)) {
    const [, open, kind, body, close] = match;
    out += parts.markup(html.slice(last, match.index));
    const rewrittenOpen = parts.markup(open!);
    out += rewrittenOpen + (kind!.toLowerCase() === 'style' ? parts.css(body!) : parts.js(body!)) + close;
    last = match.index! + match[0].length;
  }
  return out + parts.markup(html.slice(last));
}

/** Visible text of a markup fragment: tags dropped, the few entities the fixtures use decoded. */
export function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses the attributes of a start tag's attribute text, keeping their order. */
export function parseAttributes(text: string): [string, string | null][] {
  const attributes: [string, string | null][] = [];
  for (const match of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*"([^"]*)")?/g)) {
    attributes.push([match[1]!, match[2] ?? null]);
  }
  return attributes;
}

export function formatAttributes(attributes: [string, string | null][]): string {
  return attributes.map(([name, value]) => (value === null ? ` ${name}` : ` ${name}="${value}"`)).join('');
}

/** Calls `edit` on every start tag of a markup fragment (not inside scripts or styles). */
export function editStartTags(markup: string, edit: (tag: string, attributes: [string, string | null][]) => [string, string | null][]): string {
  return markup.replace(/<([a-zA-Z][\w-]*)(\s[^<>]*?)?(\s*\/?)>/g, (whole, tag: string, attributeText: string | undefined, close: string) => {
    const attributes = parseAttributes(attributeText ?? '');
    const edited = edit(tag.toLowerCase(), attributes);
    if (edited === attributes) return whole;
    return `<${tag}${formatAttributes(edited)}${close}>`;
  });
}

/** What a page variant knows of its request: the address and the cookies (session, eg_login, ...). */
export type VariantContext = Pick<RequestContext, 'cookies' | 'url'>;

/**
 * The index just past the end tag of the element whose start tag begins at `start`, counting
 * nested elements of the same name; -1 when it is not closed.
 */
export function elementEnd(html: string, start: number): number {
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 40))?.[1];
  if (!tag) return -1;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

/** The first element whose start tag matches `startTag` (a pattern for the whole tag): where it starts and ends. */
export function findElement(html: string, startTag: RegExp, from = 0): { start: number; end: number } | null {
  const pattern = new RegExp(startTag.source, startTag.flags.includes('g') ? startTag.flags : `${startTag.flags}g`);
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return null;
  const end = elementEnd(html, match.index);
  return end < 0 ? null : { start: match.index, end };
}

/** Replaces the element found by `findElement` with what `replace` makes of its markup. */
export function replaceElement(html: string, startTag: RegExp, replace: (element: string) => string): string {
  const found = findElement(html, startTag);
  return found ? html.slice(0, found.start) + replace(html.slice(found.start, found.end)) + html.slice(found.end) : html;
}

/** The content of a <template id="…"> (under `hashed` its id is renamed: pass both names), rewritten. */
export function editTemplate(html: string, ids: string[], edit: (content: string) => string): string {
  const pattern = new RegExp(`(<template id="(?:${ids.join('|')})">)([\\s\\S]*?)(</template>)`);
  return html.replace(pattern, (_, open: string, content: string, close: string) => `${open}${edit(content)}${close}`);
}
