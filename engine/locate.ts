import { findAll, mainForm, openDialog, type FindContext } from './candidates';
import { accessibleName } from './text';
import type { Candidate, Condition, TargetSpec } from './types';

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
  trace: CandidateTrace[];
}

/**
 * Memoises candidate results for one detection pass: steps share candidates (the sign-in
 * link is both a page signal and a target), and a pass must stay well under a millisecond.
 */
export class Pass implements FindContext {
  private readonly cache = new Map<Candidate, Element[]>();
  private readonly names = new Map<Element, string>();
  private readonly queries = new Map<ParentNode, Map<string, Element[]>>();
  private dialogCache: Element | null | undefined;
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
  ) {}

  root(): ParentNode {
    return this.subtree ?? this.doc;
  }

  nameOf(el: Element): string {
    let name = this.names.get(el);
    if (name === undefined) {
      name = accessibleName(el);
      this.names.set(el, name);
    }
    return name;
  }

  query(root: ParentNode, selector: string): Element[] {
    let byRoot = this.queries.get(root);
    if (!byRoot) this.queries.set(root, (byRoot = new Map()));
    let found = byRoot.get(selector);
    if (!found) {
      found = Array.from(root.querySelectorAll(selector));
      if (root === this.subtree && this.subtree.matches(selector)) found.unshift(this.subtree);
      byRoot.set(selector, found);
    }
    return found;
  }

  dialog(): Element | null {
    if (this.subtree) return this.subtree;
    if (this.dialogCache === undefined) this.dialogCache = openDialog(this.doc, this.probe, this.seen);
    return this.dialogCache;
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
    const trigger = pass.find(candidate).find((el) => isRelated(el, hidden) && pass.probe.isShowing(el));
    if (trigger) return trigger;
  }
  for (let node = hidden.parentElement; node && node !== pass.doc.body; node = node.parentElement) {
    if (!pass.probe.isShowing(node)) continue;
    return node.getElementsByTagName('*').length <= MENU_MAX_ELEMENTS ? node : null;
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
  for (const [index, candidate] of spec.candidates.entries()) {
    const result = showingOf(candidate, pass);
    trace.push(result.trace);
    // An optional control that is disabled (a resend countdown) gives way to the next target;
    // a required one is still shown, since the page enables it once its condition is met.
    const usable = result.showing.find((el) => !isDisabled(el)) ?? (spec.optional ? undefined : result.showing[0]);
    if (usable) return { element: usable, via: index, revealing: false, trace };
    const hidden = result.found[0];
    const trigger = hidden && spec.reveal ? findTrigger(hidden, spec.reveal, pass) : null;
    if (trigger) return { element: trigger, via: index, revealing: true, trace };
  }
  return { element: null, via: null, revealing: false, trace };
}

/** Whether a condition holds: some candidate finds an element (showing, if asked). */
export function holds(condition: Condition, pass: Pass): boolean {
  return condition.anyOf.some((candidate) => {
    const found = pass.find(candidate);
    return condition.showing ? found.some((el) => pass.probe.isShowing(el)) : found.length > 0;
  });
}
