import { storage } from '#imports';
import { PATHS, STEP_IDS, type Goal, type StepId } from '@/flows/steps';

/**
 * What Exit Guide keeps between pages: the goal, where the person got to and when, and
 * panel preferences. Step ids and times only: nothing typed into AliExpress is ever kept.
 */
export interface Progress {
  active: boolean;
  goal: Goal;
  collapsed: boolean;
  introSeen: boolean;
  startedAt: number | null;
  updatedAt: number | null;
  /** First time each step was shown, in ms since the epoch. */
  seen: Partial<Record<StepId, number>>;
  lastStep: StepId | null;
  /** Panel language chosen in the popup; null follows the browser. */
  locale: string | null;
}

export const DEFAULT_PROGRESS: Progress = {
  active: true,
  goal: 'delete',
  collapsed: false,
  introSeen: false,
  startedAt: null,
  updatedAt: null,
  seen: {},
  lastStep: null,
  locale: null,
};

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStep = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);

/** Keeps only well-formed fields, so a damaged or foreign value cannot break the panel. */
export function sanitizeProgress(value: unknown): { progress: Progress; damaged: boolean } {
  if (!value || typeof value !== 'object') return { progress: { ...DEFAULT_PROGRESS }, damaged: value != null };
  const raw = value as Record<string, unknown>;
  const seen: Progress['seen'] = {};
  let damaged = false;
  for (const [step, time] of Object.entries((raw.seen as object) ?? {})) {
    if (isStep(step) && isTime(time)) seen[step] = time;
    else damaged = true;
  }
  const pick = <K extends keyof Progress>(key: K, ok: (v: unknown) => boolean): Progress[K] => {
    if (raw[key] === undefined) return DEFAULT_PROGRESS[key];
    if (ok(raw[key])) return raw[key] as Progress[K];
    damaged = true;
    return DEFAULT_PROGRESS[key];
  };
  const bool = (v: unknown) => typeof v === 'boolean';
  const progress: Progress = {
    active: pick('active', bool),
    goal: pick('goal', (v) => Object.keys(PATHS).includes(v as string)),
    collapsed: pick('collapsed', bool),
    introSeen: pick('introSeen', bool),
    startedAt: pick('startedAt', (v) => v === null || isTime(v)),
    updatedAt: pick('updatedAt', (v) => v === null || isTime(v)),
    seen,
    lastStep: pick('lastStep', (v) => v === null || isStep(v)),
    locale: pick('locale', (v) => v === null || (typeof v === 'string' && /^[a-z]{2,3}$/.test(v))),
  };
  return { progress, damaged };
}

export const progressItem = storage.defineItem<Progress>('local:progress', {
  fallback: DEFAULT_PROGRESS,
  version: 1,
});
