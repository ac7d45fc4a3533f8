import type { Labels } from './labels';
import { fieldContext, spacedText } from './text';
import type { Candidate, FieldKind, Role } from './types';
import type { Probe } from './visibility';

export const CLICKABLE =
  'a[href], button, [role="button"], [role="link"], [role="menuitem"], input[type="submit"], input[type="button"]';
const TEXTBOX =
  'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], input[type="number"], textarea, [role="textbox"], [contenteditable="true"]';
export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
/** What a watch of the page's dialogs looks for: one attribute and one tag (DIALOG narrows it). */
export const DIALOG_LIKE = '[role$="dialog"], dialog, [aria-modal]';

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

/** Signals that only a one-time code's box carries. */
function isCodeBox(el: Element): boolean {
  return el.getAttribute('autocomplete') === 'one-time-code' || el.getAttribute('inputmode') === 'numeric' || el.getAttribute('maxlength') === '1';
}

/** A code typed one character a box: four to eight boxes side by side. */
const SPLIT_MIN = 4;
const SPLIT_MAX = 8;

/**
 * Codes split into one-character boxes (the passport check's six boxes): each group of
 * sibling boxes stands as one field, their closest common container, so the person is led
 * through the whole code, not its first digit.
 */
function splitCodes(fields: Element[]): { groups: Element[]; inside: Set<Element> } {
  const byParent = new Map<Element, Element[]>();
  for (const field of fields) {
    if (field.getAttribute('maxlength') !== '1' || !field.parentElement) continue;
    // Boxes may each sit in a wrapper of their own: group them by the wrapper's parent then.
    const holder = field.parentElement.children.length === 1 ? field.parentElement.parentElement ?? field.parentElement : field.parentElement;
    byParent.set(holder, [...(byParent.get(holder) ?? []), field]);
  }
  const groups: Element[] = [];
  const inside = new Set<Element>();
  for (const [holder, boxes] of byParent) {
    if (boxes.length < SPLIT_MIN || boxes.length > SPLIT_MAX) continue;
    groups.push(holder);
    for (const box of boxes) inside.add(box);
  }
  return { groups, inside };
}

/** Words of a class that mark a primary or destructive button, as whole parts of a class token. */
const PRIMARY_WORD = /^(primary|danger|submit|confirm|warning|orange|red)$/i;

/**
 * A primary or destructive button: a submit button, or a class token one of whose parts
 * (split at - and _) is such a word: "comet-btn-primary", "Button--danger--3xY". Never a
 * substring: "red" inside "btn-bordered" is no mark.
 */
export function looksPrimary(el: Element): boolean {
  if (el.getAttribute('type') === 'submit') return true;
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    if (token && token.split(/[-_]+/).some((part) => PRIMARY_WORD.test(part))) return true;
  }
  return false;
}

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
  /** The header and the showing dialogs (its popovers), each once: computed once a pass. */
  headerRoots(): Element[];
  /** The open modal, if any: computed once a pass. */
  modal(): Element | null;
}

/** Drops elements that contain another match, so the ring lands on the control, not its wrapper. */
function innermost(elements: Element[]): Element[] {
  if (elements.length < 2) return elements;
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

function rootOf(candidate: Candidate, ctx: FindContext): ParentNode | null {
  if (candidate.within === 'dialog') return ctx.dialog();
  if (candidate.within === 'modal') return ctx.modal();
  // A menu trigger sits in the header, never in the modal that covers it.
  if ('menuTrigger' in candidate) return ctx.root();
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
  // A box of a one-time code is no text field of a form (a login id, a word to type).
  if (c.field === 'text' || c.field === 'email') fields = fields.filter((el) => !isCodeBox(el));
  if (c.field === 'code') {
    const boxes = splitCodes(fields);
    const coded = fields.filter((el) => looksLikeCode(el) && !boxes.inside.has(el));
    fields = [...boxes.groups, ...coded];
    if (fields.length === 0 && c.mentions) fields = ctx.query(root, FIELD_SELECTORS[c.field]).filter((el) => !(el as HTMLInputElement).disabled);
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

/** A trigger's whole text stays short: "Welcome Sign in / Register", "Hi, Asha Account". */
const TRIGGER_TEXT_MAX = 60;
/** Where a header is, when the page marks it: by tag or by the ids headers keep, no page walk. */
export function pageHeader(doc: Document): Element | undefined {
  return doc.getElementsByTagName('header')[0] ?? doc.getElementById('header') ?? doc.getElementById('J_Header') ?? undefined;
}
/** Subtrees that hold no account trigger: lists and navigation (a header's category menu), menus, graphics. */
const NO_TRIGGER_INSIDE = new Set(['NAV', 'UL', 'OL', 'SELECT', 'SVG', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'MAIN', 'FOOTER', 'FORM', 'DIALOG']);

/** Roles of regions that hold no account trigger (attribute reads: no selector matching a node). */
const NO_TRIGGER_ROLES = new Set(['main', 'contentinfo', 'navigation', 'menu', 'menubar', 'list', 'dialog', 'alertdialog', 'form']);

/**
 * The short text nodes holding the label, from the top of the page or header: lists, menus
 * and content regions are skipped whole, and the walk is bounded, so a header with a mega
 * menu of a thousand categories costs no more than a plain one.
 */
function triggerTexts(start: Element, key: string, ctx: FindContext): Element[] {
  const found: Element[] = [];
  const walker = ctx.doc.createTreeWalker(start, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && (NO_TRIGGER_INSIDE.has((node as Element).tagName.toUpperCase()) || NO_TRIGGER_ROLES.has((node as Element).getAttribute('role') ?? ''))
        ? 2 /* FILTER_REJECT */
        : 1 /* FILTER_ACCEPT */,
  });
  let budget = TRIGGER_SCAN;
  for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode(), budget -= 1) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    if (value.length < 2 || value.length > TRIGGER_TEXT_MAX) continue;
    if (node.parentElement && ctx.labels.includes(key, value)) found.push(node.parentElement);
  }
  return found;
}

/** What a person can press or tab to. */
const PRESSABLE = 'a[href], button, [role="button"], [role="link"], [role="menuitem"], [tabindex]';
/** Text nodes read from the top of an unmarked page: headers come first. */
const TRIGGER_SCAN = 1500;

/**
 * Menu triggers told by their words: from each text node holding the label, the outermost
 * ancestor whose whole text stays short and that holds no link or button to elsewhere.
 */
function menuTriggers(root: ParentNode, key: string, ctx: FindContext): Element[] {
  const header = root === ctx.doc ? pageHeader(ctx.doc) : undefined;
  const start = header ?? ((root as Node).nodeType === 9 ? (root as Document).body : (root as Element));
  if (!start) return [];
  const found = new Set<Element>();
  for (const text of triggerTexts(start, key, ctx)) {
    let top = text;
    for (let node = text.parentElement; node && node !== ctx.doc.body && !top.matches(PRESSABLE); node = node.parentElement) {
      if ((node.textContent ?? '').trim().length > TRIGGER_TEXT_MAX) break;
      // A container of several controls is the header's bar, not the trigger.
      if (node.querySelectorAll(PRESSABLE).length > top.querySelectorAll(PRESSABLE).length) break;
      top = node;
    }
    found.add(top);
  }
  return innermost([...found]);
}

function named(ctx: FindContext, key: string | undefined, el: Element): boolean {
  if (!key) return true;
  const name = ctx.nameOf(el);
  return !ctx.labels.tooLong(key, name) && ctx.labels.equals(key, name);
}

/** Every element a candidate finds, in document order. */
export function findAll(candidate: Candidate, ctx: FindContext): Element[] {
  if (candidate.within === 'header') return ctx.headerRoots().flatMap((root) => findIn(candidate, root, ctx));
  const root = rootOf(candidate, ctx);
  return root ? findIn(candidate, root, ctx) : [];
}

function findIn(candidate: Candidate, root: ParentNode, ctx: FindContext): Element[] {
  if ('css' in candidate) return ctx.query(root, candidate.css);
  if ('href' in candidate) {
    const links = root === ctx.doc && candidate.contains?.length ? ctx.linksWith(candidate.contains) : ctx.query(root, hrefSelector(candidate.contains));
    return links.filter((el) => {
      if (!candidate.href.test(el.getAttribute('href') ?? '')) return false;
      return named(ctx, candidate.name, el);
    });
  }
  if ('role' in candidate) {
    const elements = ctx.query(root, candidate.among ?? ROLE_SELECTORS[candidate.role]);
    if (!candidate.name) return elements;
    return innermost(elements.filter((el) => named(ctx, candidate.name, el)));
  }
  if ('textIncludes' in candidate) return textMatches(root, candidate.textIncludes, ctx, candidate.selector);
  if ('field' in candidate) return fieldMatches(root, candidate, ctx);
  if ('radioGroup' in candidate) return radioGroups(root, ctx, candidate.mentions);
  if ('menuTrigger' in candidate) return menuTriggers(root, candidate.menuTrigger, ctx);
  const buttons = innermost(ctx.query(root, CLICKABLE).filter((el) => looksPrimary(el) && named(ctx, candidate.name, el)));
  // "The one primary button": with several in the scope, none is rung (a wrong ring is worse than none).
  return buttons.filter((el) => ctx.probe.isShowing(el)).length > 1 ? [] : buttons;
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

/** The flow's own layers: modal wrappers without a role, and overlays that belong to no step. */
export interface Layers {
  modals?: string;
  overlays?: string;
  /** The site's hosts: a link that leads elsewhere is never a candidate. */
  hosts?: RegExp;
}

/**
 * Whether a link leads off the site: its target, resolved against the page, is not http(s)
 * on one of the site's hosts (https always, http only where the page itself is http).
 * Script links ("javascript:;", which open a menu or a dialog) stay on the page.
 */
/** An address that names a scheme, or a host ("//", "/\\", "\\\\"): it can lead off the page. */
const LEAVES_PAGE = /^\s*(?:([a-z][a-z0-9+.-]*:)|[\\/]{2})/i;

export function leadsOffSite(el: Element, hosts: RegExp): boolean {
  const href = el.getAttribute('href');
  if (href === null || /^\s*javascript:/i.test(href)) return false;
  // A link without scheme or host stays on the page's own host, which the flow's hosts hold.
  const away = LEAVES_PAGE.exec(href);
  if (!away) return false;
  let url: URL;
  try {
    // "/\\host" and "//host" leave the page as a scheme does: browsers read both as a host.
    url = new URL(away[1] ? href.trim() : `${el.ownerDocument.location?.protocol === 'http:' ? 'http:' : 'https:'}//${href.trim().replace(/^[\\/]+/, '')}`);
  } catch {
    return true;
  }
  const pageScheme = el.ownerDocument.location?.protocol;
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && pageScheme !== 'https:');
  return !schemeOk || !hosts.test(url.hostname);
}

/** A <dialog> opened with showModal(): the browser makes the rest of the page inert. */
function isModalDialog(el: Element): boolean {
  if (el.localName !== 'dialog') return false;
  try {
    return el.matches(':modal');
  } catch {
    return false;
  }
}

/**
 * The modal the person is looking at, if one holds the page: a <dialog> opened modally, the
 * last showing aria-modal element or site modal wrapper, else (where layout tells) the layer
 * over a backdrop that fills the window. A dialog role alone makes no modal: headers give
 * their hover menus one.
 */
/** Roles and attributes that make a dialog: one attribute scan of the page a pass. */
// One attribute selector: a list of three costs three times as much on a large page.
const DIALOG_ATTRIBUTES = '[role$="dialog"], dialog';

/**
 * Every dialog of the page and every layer of the flow's, in document order: native dialogs
 * by tag, the flow's layers by id where they are ids (no walk), the rest in one attribute scan.
 */
export function layeredElements(
  doc: Document,
  layers: Layers,
  known?: Iterable<Element>,
  // A pass's query, which finds id lists by id (locate.ts), where there is one.
  query: (selector: string) => Element[] = (selector) => all(doc, selector),
): Element[] {
  const dialogs = known ? [...known].filter((el) => el.isConnected && el.ownerDocument === doc) : query(DIALOG_ATTRIBUTES);
  const found = new Set<Element>(dialogs.filter((el) => el.matches(DIALOG)));
  for (const selector of [layers.modals, layers.overlays]) {
    if (selector) for (const el of query(selector)) found.add(el);
  }
  return [...found].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/**
 * The modal holding the page, among its dialogs (followed by the content script as they come
 * and go, else one scan of the page) and the flow's layers: the last showing one that is
 * modal, else, where layout tells, the layer over a backdrop.
 */
export function openModal(doc: Document, probe: Probe, layers: Layers, seen?: Set<Element>, layered = layeredElements(doc, layers)): Element | null {
  // Hidden ones too: the class or attribute change that opens one must bring a re-read.
  for (const el of layered) seen?.add(el);
  const showing = layered.filter((el) => probe.isShowing(el));
  if (showing.length === 0) return null;
  const explicit = showing.filter(
    (el) => isModalDialog(el) || el.getAttribute('aria-modal') === 'true' || (layers.modals !== undefined && el.matches(layers.modals)),
  );
  return explicit.at(-1) ?? probe.modalLayer?.(doc) ?? null;
}

/** The open dialog the user is looking at: the modal, else the last showing dialog, since dialogs stack. */
export function openDialog(doc: Document, probe: Probe, modal: Element | null, layers: Layers, seen?: Set<Element>, layered = layeredElements(doc, layers)): Element | null {
  const isOverlay = (el: Element) => layers.overlays !== undefined && el.closest(layers.overlays) !== null;
  if (modal) return isOverlay(modal) ? null : modal;
  const dialogs = layered.filter((el) => el.matches(DIALOG));
  for (const dialog of dialogs) seen?.add(dialog);
  return dialogs.filter((el) => !isOverlay(el) && probe.isShowing(el)).at(-1) ?? null;
}
