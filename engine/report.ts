import { urlMatches, type PageLocation, type Reading } from './detect';
import type { Labels } from './labels';
import { holds, Pass } from './locate';
import type { Flow, PageRule, TargetSpec } from './types';
import { browserProbe, type Probe } from './visibility';

/**
 * What a maintainer reads when the site changes: for the current page, every step's detector
 * result and, per target, how many elements each candidate finds and shows. It holds no page
 * text (names on a page can be personal): only the flow's own notes, counts and tag names.
 */
export interface DebugReport {
  page: string;
  step: string;
  reason: string | null;
  steps: { step: string; rules: string[]; targets: { id: string; candidates: string[] }[] }[];
}

function ruleResult(rule: PageRule, loc: PageLocation, pass: Pass): string {
  if (!rule.url.some((url) => urlMatches(url, loc))) return 'url no';
  const all = (rule.all ?? []).map((c) => (holds(c, pass) ? 'yes' : 'no'));
  const none = (rule.none ?? []).map((c) => (holds(c, pass) ? 'present' : 'absent'));
  return `url yes${all.length ? `, needs ${all.join('/')}` : ''}${none.length ? `, excludes ${none.join('/')}` : ''}${rule.reason ? ` (${rule.reason})` : ''}`;
}

function candidateLines(spec: TargetSpec, pass: Pass): string[] {
  return spec.candidates.map((candidate, index) => {
    const found = pass.find(candidate);
    const showing = found.filter((el) => pass.probe.isShowing(el));
    const first = showing[0] ?? found[0];
    // Links that matched but lead off the site: a lookalike near the control, never rung.
    const offSite = pass.offSite.get(candidate);
    const lookalikes = offSite ? `, ${offSite} off-site link${offSite > 1 ? 's' : ''} ignored` : '';
    return `#${index} ${found.length} found, ${showing.length} showing${lookalikes}${first ? ` <${first.tagName.toLowerCase()}>` : ''}: ${candidate.note}`;
  });
}

/** The page as a maintainer may see it: host, path and hash route, no query (it can carry ids). */
export function pageForReport(loc: PageLocation): string {
  // A hash route can carry a query of its own (#/request/delete?email=…&token=…): cut it too.
  const route = loc.hash.startsWith('#/') ? loc.hash.split('?')[0]! : '';
  return `${loc.hostname}${loc.pathname.replace(/\d{6,}/g, '<n>')}${route}`;
}

export function debugReport<Id extends string>(
  flow: Flow<Id>,
  labels: Labels,
  loc: PageLocation,
  doc: Document,
  reading: Reading<Id> | null,
  probe: Probe = browserProbe,
): DebugReport {
  const pass = new Pass(doc, labels, probe, undefined, flow);
  return {
    page: pageForReport(loc),
    step: reading?.step ?? 'none',
    reason: reading?.reason ?? null,
    steps: flow.steps.map((step) => {
      const rules = step.pages.map((rule, i) => `rule ${i}: ${ruleResult(rule, loc, pass)}`);
      const matched = step.pages.filter((rule, i) => rules[i]!.includes('url yes'));
      const specs = [...new Set(matched.flatMap((rule) => rule.targets ?? step.targets))];
      return { step: step.id, rules, targets: specs.map((spec) => ({ id: spec.id, candidates: candidateLines(spec, pass) })) };
    }),
  };
}

/** The report as plain text, for the panel's copy button and the development console. */
export function formatReport(report: DebugReport, extra: string[] = []): string {
  const lines = [`Exit Guide report`, `page: ${report.page}`, `step: ${report.step}${report.reason ? ` (${report.reason})` : ''}`, ...extra];
  for (const step of report.steps) {
    lines.push(`- ${step.step}: ${step.rules.join('; ')}`);
    for (const target of step.targets) {
      lines.push(`    ${target.id}`, ...target.candidates.map((c) => `      ${c}`));
    }
  }
  return lines.join('\n');
}
