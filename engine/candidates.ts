import type { Labels } from './labels';
import { fieldContext, spacedText } from './text';
import type { Candidate, FieldKind, Role } from './types';
import type { Probe } from './visibility';

export const CLICKABLE =
  'a[href], button, [role="button"], [role="link"], [role="menuitem"], input[type="submit"], input[type="button"]';
const TEXTBOX =
  'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], input[type="number"], textarea, [role="textbox"], [contenteditable="true"]';
export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';

/** Links and buttons are swapped freely by redesigns, so both roles search every clickable. */
export const ROLE_SELECTORS: Record<Role, string> = {
  button: CLICKABLE,
  link: CLICKABLE,
  textbox: TEXTBOX,
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  radiogroup: '[role="radiogroup"], fieldset',
  dialog: DIALOG,
};

export const FIELD_SELECTORS: Record<FieldKind, string> = {
  text: TEXTBOX,
  email: `${TEXTBOX}, input[type="email"]`,
  password: 'input[type="password"]',
  code: `${TEXTBOX}, input[autocomplete="one-time-code"]`,
  checkbox: ROLE_SELECTORS.checkbox,
  radio: ROLE_SELECTORS.radio,
};

/** Signals a code field keeps whatever its label says. */
function looksLikeCode(el: Element): boolean {
  return (
    el.getAttribute('autocomplete') === 'one-time-code' ||
    el.getAttribute('inputmode') === 'numeric' ||
    /^[4-8]$/.test(el.getAttribute('maxlength') ?? '')
  );
}

export const PRIMARY_CLASS = /primary|danger|submit|confirm|warning|orange|red/i;

export interface FindContext {
  doc: Document;
  labels: Labels;
  probe: Probe;
  /** An element's accessible name, computed once a pass. */
  nameOf(el: Element): string;
  /** querySelectorAll, once a pass for each root and selector. */
  query(root: ParentNode, selector: string): Element[];
  /** The document's links whose href holds one of the pieces, in document order. */
  linksWith(pieces: readonly string[]): Element[];
  /** Where document-wide candidates look: the document, or one subtree when checking a change. */
  root(): ParentNode;
  /** The open dialog, if any: computed once a pass. */
  dialog(): Element | null;
  /** The page's main form (or main region), if any: computed once a pass. */
  form(): Element | null;
}

/** Drops elements that contain another match, so the ring lands on the control, not its wrapper. */
function innermost(elements: Element[]): Element[] {
  if (elements.length < 2) return elements;
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

function rootOf(candidate: Candidate, ctx: FindContext): ParentNode | null {
  if (candidate.within === 'dialog') return ctx.dialog();
  if (candidate.within === 'form') return ctx.form();
  return ctx.root();
}

function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

export function hrefSelector(contains?: readonly string[]): string {
  if (!contains?.length) return 'a[href]';
  return contains.map((piece) => `a[href*="${piece.replace(/["\\]/g, '\\$&')}"]`).join(', ');
}

/** Elements whose text is code, not words on the page. */
const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function textMatches(root: ParentNode, key: string, ctx: FindContext, selector?: string): Element[] {
  if (selector) return ctx.query(root, selector).filter((el) => ctx.labels.includes(key, spacedText(el)));
  const found: Element[] = [];
  const start = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (!start) return found;
  const walker = ctx.doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < 2 || value.length > 600) continue;
    const parent = node.parentElement;
    if (!parent || NON_TEXT.has(parent.tagName)) continue;
    if (ctx.labels.includes(key, value)) found.push(parent);
  }
  return found;
}

function fieldMatches(root: ParentNode, c: { field: FieldKind; mentions?: string; nth?: number }, ctx: FindContext) {
  let fields = ctx.query(root, FIELD_SELECTORS[c.field]).filter(
    (el) => !(el as HTMLInputElement).disabled && (el as HTMLInputElement).type !== 'hidden',
  );
  if (c.field === 'code') {
    const coded = fields.filter(looksLikeCode);
    fields = coded.length > 0 || !c.mentions ? coded : fields;
  }
  if (c.mentions) fields = fields.filter((el) => ctx.labels.includes(c.mentions!, fieldContext(el)));
  if (c.nth !== undefined) {
    const showing = fields.filter((el) => ctx.probe.isShowing(el));
    const pick = showing[c.nth];
    return pick ? [pick] : [];
  }
  return fields;
}

/** Radios grouped by name (or role=radiogroup), each group as its closest common container. */
function radioGroups(root: ParentNode, ctx: FindContext, mentions?: string): Element[] {
  const byName = new Map<string, Element[]>();
  for (const radio of ctx.query(root, ROLE_SELECTORS.radio)) {
    const key = radio.getAttribute('name') ?? radio.closest('[role="radiogroup"]')?.id ?? '';
    byName.set(key, [...(byName.get(key) ?? []), radio]);
  }
  const groups: Element[] = [];
  for (const radios of byName.values()) {
    let container = radios[0]?.parentElement ?? null;
    while (container && !radios.every((r) => container!.contains(r))) container = container.parentElement;
    if (container && (!mentions || ctx.labels.includes(mentions, container.textContent ?? ''))) groups.push(container);
  }
  return groups;
}

function named(ctx: FindContext, key: string | undefined, el: Element): boolean {
  if (!key) return true;
  const name = ctx.nameOf(el);
  return !ctx.labels.tooLong(key, name) && ctx.labels.equals(key, name);
}

/** Every element a candidate finds, in document order. */
export function findAll(candidate: Candidate, ctx: FindContext): Element[] {
  const root = rootOf(candidate, ctx);
  if (!root) return [];
  if ('css' in candidate) return ctx.query(root, candidate.css);
  if ('href' in candidate) {
    const links = root === ctx.doc && candidate.contains?.length ? ctx.linksWith(candidate.contains) : ctx.query(root, hrefSelector(candidate.contains));
    return links.filter((el) => {
      if (!candidate.href.test(el.getAttribute('href') ?? '')) return false;
      return named(ctx, candidate.name, el);
    });
  }
  if ('role' in candidate) {
    const elements = ctx.query(root, ROLE_SELECTORS[candidate.role]);
    if (!candidate.name) return elements;
    return innermost(elements.filter((el) => named(ctx, candidate.name, el)));
  }
  if ('textIncludes' in candidate) return textMatches(root, candidate.textIncludes, ctx, candidate.selector);
  if ('field' in candidate) return fieldMatches(root, candidate, ctx);
  if ('radioGroup' in candidate) return radioGroups(root, ctx, candidate.mentions);
  const buttons = ctx.query(root, CLICKABLE).filter((el) => {
    const looksPrimary = PRIMARY_CLASS.test(el.getAttribute('class') ?? '') || el.getAttribute('type') === 'submit';
    if (!looksPrimary) return false;
    return named(ctx, candidate.name, el);
  });
  return innermost(buttons).reverse();
}

const FORM_FIELDS = 'input:not([type="hidden"]), select, textarea';

/**
 * The form the page is about: the one with the most fields. Headers carry a one-field search
 * form and banners a button or two; the form a step works through outnumbers them. Apps that
 * use no <form> keep their controls in the main region.
 */
export function mainForm(doc: Document): Element | null {
  let best: Element | null = null;
  let most = 1;
  for (const form of all(doc, 'form, [role="form"]')) {
    const count = form.querySelectorAll(FORM_FIELDS).length;
    if (count > most) [best, most] = [form, count];
  }
  return best ?? doc.querySelector('main, [role="main"]');
}

/** The open dialog the user is looking at: the last one showing, since dialogs stack. */
export function openDialog(doc: Document, probe: Probe, seen?: Set<Element>): Element | null {
  const dialogs = all(doc, DIALOG);
  // Hidden dialogs too: the class or attribute change that opens one must bring a re-read.
  for (const dialog of dialogs) seen?.add(dialog);
  return dialogs.filter((el) => probe.isShowing(el)).at(-1) ?? null;
}
