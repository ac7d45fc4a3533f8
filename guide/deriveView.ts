import type { Reading } from '@/engine/detect';
import { shownName } from '@/engine/text';
import type { StepId } from '@/flows/steps';
import type { FrameReport } from './frameBridge';
import type { GuideView, TargetStatus } from './view';

const LABEL_MAX = 48;

/** Bidi controls and other invisible format characters: a page can turn a quoted label around with them. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/**
 * The control's name as the page shows it (its visible text), without invisible format
 * characters, and short enough for a callout: cut at a word's end.
 */
export function displayLabel(el: Element): string {
  const name = shownName(el).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (name.length <= LABEL_MAX) return name;
  const cut = name.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A frame's view of its own target, for the top frame's panel. */
export function toFrameReport(reading: Reading<StepId>, href: string, box: DOMRect | null): FrameReport {
  const el = reading.target?.element ?? null;
  return {
    href,
    box: box ? { left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) } : null,
    step: reading.step,
    reason: reading.reason,
    targetId: el ? reading.target!.spec.id : null,
    kind: el ? reading.target!.spec.kind : null,
    label: el ? displayLabel(el) : '',
    revealing: reading.target?.revealing ?? false,
  };
}

/** Steps a frame can carry for the page: sign-in (legacy login box) and the email check. */
const STEPS_IN_FRAMES: ReadonlySet<StepId> = new Set(['sign-in', 'verify-email']);
/** Page steps that give way to a frame's step: they have nothing to ring on the page itself. */
const ADOPTABLE: ReadonlySet<StepId> = new Set(['request-delete', 'off-path', 'open-account', 'sign-in']);

/**
 * Merges this page's reading with what child frames report: a blocker in a frame blocks the
 * page, and a target the page lacks may be ringed inside a frame (the legacy sign-in box).
 */
export function deriveView(
  reading: Reading<StepId>,
  frames: Iterable<FrameReport>,
  timedOut: boolean,
  placement: GuideView['placement'],
): GuideView {
  const reports = [...frames];
  const blocker = reports.find((r) => r.step === 'blocked');
  if (blocker && reading.step !== 'blocked') {
    return { step: 'blocked', reason: blocker.reason, status: 'none', target: null, word: null, notices: [], placement };
  }
  const el = reading.target?.element ?? null;
  // A page whose step's control lives in a frame (the legacy sign-in box), or that shows a
  // step only inside a frame (the passport's email check over the privacy centre).
  const framed = el ? undefined : reading.missing ? reports.find((r) => r.step === reading.step && r.targetId) : undefined;
  const adopted = !el && !framed && ADOPTABLE.has(reading.step) ? reports.find((r) => r.targetId && STEPS_IN_FRAMES.has(r.step)) : undefined;
  if (adopted) reading = { ...reading, step: adopted.step, reason: adopted.reason, target: null, missing: true, notices: [] };
  const inFrame = framed ?? adopted;
  let status: TargetStatus = 'none';
  let target: GuideView['target'] = null;
  if (el && reading.target) {
    status = 'ringed';
    target = { id: reading.target.spec.id, kind: reading.target.spec.kind, label: displayLabel(el), revealing: reading.target.revealing, inFrame: false };
  } else if (inFrame?.targetId && inFrame.kind) {
    status = 'ringed';
    target = { id: inFrame.targetId, kind: inFrame.kind, label: inFrame.label, revealing: inFrame.revealing, inFrame: true };
  } else if (reading.missing) {
    status = timedOut ? 'missing' : 'waiting';
  }
  return {
    step: reading.step,
    reason: reading.reason,
    status,
    target,
    word: status === 'ringed' && !target?.inFrame ? reading.target?.word ?? null : null,
    notices: reading.notices,
    placement,
  };
}
