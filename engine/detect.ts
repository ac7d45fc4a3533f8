import type { Labels } from './labels';
import { holds, locateTarget, Pass, type CandidateTrace } from './locate';
import { isSatisfied, wordState, type WordCheck } from './satisfied';
import { pageCandidates } from './pageCandidates';
import type { Flow, PageRule, TargetSpec } from './types';
import { urlMatches, type PageLocation } from './url';
import { browserProbe, type Probe } from './visibility';

export { urlMatches, type PageLocation } from './url';

export interface TargetReading {
  spec: TargetSpec;
  element: Element | null;
  revealing: boolean;
  via: number | null;
  word: WordCheck | null;
}

export interface StepTrace {
  step: string;
  /** Index of the page rule that matched, or null. */
  rule: number | null;
  complete?: boolean;
  targets?: { id: string; via: number | null; candidates: CandidateTrace[] }[];
}

export interface Reading<Id extends string = string> {
  step: Id;
  reason: string | null;
  /** The control to ring now; null for steps without one (done, blocked, off-path). */
  target: TargetReading | null;
  /** The step has a control to press but it is not on the page (yet). */
  missing: boolean;
  notices: string[];
  trace: StepTrace[];
  /** Every element the pass looked at (found by a candidate, showing or not). */
  seen: ReadonlySet<Element>;
}

export interface ReadOptions {
  probe?: Probe;
  /**
   * The page's dialogs (elements matching DIALOG_LIKE), where the caller follows them as they
   * come and go: the reading then finds the open modal among them, walking no page.
   */
  dialogs?: () => Iterable<Element>;
}


/** The notice a reading carries when its step's control shows but something lies over it. */
export const COVERED = 'covered';
/** The notice a reading carries when its step's control is there but greyed out. */
export const NOT_YET_ENABLED = 'not-yet-enabled';

function ruleMatches(rule: PageRule, loc: PageLocation, pass: Pass): boolean {
  if (!rule.url.some((url) => urlMatches(url, loc))) return false;
  // Exclusions first: they are cheap and settle most pages (a sign-out link means signed in).
  if (rule.none?.some((condition) => holds(condition, pass))) return false;
  return !rule.all || rule.all.every((condition) => holds(condition, pass));
}

/**
 * Picks the control to ring among a step's targets, in order: the first field not yet
 * filled, else the next button. A button is passed over once a field after it is filled
 * (the page moved on), and a missing target is passed over when a later one is on the page.
 */
function pickTarget(targets: TargetSpec[], pass: Pass, trace: StepTrace) {
  const located = targets.map((spec) => ({ spec, ...locateTarget(spec, pass) }));
  trace.targets = located.map((l) => ({ id: l.spec.id, via: l.via, candidates: l.trace }));
  const satisfied = located.map((l) => l.element !== null && !l.revealing && isSatisfied(l.spec, l.element, pass.labels));
  const laterFound = (i: number) => located.slice(i + 1).some((l) => l.element !== null);
  const laterFilled = (i: number) => satisfied.slice(i + 1).some(Boolean);
  for (const [i, l] of located.entries()) {
    if (!l.element) {
      if (l.spec.optional || laterFound(i)) continue;
      return { target: { ...l, word: null }, missing: true, complete: false };
    }
    const isInput = l.spec.kind === 'field' || l.spec.kind === 'choice';
    if (isInput ? satisfied[i] : laterFilled(i)) continue;
    const word = l.spec.expect && !l.revealing ? wordState(l.spec.expect, l.element, pass.labels) : null;
    return { target: { ...l, word }, missing: false, complete: false };
  }
  return { target: null, missing: false, complete: targets.length > 0 };
}

/**
 * Reads the page in front of the user: which step it is, and which control to ring.
 * Pure: a function of the location and the document (and layout, through the probe).
 */
export function readPage<Id extends string>(
  flow: Flow<Id>,
  labels: Labels,
  loc: PageLocation,
  doc: Document,
  options: ReadOptions = {},
): Reading<Id> | null {
  if (!flow.hosts.test(loc.hostname)) return null;
  const pass = new Pass(doc, labels, options.probe ?? browserProbe, undefined, flow);
  pass.expectLinks(pageCandidates(flow, loc).linkPieces);
  if (options.dialogs) pass.knowDialogs(options.dialogs);
  const trace: StepTrace[] = [];
  for (const step of flow.steps) {
    const ruleIndex = step.pages.findIndex((rule) => ruleMatches(rule, loc, pass));
    const stepTrace: StepTrace = { step: step.id, rule: ruleIndex >= 0 ? ruleIndex : null };
    trace.push(stepTrace);
    if (ruleIndex < 0) continue;
    const picked = pickTarget(step.pages[ruleIndex]?.targets ?? step.targets, pass, stepTrace);
    stepTrace.complete = picked.complete;
    if (picked.complete) continue;
    const notices = (step.notices ?? []).filter((n) => holds(n.when, pass)).map((n) => n.say);
    // The control is there, under a pop-up or a backdrop: the person must close that first.
    if (picked.missing && picked.target?.covered) notices.push(COVERED);
    // The real control is greyed out: what enables it comes first (a box, a word, a code).
    if (!picked.missing && picked.target?.disabled) notices.push(NOT_YET_ENABLED);
    return {
      step: step.id,
      reason: step.pages[ruleIndex]?.reason ?? null,
      target: picked.target,
      missing: picked.missing,
      notices,
      trace,
      seen: pass.seen,
    };
  }
  return { step: flow.fallback, reason: null, target: null, missing: false, notices: [], trace, seen: pass.seen };
}
