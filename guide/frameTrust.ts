import { FRAME_BLOCKERS, FRAME_SOURCES } from '@/flows/frames';
import { STEP_IDS } from '@/flows/steps';
import type { FrameReport } from './frameBridge';

const KINDS = new Set(['field', 'choice', 'button', 'link']);
const LABEL_MAX = 200;

function isBox(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const box = value as Record<string, unknown>;
  return ['left', 'top', 'width', 'height'].every((key) => typeof box[key] === 'number' && Number.isFinite(box[key]));
}

/** Whether a message has exactly the shape of a frame report: anything else is dropped. */
export function isFrameReport(value: unknown): value is FrameReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.step === 'string' && (STEP_IDS as readonly string[]).includes(r.step) &&
    (r.reason === null || typeof r.reason === 'string') &&
    (r.targetId === null || typeof r.targetId === 'string') &&
    (r.kind === null || (typeof r.kind === 'string' && KINDS.has(r.kind))) &&
    typeof r.label === 'string' && r.label.length <= LABEL_MAX &&
    typeof r.revealing === 'boolean' &&
    typeof r.href === 'string' &&
    isBox(r.box)
  );
}

/**
 * A frame's report as the page's panel may take it, or null: only from the frames AliExpress
 * really shows (flows/frames.ts), only the steps such a frame carries, with the address the
 * browser gives for the frame, not the one the report claims.
 */
export function trustedFrameReport(report: unknown, frameUrl: string | undefined): FrameReport | null {
  if (!frameUrl || !isFrameReport(report)) return null;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const source = FRAME_SOURCES.find((s) => s.host.test(url.hostname) && (!s.path || s.path.test(url.pathname)));
  if (!source || !source.steps.includes(report.step)) return null;
  if (report.step === 'blocked' && !FRAME_BLOCKERS.includes(report.reason ?? '')) return null;
  return { ...report, href: url.href };
}
