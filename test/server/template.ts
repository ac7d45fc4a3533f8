// A tiny template engine for fixture pages, so the pages share header, footer and data
// without a dependency. Syntax (all inside HTML comments, so the files stay valid HTML):
//   <!--#include name-->                         partial from fixtures/partials/name.html
//   <!--#each list limit=N-->...<!--/each list-->  repeat for each item (item keys shadow outer ones)
//   <!--#if key-->...<!--/if key-->, <!--#if !key-->...<!--/if !key-->
//   {{key}}                                      HTML-escaped value; an unknown key throws
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export type Scope = { [key: string]: unknown };

const INCLUDE = /<!--#include ([\w-]+)-->/g;
const EACH = /<!--#each (\w+)(?: limit=(\d+))?-->([\s\S]*?)<!--\/each \1-->/g;
const IF = /<!--#if (!?)(\w+)-->([\s\S]*?)<!--\/if \1\2-->/g;
const VAR = /\{\{(\w+)\}\}/g;

// Read on every request (no cache) so edits to a fixture show on the next reload.
function readFixture(relative: string): string {
  return readFileSync(FIXTURES_DIR + relative, 'utf8');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `aliases` picks a variant for an include name, e.g. header -> header-signed-in. */
function expandIncludes(html: string, aliases: Record<string, string>, depth = 0): string {
  if (depth > 8) throw new Error('Template includes nest too deep');
  return html.replace(INCLUDE, (_, name: string) => {
    const file = aliases[name] ?? name;
    return expandIncludes(readFixture(`partials/${file}.html`), aliases, depth + 1);
  });
}

function lookup(scope: Scope, key: string): unknown {
  if (!(key in scope)) throw new Error(`Unknown template key "${key}"`);
  return scope[key];
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function renderBlock(html: string, scope: Scope): string {
  const withLists = html.replace(EACH, (_, key: string, limit: string | undefined, body: string) => {
    const list = lookup(scope, key);
    if (!Array.isArray(list)) throw new Error(`Template key "${key}" is not a list`);
    const items = limit ? list.slice(0, Number(limit)) : list;
    return items.map((item: Scope) => renderBlock(body, { ...scope, ...item })).join('');
  });
  const withConditions = withLists.replace(IF, (_, not: string, key: string, body: string) =>
    truthy(lookup(scope, key)) !== (not === '!') ? body : '',
  );
  return withConditions.replace(VAR, (_, key: string) => escapeHtml(String(lookup(scope, key) ?? '')));
}

export function renderPage(page: string, scope: Scope, aliases: Record<string, string> = {}): string {
  return renderBlock(expandIncludes(readFixture(`pages/${page}.html`), aliases), scope);
}

export function readStatic(name: string): string | undefined {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  try {
    return readFixture(`static/${name}`);
  } catch {
    return undefined;
  }
}
