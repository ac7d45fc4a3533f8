import type { Candidate, Flow, PageRule, Step, TargetSpec } from './types';
import { urlMatches, type PageLocation } from './url';

export interface PageCandidates {
  /** Every candidate a reading of this page may evaluate, once each. */
  candidates: Candidate[];
  /** The pieces of link targets they look for, gathered in one walk of the page's links. */
  linkPieces: string[];
}

/** Candidates of targets, with the menu triggers that reveal them. */
function targetCandidates(targets: TargetSpec[]): Candidate[] {
  return targets.flatMap((target) => [...target.candidates, ...(target.reveal ?? [])]);
}

/** The candidates of one page rule: its conditions, its targets (or the step's), menus, notices. */
function ruleCandidates(step: Step, rule: PageRule): Candidate[] {
  return [
    ...[...(rule.all ?? []), ...(rule.none ?? [])].flatMap((condition) => condition.anyOf),
    ...targetCandidates(rule.targets ?? step.targets),
    ...(step.notices ?? []).flatMap((notice) => notice.when.anyOf),
  ];
}

const stepCandidates = new WeakMap<Step, Candidate[]>();

/** Every candidate a step may evaluate on any of its pages, once each (its own targets too). */
export function candidatesOf(step: Step): Candidate[] {
  let list = stepCandidates.get(step);
  if (!list) {
    list = [...new Set([...step.pages.flatMap((rule) => ruleCandidates(step, rule)), ...targetCandidates(step.targets)])];
    stepCandidates.set(step, list);
  }
  return list;
}

const cache = new WeakMap<Flow, Map<string, PageCandidates>>();

/**
 * The candidates of the page rules whose address matches this location: a page is read, and
 * its changes judged, against these alone. Computed once for each set of matching rules.
 */
export function pageCandidates(flow: Flow, loc: PageLocation): PageCandidates {
  // The same page asks again and again (each batch of changes): one string compare then.
  const address = (loc as { href?: string }).href ?? `${loc.hostname}${loc.pathname}${loc.search}${loc.hash}`;
  if (last?.flow === flow && last.address === address) return last.found;
  const found = matchingCandidates(flow, loc);
  last = { flow, address, found };
  return found;
}

let last: { flow: Flow; address: string; found: PageCandidates } | null = null;

function matchingCandidates(flow: Flow, loc: PageLocation): PageCandidates {
  const matching: [Step, PageRule][] = [];
  let key = '';
  for (const [s, step] of flow.steps.entries()) {
    for (const [r, rule] of step.pages.entries()) {
      if (!rule.url.some((url) => urlMatches(url, loc))) continue;
      matching.push([step, rule]);
      key += `${s}.${r} `;
    }
  }
  let byKey = cache.get(flow);
  if (!byKey) cache.set(flow, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    const candidates = [...new Set(matching.flatMap(([step, rule]) => ruleCandidates(step, rule)))];
    const linkPieces = [...new Set(candidates.flatMap((c) => ('contains' in c && (!c.within || c.within === 'document') ? c.contains ?? [] : [])))];
    found = { candidates, linkPieces };
    byKey.set(key, found);
  }
  return found;
}
