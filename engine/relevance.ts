import { CLICKABLE, DIALOG, FIELD_SELECTORS, PRIMARY_CLASS, ROLE_SELECTORS } from './candidates';
import type { Labels } from './labels';
import { Pass } from './locate';
import { pageCandidates } from './pageCandidates';
import { spacedText } from './text';
import type { Candidate, Flow, LabelKey, Step } from './types';
import type { PageLocation } from './url';
import type { Probe } from './visibility';

const stepCandidates = new WeakMap<Step, Candidate[]>();

/** Every candidate a step may evaluate: page conditions, targets, menu triggers, notices. */
export function candidatesOf(step: Step): Candidate[] {
  let list = stepCandidates.get(step);
  if (!list) {
    list = [];
    for (const rule of step.pages) {
      for (const condition of [...(rule.all ?? []), ...(rule.none ?? [])]) list.push(...condition.anyOf);
      for (const target of rule.targets ?? []) list.push(...target.candidates, ...(target.reveal ?? []));
    }
    for (const target of step.targets) list.push(...target.candidates, ...(target.reveal ?? []));
    for (const notice of step.notices ?? []) list.push(...notice.when.anyOf);
    stepCandidates.set(step, list);
  }
  return list;
}

/**
 * What a changed subtree must hold for any of a page's candidates to find something in it:
 * a necessary condition, cheap to test. Most changes (product cards, slides, prices) hold none
 * of it and are dismissed without running a candidate.
 */
interface Screen {
  /** Elements that structural candidates find whatever their words: ids, fields, radios... */
  structure: string | null;
  /** Link targets of href candidates. */
  hrefs: RegExp[];
  /** Candidates that need a primary-looking button. */
  primary: boolean;
  /** Labels that named or text candidates need among the subtree's words. */
  words: LabelKey[];
  /** Whether some candidate looks only inside the open dialog (all of them, when true alone). */
  dialogOnly: boolean;
}

/** Where a name can come from besides text: attributes. A name from aria-labelledby can lie outside the subtree. */
const NAMING_ATTRIBUTES = '[aria-label], [title], img[alt], input[value], [placeholder]';

function compileScreen(candidates: Candidate[]): { anywhere: Screen; inDialog: Screen } {
  const make = (): Screen & { selectors: Set<string>; keys: Set<LabelKey> } => ({
    structure: null, hrefs: [], primary: false, words: [], dialogOnly: false, selectors: new Set(), keys: new Set(),
  });
  const anywhere = make();
  const inDialog = make();
  for (const c of candidates) {
    const screen = c.within === 'dialog' ? inDialog : anywhere;
    if ('css' in c) screen.selectors.add(c.css);
    else if ('href' in c) screen.hrefs.push(c.href);
    else if ('role' in c) {
      // Buttons and links are named by words in them; other roles (a text box named by its
      // <label>) may be named from outside the subtree, so the element alone counts.
      if (c.name && ROLE_SELECTORS[c.role] === CLICKABLE) screen.keys.add(c.name);
      else screen.selectors.add(ROLE_SELECTORS[c.role]);
    } else if ('textIncludes' in c) screen.keys.add(c.textIncludes);
    else if ('field' in c) screen.selectors.add(FIELD_SELECTORS[c.field]);
    else if ('radioGroup' in c) screen.selectors.add(ROLE_SELECTORS.radio);
    else screen.primary = true;
  }
  const finish = (screen: ReturnType<typeof make>): Screen => ({
    structure: screen.selectors.size ? [...screen.selectors].join(', ') : null,
    hrefs: screen.hrefs,
    primary: screen.primary,
    words: [...screen.keys],
    dialogOnly: screen === inDialog,
  });
  return { anywhere: finish(anywhere), inDialog: finish(inDialog) };
}

const screens = new WeakMap<Candidate[], { anywhere: Screen; inDialog: Screen }>();

function holdsOrIs(root: Element, selector: string): boolean {
  return root.matches(selector) || root.querySelector(selector) !== null;
}

/** Longer texts cannot be a control's name (the label tables hold short names). */
const NAME_LIMIT = 120;

/**
 * The words a candidate could match in a subtree: its text nodes joined by spaces, the whole
 * text of each short control (a name split mid-word across elements), and naming attributes.
 */
function words(root: Element): string {
  const parts = [spacedText(root)];
  const controls = root.matches(CLICKABLE) ? [root, ...root.querySelectorAll(CLICKABLE)] : root.querySelectorAll(CLICKABLE);
  for (const control of controls) {
    const text = control.textContent ?? '';
    if (text.length <= NAME_LIMIT * 4 && text.replace(/\s+/g, ' ').length <= NAME_LIMIT) parts.push(text);
  }
  const named = root.matches(NAMING_ATTRIBUTES) ? [root, ...root.querySelectorAll(NAMING_ATTRIBUTES)] : root.querySelectorAll(NAMING_ATTRIBUTES);
  for (const el of named) {
    for (const attribute of ['aria-label', 'title', 'alt', 'value', 'placeholder']) {
      const value = el.getAttribute(attribute);
      if (value) parts.push(value);
    }
  }
  // Indentation first: folding costs by the character.
  return parts.join(' \n ').replace(/\s+/g, ' ');
}

/** Whether some candidate of the screen may find something in the subtree. */
function passes(screen: Screen, root: Element, labels: Labels, text: () => string): boolean {
  if (screen.dialogOnly && !root.closest(DIALOG) && !holdsOrIs(root, DIALOG)) return false;
  if (screen.structure && holdsOrIs(root, screen.structure)) return true;
  if (screen.hrefs.length) {
    const links = root.matches('a[href]') ? [root, ...root.querySelectorAll('a[href]')] : root.querySelectorAll('a[href]');
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      if (screen.hrefs.some((pattern) => pattern.test(href))) return true;
    }
  }
  if (screen.primary) {
    const buttons = root.matches(CLICKABLE) ? [root, ...root.querySelectorAll(CLICKABLE)] : root.querySelectorAll(CLICKABLE);
    for (const button of buttons) {
      if (PRIMARY_CLASS.test(button.getAttribute('class') ?? '') || button.getAttribute('type') === 'submit') return true;
    }
  }
  if (screen.words.length) {
    if (holdsOrIs(root, '[aria-labelledby]')) return true;
    if (labels.includesAny(screen.words, text())) return true;
  }
  return false;
}

/**
 * The screen alone: false means no candidate of this page can find anything in the subtree.
 * (True means it may: mayMatter then runs the candidates.)
 */
export function mayHold(flow: Flow, labels: Labels, loc: PageLocation, root: Element): boolean {
  return screened(screenOf(pageCandidates(flow, loc).candidates), root, labels);
}

function screenOf(candidates: Candidate[]): { anywhere: Screen; inDialog: Screen } {
  let screen = screens.get(candidates);
  if (!screen) screens.set(candidates, (screen = compileScreen(candidates)));
  return screen;
}

function screened(screen: { anywhere: Screen; inDialog: Screen }, root: Element, labels: Labels): boolean {
  let bag: string | undefined;
  const text = () => (bag ??= words(root));
  return passes(screen.anywhere, root, labels, text) || passes(screen.inDialog, root, labels, text);
}

/** Whether some candidate of this page finds something in the subtree (no screen). */
export function holdsCandidate(flow: Flow, labels: Labels, loc: PageLocation, doc: Document, root: Element, probe: Probe): boolean {
  const pass = new Pass(doc, labels, probe, root);
  return pageCandidates(flow, loc).candidates.some((candidate) => pass.find(candidate).length > 0);
}

/**
 * Whether new or changed page content can change the reading: some candidate of a page rule
 * whose address matches this page finds something inside it. Product cards added by an endless
 * grid, a carousel's slides and live prices do not; a dialog, a form or a late button does.
 * A cheap screen dismisses most subtrees; the rest are checked with the candidates themselves.
 */
export function mayMatter(flow: Flow, labels: Labels, loc: PageLocation, doc: Document, roots: Iterable<Element>, probe: Probe): boolean {
  const { candidates } = pageCandidates(flow, loc);
  const screen = screenOf(candidates);
  for (const root of roots) {
    if (!root.isConnected || !screened(screen, root, labels)) continue;
    const pass = new Pass(doc, labels, probe, root);
    if (candidates.some((candidate) => pass.find(candidate).length > 0)) return true;
  }
  return false;
}
