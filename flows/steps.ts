/** Step ids: part of the test contract (DEVELOPERS.md); other suites read them from data-step. */
export const STEP_IDS = [
  'sign-in', 'open-account', 'account-settings', 'edit-profile', 'deactivate-link',
  'confirm-identity', 'choose-reason', 'deactivate',
  'request-delete', 'type-agree', 'verify-email', 'delete',
  'done', 'blocked', 'off-path',
] as const;

export type StepId = (typeof STEP_IDS)[number];
export type Goal = 'delete' | 'deactivate';

/** The checklist a person sees for each goal; the two paths share their first five steps. */
export const PATHS: Record<Goal, readonly StepId[]> = {
  delete: ['sign-in', 'open-account', 'account-settings', 'edit-profile', 'deactivate-link', 'request-delete', 'type-agree', 'verify-email', 'delete'],
  deactivate: ['sign-in', 'open-account', 'account-settings', 'edit-profile', 'deactivate-link', 'confirm-identity', 'choose-reason', 'deactivate'],
};

/** The path the person is on: the page decides where the paths differ, the goal where they agree. */
export function pathFor(step: StepId, goal: Goal): Goal {
  if (PATHS.deactivate.includes(step) && !PATHS.delete.includes(step)) return 'deactivate';
  if (PATHS.delete.includes(step) && !PATHS.deactivate.includes(step)) return 'delete';
  return goal;
}

/** Steps that end in a button whose press cannot be undone: the farewell check shows there. */
export const FINAL_STEPS: readonly StepId[] = ['delete', 'deactivate'];
