import { PATHS, pathFor, type Goal, type StepId } from '@/flows/steps';

/** 1-based place of a step on its path, as the panel counts it ("Step 4 of 9"). */
export interface StepPosition {
  current: number;
  total: number;
}

/** Null when no step is recorded or the step is not on a path (done, blocked, off the path). */
export function stepPosition(step: StepId | null, goal: Goal): StepPosition | null {
  if (!step) return null;
  const steps = PATHS[pathFor(step, goal)];
  const index = steps.indexOf(step);
  return index >= 0 ? { current: index + 1, total: steps.length } : null;
}
