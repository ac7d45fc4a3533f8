import { DIALOG, findAll, hrefSelector, layeredElements, leadsOffSite, mainForm, openDialog, openModal, pageHeader, type FindContext, type Layers } from './candidates';
import { shownName } from './text';
import type { Candidate, Condition, TargetSpec } from './types';
import { hiddenLayers } from './visibility';

/** What the debug report shows for one candidate: how many elements it found, how many showing. */
export interface CandidateTrace {
  note: string;
  found: number;
  showing: number;
}

export interface Located {
  element: Element | null;
  /** Index of the candidate that found the element, or null. */
  via: number | null;
  /** The element is a hover-menu trigger standing in for a hidden target. */
  revealing: boolean;
  /** A candidate's element shows but cannot be pressed: a modal or a backdrop lies over it. */
  covered?: boolean;
  /** The control is the step's real one, greyed out until what comes before it is done. */
  disabled?: boolean;
  trace: CandidateTrace[];
}

/** How many of body's last children may hold a header's popover menus. */
const POPOVER_SLOTS = 8;
const NOT_POPOVERS = new Set(['main', 'header', 'footer', 'nav', 'script', 'style', 'noscript', 'template', 'link', 'iframe']);

const ID_LIST = /^#[A-Za-z][\w-]*(?:\s*,\s*#[A-Za-z][\w-]*)*$/;

/** The ids of a selector made of ids alone ("#a, #b"), which browsers walk the whole page for. */
function idList(selector: string): string[] | null {
  return ID_LIST.test(selector) ? selector.split(',').map((part) => part.trim().slice(1)) : null;
}

/** Elements by id, in document order, as querySelectorAll would give them (ids are unique). */
function byIds(doc: Document, ids: string[]): Element[] {
  const found = [...new Set(ids.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null))];
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Links whose href holds any of the pieces, with their hrefs, in one walk of the links. */
function linksHolding(doc: Document, pieces: readonly string[]): { element: Element; href: string }[] {
  const found: { element: Element; href: string }[] = [];
  if (pieces.length === 0) return found;
  const anyPiece = new RegExp(pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length; i += 1) {
    const element = links[i]!;
    const href = element.getAttribute('href');
    if (href !== null && anyPiece.test(href)) found.push({ element, href });
  }
  return found;
}

/**
 * Memoises candidate results for one detection pass: steps share candidates (the sign-in
 * link is both a page signal and a target), and a pass must stay well under a millisecond.
 */
export class Pass implements FindContext {
  private readonly cache = new Map<Candidate, Element[]>();
  /** Links a candidate matched that lead off the site (lookalikes), for the report. */
  readonly offSite = new Map<Candidate, number>();
  private readonly names = new Map<Element, string>();
  private readonly queries = new Map<ParentNode, Map<string, Element[]>>();
  private linkPieces: readonly string[] = [];
  private linkIndex: { element: Element; href: string }[] | undefined;
  private dialogCache: Element | null | undefined;
  private modalCache: Element | null | undefined;
  private formCache: Element | null | undefined;

  /** Every element a candidate found this pass, showing or not: changes to them matter. */
  readonly seen = new Set<Element>();

  /**
   * @param subtree When set, candidates look only inside it (itself included), and dialog and
   *   form scopes widen to it: used to ask whether a change to the page can matter.
   */
  constructor(
    readonly doc: Document,
    readonly labels: FindContext['labels'],
    readonly probe: FindContext['probe'],
    private readonly subtree?: Element,
    private readonly layers: Layers = {},
  ) {}

  root(): ParentNode {
    return this.subtree ?? this.doc;
  }

  nameOf(el: Element): string {
    let name = this.names.get(el);
    if (name === undefined) {
      name = shownName(el);
      this.names.set(el, name);
    }
    return name;
  }

  /**
   * The link-target pieces this page's candidates look for: the first link look-up finds
   * them all in one walk of the page's links. A page of twenty thousand elements costs a few
   * hundred microseconds a walk, and a selector list of substrings costs more than its parts.
   */
  expectLinks(pieces: readonly string[]): void {
    this.linkPieces = pieces;
  }

  linksWith(pieces: readonly string[]): Element[] {
    if (this.subtree || !pieces.every((piece) => this.linkPieces.includes(piece))) {
      return this.query(this.root(), hrefSelector(pieces));
    }
    const index = (this.linkIndex ??= linksHolding(this.doc, this.linkPieces));
    return index.filter((link) => pieces.some((piece) => link.href.includes(piece))).map((link) => link.element);
  }

  query(root: ParentNode, selector: string): Element[] {
    let byRoot = this.queries.get(root);
    if (!byRoot) this.queries.set(root, (byRoot = new Map()));
    let found = byRoot.get(selector);
    if (!found) {
      const ids = root === this.doc ? idList(selector) : null;
      found = ids ? byIds(this.doc, ids) : Array.from(root.querySelectorAll(selector));
      if (root === this.subtree && this.subtree.matches(selector)) found.unshift(this.subtree);
      byRoot.set(selector, found);
    }
    return found;
  }

  dialog(): Element | null {
    // A changed subtree stands for the dialog when it is one, is in one, or holds one.
    if (this.subtree) return this.subtree.closest(DIALOG) || this.subtree.querySelector(DIALOG) ? this.subtree : null;
    if (this.dialogCache === undefined) this.dialogCache = openDialog(this.doc, this.probe, this.modal(), this.layers, this.seen, this.layered());
    return this.dialogCache;
  }

  private layeredCache: Element[] | undefined;

  /** The page's dialogs and the flow's layers, found once a pass. */
  private layered(): Element[] {
    return (this.layeredCache ??= layeredElements(this.doc, this.layers, this.knownDialogs?.(), (selector) => this.query(this.doc, selector)));
  }

  private knownDialogs: (() => Iterable<Element>) | undefined;

  /** The page's dialogs, as the caller follows them: no scan or hit test of the page needed. */
  knowDialogs(dialogs: () => Iterable<Element>): void {
    this.knownDialogs = dialogs;
  }

  private headerCache: Element[] | undefined;

  headerRoots(): Element[] {
    if (this.subtree) return [this.subtree];
    if (!this.headerCache) {
      const header = pageHeader(this.doc);
      // Menus open as popovers appended to the end of body: its last few children hold them.
      // Not the page's own regions: a walk of the content would cost the reading its budget.
      const tail = Array.from(this.doc.body?.children ?? [])
        .slice(-POPOVER_SLOTS)
        .filter((child) => !NOT_POPOVERS.has(child.localName) && !(header && child.contains(header)));
      const popovers = tail
        .flatMap((child) => (child.matches(DIALOG) ? [child] : Array.from(child.querySelectorAll('[role$="dialog"]')).filter((el) => el.matches(DIALOG))))
        .filter((el) => this.probe.isShowing(el) && !header?.contains(el));
      this.headerCache = header ? [header, ...popovers] : popovers;
    }
    return this.headerCache;
  }

  /** The modal holding the page, if any: controls outside it cannot be pressed. */
  modal(): Element | null {
    if (this.subtree) return null;
    if (this.modalCache === undefined) this.modalCache = openModal(this.doc, this.probe, this.layers, this.seen, this.layered());
    return this.modalCache;
  }

  /** Whether the person can press the element now: inside the open modal, if any, and not under a backdrop. */
  pressable(el: Element): boolean {
    if (el.closest('[inert]')) return false;
    const modal = this.modal();
    if (modal && !modal.contains(el)) return false;
    return !this.probe.isCoveredForGood?.(el);
  }

  form(): Element | null {
    if (this.subtree) return this.subtree;
    if (this.formCache === undefined) this.formCache = mainForm(this.doc);
    return this.formCache;
  }

  find(candidate: Candidate): Element[] {
    let found = this.cache.get(candidate);
    if (!found) {
      found = findAll(candidate, this);
      const hosts = this.layers.hosts;
      if (hosts) {
        const onSite = found.filter((el) => !(el.localName === 'a' || el.localName === 'area') || !leadsOffSite(el, hosts));
        if (onSite.length < found.length) this.offSite.set(candidate, found.length - onSite.length);
        found = onSite;
      }
      this.cache.set(candidate, found);
      for (const el of found) this.seen.add(el);
    }
    return found;
  }
}

function showingOf(candidate: Candidate, pass: Pass) {
  const found = pass.find(candidate);
  const showing = found.filter((el) => pass.probe.isShowing(el));
  return { found, showing, trace: { note: candidate.note, found: found.length, showing: showing.length } };
}

function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/** A hover menu's trigger sits beside its flyout: both share a small container. */
const MENU_MAX_ELEMENTS = 80;

function isRelated(trigger: Element, hidden: Element): boolean {
  const shared = trigger.parentElement;
  return trigger.contains(hidden) || (shared !== null && shared.contains(hidden) && shared.getElementsByTagName('*').length <= MENU_MAX_ELEMENTS);
}

/**
 * The control that reveals a hidden target: a candidate trigger next to it, else the nearest
 * showing ancestor when that is small enough to be the menu itself (hover lands on it).
 */
function findTrigger(hidden: Element, reveal: Candidate[], pass: Pass): Element | null {
  for (const candidate of reveal) {
    const trigger = pass.find(candidate).find((el) => isRelated(el, hidden) && pass.probe.isShowing(el) && pass.pressable(el));
    if (trigger) return trigger;
  }
  for (let node = hidden.parentElement; node && node !== pass.doc.body; node = node.parentElement) {
    if (!pass.probe.isShowing(node)) continue;
    return node.getElementsByTagName('*').length <= MENU_MAX_ELEMENTS && pass.pressable(node) ? node : null;
  }
  return null;
}

/** A menu rendered only on hover, away from its trigger: any showing trigger stands in. */
function anyTrigger(reveal: Candidate[], pass: Pass): Element | null {
  for (const candidate of reveal) {
    const trigger = pass.find(candidate).find((el) => pass.probe.isShowing(el) && pass.pressable(el));
    if (trigger) return trigger;
  }
  return null;
}

/**
 * A restyled checkbox or radio button: the native box is hidden (opacity 0 under a drawn one,
 * no size under a reset stylesheet, display: none) and its label is what shows, and what the
 * person presses to tick it. The label stands in for the box. Not for a copy hidden from
 * assistive technology, and not for an optional box that is disabled.
 */
function labelStandingIn(found: Element[], optional: boolean | undefined, pass: Pass): Element | null {
  for (const el of found) {
    if (!el.matches('input[type="checkbox"], input[type="radio"]') || el.closest('[aria-hidden="true"]')) continue;
    if (optional && isDisabled(el)) continue;
    const label = Array.from((el as HTMLInputElement).labels ?? []).find((l) => pass.probe.isShowing(l) && pass.pressable(l));
    if (label) return label;
  }
  return null;
}

/**
 * Finds the element a target names. Candidates are tried in order; the first with a showing
 * match wins. A candidate whose match hides in a hover menu wins through the menu's trigger,
 * so the person is led along the preferred path, not a lesser one that happens to show.
 */
export function locateTarget(spec: TargetSpec, pass: Pass): Located {
  const trace: CandidateTrace[] = [];
  let covered = false;
  for (const [index, candidate] of spec.candidates.entries()) {
    const result = showingOf(candidate, pass);
    trace.push(result.trace);
    const pressable = result.showing.filter((el) => pass.pressable(el));
    covered ||= pressable.length < result.showing.length;
    // An optional control that is disabled (a resend countdown) gives way to the next target.
    // A required one is the first of its kind, greyed out or not: the page enables it once its
    // condition is met, and an enabled copy after it (a lookalike) never takes its place.
    const usable = spec.optional ? pressable.find((el) => !isDisabled(el)) : pressable[0];
    if (usable) return { element: usable, via: index, revealing: false, disabled: isDisabled(usable), trace };
    const label = labelStandingIn(result.found, spec.optional, pass);
    if (label) return { element: label, via: index, revealing: false, trace };
    const hidden = result.found.find((el) => !result.showing.includes(el));
    const trigger = hidden && spec.reveal ? findTrigger(hidden, spec.reveal, pass) : null;
    if (trigger) return { element: trigger, via: index, revealing: true, trace };
  }
  if (spec.revealAbsent && spec.reveal) {
    const stand = anyTrigger(spec.reveal, pass);
    if (stand) return { element: stand, via: null, revealing: true, trace };
    covered ||= spec.reveal.some((candidate) => pass.find(candidate).some((el) => pass.probe.isShowing(el)));
  }
  return { element: null, via: null, revealing: false, covered, trace };
}

/** The fewest layers that hide any element a candidate finds: 0 when one shows by style. */
function fewestLayers(candidates: Candidate[], pass: Pass, enough = 0): number {
  let fewest = Infinity;
  for (const candidate of candidates) {
    for (const el of pass.find(candidate)) {
      fewest = Math.min(fewest, pass.probe.isShowing(el) ? 0 : hiddenLayers(el) || 1);
      // Fewer than this decides the comparison: the rest need not be looked at.
      if (fewest <= enough) return fewest;
    }
  }
  return fewest;
}

/** Whether a condition holds: some candidate finds an element (showing, if asked). */
export function holds(condition: Condition, pass: Pass): boolean {
  if (condition.rival) {
    // Most pages settle it on the first side: nothing of anyOf at all (signed in, current header).
    const mine = fewestLayers(condition.anyOf, pass);
    if (mine === Infinity || (condition.showing && mine > 0)) return false;
    return mine < fewestLayers(condition.rival, pass, mine);
  }
  return condition.anyOf.some((candidate) => {
    const found = pass.find(candidate);
    return condition.showing ? found.some((el) => pass.probe.isShowing(el)) : found.length > 0;
  });
}
