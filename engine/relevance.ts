import { CLICKABLE, DIALOG, FIELD_SELECTORS, hrefSelector, looksPrimary, ROLE_SELECTORS } from './candidates';
import type { Labels } from './labels';
import { Pass } from './locate';
import { pageCandidates } from './pageCandidates';
import { foldText, shownName, spacedText } from './text';
import type { Candidate, Flow, LabelKey } from './types';
import type { PageLocation } from './url';
import type { Probe } from './visibility';

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
  /** Labels a button's or link's whole name must equal. */
  names: LabelKey[];
  /** Labels some text of the subtree must contain. */
  texts: LabelKey[];
  /** Labels the text of an element matching the selector must contain (cards as buttons). */
  selectedTexts: { selector: string; key: LabelKey }[];
  /** Only candidates that look inside the open dialog. */
  dialogOnly: boolean;
  /** Every variant of every label above, folded and without spaces: a quick first test. */
  squeezed: string[];
}

function compileScreen(candidates: Candidate[], labels: Labels): { anywhere: Screen; inDialog: Screen } {
  const make = (dialogOnly: boolean) => ({
    selectors: new Set<string>(), hrefs: [] as RegExp[], primary: false, names: new Set<LabelKey>(), texts: new Set<LabelKey>(),
    selectedTexts: [] as Screen['selectedTexts'], dialogOnly,
  });
  const anywhere = make(false);
  const inDialog = make(true);
  for (const c of candidates) {
    const screen = c.within === 'dialog' ? inDialog : anywhere;
    if ('css' in c) screen.selectors.add(c.css);
    // A link's pieces (one of which its href holds) make a selector: no element is touched.
    else if ('href' in c) {
      if (c.contains?.length) screen.selectors.add(hrefSelector(c.contains));
      else screen.hrefs.push(c.href);
    }
    else if ('role' in c) {
      // Buttons and links are told by their name; other roles (a text box named by its
      // <label>, outside the subtree) count as soon as the element is there.
      if (c.name && ROLE_SELECTORS[c.role] === CLICKABLE) screen.names.add(c.name);
      else screen.selectors.add(c.among ?? ROLE_SELECTORS[c.role]);
    } else if ('textIncludes' in c) {
      if (c.selector) screen.selectedTexts.push({ selector: c.selector, key: c.textIncludes });
      else screen.texts.add(c.textIncludes);
    } else if ('field' in c) screen.selectors.add(FIELD_SELECTORS[c.field]);
    else if ('radioGroup' in c) screen.selectors.add(ROLE_SELECTORS.radio);
    else if ('menuTrigger' in c) screen.texts.add(c.menuTrigger);
    else screen.primary = true;
  }
  const finish = (screen: ReturnType<typeof make>): Screen => ({
    structure: screen.selectors.size ? [...screen.selectors].join(', ') : null,
    hrefs: screen.hrefs,
    primary: screen.primary,
    names: [...screen.names],
    texts: [...screen.texts],
    selectedTexts: screen.selectedTexts,
    dialogOnly: screen.dialogOnly,
    squeezed: [
      ...new Set(
        [...screen.names, ...screen.texts, ...screen.selectedTexts.map((s) => s.key)].flatMap((key) => labels.folded(key).map(squeeze)),
      ),
    ],
  });
  return { anywhere: finish(anywhere), inDialog: finish(inDialog) };
}

const screens = new WeakMap<Candidate[], { anywhere: Screen; inDialog: Screen }>();

function holdsOrIs(root: Element, selector: string): boolean {
  return root.matches(selector) || root.querySelector(selector) !== null;
}

/** The root, if it matches, and its descendants that do. */
function within(root: Element, selector: string): Iterable<Element> {
  const inside = root.querySelectorAll(selector);
  return root.matches(selector) ? [root, ...inside] : inside;
}

/** Whether some text node of the subtree contains a label, as textIncludes reads text nodes. */
function textHolds(root: Element, keys: LabelKey[], labels: Labels): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length >= 2 && value.length <= 600 && labels.includesAny(keys, value)) return true;
  }
  return false;
}

const squeeze = (folded: string) => folded.replace(/ /g, '');

/** Where a name comes from besides text. */
const NAMING = '[aria-label], [title], img[alt], input';

/**
 * The subtree's words in one string, folded and without spaces: its text (one read, no node
 * touched) and its naming attributes. Any label a candidate can match in the subtree is a
 * substring of it, whatever the node boundaries and spacing.
 */
function squeezedWords(root: Element): string {
  let text = root.textContent ?? '';
  for (const el of within(root, NAMING)) {
    text += ` ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('alt') ?? ''}`;
    if (el.localName === 'input') text += ` ${(el as HTMLInputElement).value} ${(el as HTMLInputElement).placeholder}`;
  }
  return squeeze(foldText(text));
}

/** Whether some candidate of the screen may find something in the subtree. */
function passes(screen: Screen, root: Element, labels: Labels, squeezed: () => string): boolean {
  if (screen.dialogOnly && !root.closest(DIALOG) && !holdsOrIs(root, DIALOG)) return false;
  if (screen.structure && holdsOrIs(root, screen.structure)) return true;
  if (screen.hrefs.length) {
    for (const link of within(root, 'a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (screen.hrefs.some((pattern) => pattern.test(href))) return true;
    }
  }
  if (screen.squeezed.length === 0 && !screen.primary) return false;
  // Words: a quick test on the whole subtree first, names and text nodes only when it holds one.
  const words = screen.squeezed.length > 0 && (holdsOrIs(root, '[aria-labelledby]') || screen.squeezed.some((v) => squeezed().includes(v)));
  if (!words && !screen.primary) return false;
  if (screen.primary || screen.names.length) {
    for (const control of within(root, CLICKABLE)) {
      if (screen.primary && looksPrimary(control)) return true;
      if (!words || screen.names.length === 0) continue;
      const name = shownName(control);
      if (screen.names.some((key) => !labels.tooLong(key, name) && labels.equals(key, name))) return true;
    }
  }
  if (!words) return false;
  if (screen.texts.length && textHolds(root, screen.texts, labels)) return true;
  for (const { selector, key } of screen.selectedTexts) {
    for (const el of within(root, selector)) if (labels.includes(key, spacedText(el))) return true;
  }
  return false;
}

/**
 * The screen alone: false means no candidate of this page can find anything in the subtree.
 * (True means it may: mayMatter then runs the candidates.)
 */
export function mayHold(flow: Flow, labels: Labels, loc: PageLocation, root: Element): boolean {
  return screened(screenOf(pageCandidates(flow, loc).candidates, labels), root, labels);
}

function screenOf(candidates: Candidate[], labels: Labels): { anywhere: Screen; inDialog: Screen } {
  let screen = screens.get(candidates);
  if (!screen) screens.set(candidates, (screen = compileScreen(candidates, labels)));
  return screen;
}

function screened(screen: { anywhere: Screen; inDialog: Screen }, root: Element, labels: Labels): boolean {
  // The subtree's words are read once, for both screens, and only if a screen asks.
  let words: string | undefined;
  const squeezed = () => (words ??= squeezedWords(root));
  return passes(screen.anywhere, root, labels, squeezed) || passes(screen.inDialog, root, labels, squeezed);
}

function anyFindsIn(candidates: Candidate[], doc: Document, labels: Labels, probe: Probe, root: Element): boolean {
  const pass = new Pass(doc, labels, probe, root);
  return candidates.some((candidate) => pass.find(candidate).length > 0);
}

/** Whether some candidate of this page finds something in the subtree (no screen). */
export function holdsCandidate(flow: Flow, labels: Labels, loc: PageLocation, doc: Document, root: Element, probe: Probe): boolean {
  return anyFindsIn(pageCandidates(flow, loc).candidates, doc, labels, probe, root);
}

/**
 * Whether new or changed page content can change the reading: some candidate of a page rule
 * whose address matches this page finds something inside it. Product cards added by an endless
 * grid, a carousel's slides and live prices do not; a dialog, a form or a late button does.
 * A cheap screen dismisses most subtrees; the rest are checked with the candidates themselves.
 */
export function mayMatter(flow: Flow, labels: Labels, loc: PageLocation, doc: Document, roots: Iterable<Element>, probe: Probe): boolean {
  const { candidates } = pageCandidates(flow, loc);
  const screen = screenOf(candidates, labels);
  for (const root of roots) {
    if (root.isConnected && screened(screen, root, labels) && anyFindsIn(candidates, doc, labels, probe, root)) return true;
  }
  return false;
}
