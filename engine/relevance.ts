import { urlMatches, type PageLocation } from './detect';
import type { Labels } from './labels';
import { Pass } from './locate';
import type { Candidate, Flow, Step } from './types';
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
 * Whether new or changed page content can change the reading: some candidate of a step whose
 * address matches this page finds something inside it. Product cards added by an endless grid,
 * a carousel's slides and live prices do not; a dialog, a form or a late button does. Checked
 * on the changed subtrees alone, so it costs a fraction of a whole reading.
 */
export function mayMatter(flow: Flow, labels: Labels, loc: PageLocation, doc: Document, roots: Iterable<Element>, probe: Probe): boolean {
  const steps = flow.steps.filter((step) => step.pages.some((rule) => rule.url.some((url) => urlMatches(url, loc))));
  const candidates = [...new Set(steps.flatMap(candidatesOf))];
  for (const root of roots) {
    if (!root.isConnected) continue;
    const pass = new Pass(doc, labels, probe, root);
    if (candidates.some((candidate) => pass.find(candidate).length > 0)) return true;
  }
  return false;
}
