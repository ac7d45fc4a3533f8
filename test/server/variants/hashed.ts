// Variant `hashed`: the current design's markup. A CSS-module build renames every class on
// each release (`account--menuItem--1GDZChA` -> `es--item--4kQz9Tb`), ids go the same way,
// legacy data-role and data-spm attributes are gone, and components add wrapper elements and
// icons inside buttons and links. The rename reaches the page's CSS and scripts alike, so
// the page still works; only names a test or extension might lean on change.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editStartTags, fnv, rewriteParts, shortHash } from './markup.ts';

// Not template.ts's FIXTURES_DIR: the engine's tests run this file under happy-dom, whose URL
// class node's fileURLToPath refuses.
const FIXTURES_DIR = path.join(import.meta.dirname, '../../fixtures/');

/** A new "release": changing it renames everything again. */
const RELEASE = 'ae-pc-2025.11';
const MODULES = ['es', 'lz', 'mc', 'pc', 'ug', 'tb'];
const LOCALS = ['wrap', 'box', 'inner', 'content', 'container', 'block', 'row', 'cell', 'body', 'layer', 'part', 'unit'];

/** The renamed form of a class or id. Design-system classes move to the next major version. */
export function hashedName(token: string): string {
  if (/^comet-v2-/.test(token)) return token;
  if (token.startsWith('comet-')) return `comet-v2-${token.slice('comet-'.length)}`;
  const seed = fnv(`${RELEASE}:${token}`);
  return `${MODULES[seed % MODULES.length]}--${LOCALS[(seed >>> 8) % LOCALS.length]}--${shortHash(`${RELEASE}:${token}`)}`;
}

const roleName = (value: string) => hashedName(`role-${value}`);

/** Attributes that hold id references, renamed with the ids. */
const ID_REFERENCES = new Set(['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list', 'form']);

const SELECTOR_TOKEN = /([.#])(-?[_a-zA-Z][\w-]*)/g;
const DATA_ROLE_SELECTOR = /\[data-role=(?:"([^"]*)"|'([^']*)'|([\w-]+))\]/g;

/** Every class and id the fixture pages, partials and stylesheets use: the names scripts may query. */
export function knownTokens(): Set<string> {
  const tokens = new Set<string>();
  for (const dir of ['pages', 'partials', 'static']) {
    for (const file of readdirSync(FIXTURES_DIR + dir)) {
      if (!/\.(html|css)$/.test(file)) continue;
      const text = readFileSync(`${FIXTURES_DIR}${dir}/${file}`, 'utf8');
      for (const [, value] of text.matchAll(/\s(?:class|id)="([^"]*)"/g)) value!.split(/\s+/).filter(Boolean).forEach((t) => tokens.add(t));
      const styles = file.endsWith('.css') ? text : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      const css = withoutComments(styles);
      for (const [, prelude] of css.matchAll(/([^{}]*)\{/g)) {
        if (prelude!.trim().startsWith('@')) continue;
        for (const [, , name] of prelude!.matchAll(SELECTOR_TOKEN)) tokens.add(name!);
      }
    }
  }
  return tokens;
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Selectors in a stylesheet: every class, id and data-role is renamed (comments dropped, as a build does). */
export function hashCss(css: string): string {
  return withoutComments(css).replace(/([^{}]*)\{/g, (whole, prelude: string) => {
    if (prelude.trim().startsWith('@')) return whole;
    const renamed = prelude
      .replace(DATA_ROLE_SELECTOR, (_, a?: string, b?: string, c?: string) => `.${roleName(a ?? b ?? c ?? '')}`)
      .replace(SELECTOR_TOKEN, (_, sigil: string, name: string) => sigil + hashedName(name));
    return `${renamed}{`;
  });
}

/** Code right before a string that takes a bare class or id name. */
const NAME_ARGUMENT = /(getElementById|classList\.(add|remove|toggle|contains|replace))\(\s*$|className\s*=\s*$/;

/**
 * A string in a script: a bare class or id name (where the code takes one, or when the name
 * is too distinctive to be anything else), or a selector naming known ones.
 */
function hashJsString(text: string, known: Set<string>, before: string): string {
  const distinctive = /[-_]/.test(text) && known.has(text);
  if (/^comet-[\w-]+$/.test(text) || distinctive || (known.has(text) && NAME_ARGUMENT.test(before))) return hashedName(text);
  return text
    .replace(DATA_ROLE_SELECTOR, (_, a?: string, b?: string, c?: string) => `.${roleName(a ?? b ?? c ?? '')}`)
    .replace(SELECTOR_TOKEN, (whole, sigil: string, name: string) => (known.has(name) ? sigil + hashedName(name) : whole));
}

/**
 * String literals of a script, rewritten; comments and code kept. Regular expression literals
 * are read as code, which the fixture scripts allow (no quotes inside them).
 */
export function hashJs(js: string, known: Set<string> = knownTokens()): string {
  let out = '';
  let i = 0;
  while (i < js.length) {
    const ch = js[i]!;
    const next = js[i + 1];
    if (ch === '/' && next === '/') {
      const end = js.indexOf('\n', i);
      const stop = end < 0 ? js.length : end;
      out += js.slice(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = js.indexOf('*/', i + 2);
      const stop = end < 0 ? js.length : end + 2;
      out += js.slice(i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < js.length && js[j] !== ch && js[j] !== '\n') j += js[j] === '\\' ? 2 : 1;
      out += ch + hashJsString(js.slice(i + 1, j), known, out.slice(-40)) + (js[j] ?? '');
      i = j + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

const ICON_PATHS = ['M3 8h10M8 3v10', 'M4 4l8 8M12 4l-8 8', 'M2 8l4 4 8-8', 'M8 2a6 6 0 100 12A6 6 0 008 2z', 'M3 5h10M3 8h10M3 11h10'];

function icon(seed: string, size: number): string {
  const d = ICON_PATHS[fnv(seed) % ICON_PATHS.length];
  return `<svg class="${hashedName('icon-svg')}" aria-hidden="true" focusable="false" width="${size}" height="${size}" viewBox="0 0 16 16"><path d="${d}" stroke="currentColor" fill="none"/></svg>`;
}

/** Component wrappers: one extra element inside list items, cells and page regions. */
const WRAPPED = ['li', 'td', 'main', 'aside', 'section'];

function addStructure(markup: string): string {
  let out = markup.replace(/<button\b([^>]*)>([\s\S]*?)<\/button>/g, (_, attributes: string, content: string) =>
    `<button${attributes}><i class="${hashedName('btn-icon')}" aria-hidden="true">${icon(content, 14)}</i><span class="${hashedName('btn-label')}">${content}</span></button>`);
  out = out.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attributes: string, content: string) =>
    /<img\b/.test(content) ? whole : `<a${attributes}>${icon(content, 12)}${content}</a>`);
  for (const tag of WRAPPED) {
    out = out
      .replace(new RegExp(`(<${tag}\\b[^>]*>)`, 'g'), `$1<div class="${hashedName(`wrap-${tag}`)}">`)
      .replace(new RegExp(`</${tag}>`, 'g'), `</div></${tag}>`);
  }
  return out;
}

function hashMarkup(markup: string): string {
  // A production build keeps no comments; the fixtures' comments name legacy hooks.
  const stripped = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<meta name="data-spm"[^>]*>\n?/g, '');
  const renamed = editStartTags(stripped, (_, attributes) => {
    const classes: string[] = [];
    const kept: [string, string | null][] = [];
    for (const [name, value] of attributes) {
      if (name === 'class') classes.push(...(value ?? '').split(/\s+/).filter(Boolean).map(hashedName));
      else if (name === 'data-role') classes.push(roleName(value ?? ''));
      else if (name.startsWith('data-spm')) continue;
      else if ((name === 'id' || ID_REFERENCES.has(name)) && value) kept.push([name, value.split(/\s+/).map(hashedName).join(' ')]);
      else kept.push([name, value]);
    }
    return classes.length ? [['class', classes.join(' ')], ...kept] : kept;
  });
  return addStructure(renamed);
}

export function hashPage(html: string): string {
  const known = knownTokens();
  return rewriteParts(html, {
    markup: hashMarkup,
    css: hashCss,
    // External scripts are renamed when served (hashAsset); inline ones here.
    js: (js) => hashJs(js, known),
  });
}

/** Stylesheets and scripts served from /static/, renamed like the pages that load them. */
export function hashAsset(name: string, text: string): string {
  // The variants' own scripts name no site classes.
  if (name.startsWith('variant-')) return text;
  if (name.endsWith('.css')) return hashCss(text);
  if (name.endsWith('.js')) return hashJs(text);
  return text;
}
