import type { Progress } from '@/store/progressItem';
import { stepPosition } from './position';

export interface Badge {
  text: string;
  color: string;
}

/** The panel's accent and "ok" colours, so the badge reads as part of the same guide. */
export const BADGE_COLORS = { step: '#0b57d0', done: '#146c2e' } as const;

/** The toolbar badge for stored progress: the step number on its path, ✓ when done, else nothing. */
export function badgeFor(progress: Pick<Progress, 'active' | 'goal' | 'lastStep'>): Badge {
  if (!progress.active) return { text: '', color: BADGE_COLORS.step };
  if (progress.lastStep === 'done') return { text: '✓', color: BADGE_COLORS.done };
  const position = stepPosition(progress.lastStep, progress.goal);
  return { text: position ? String(position.current) : '', color: BADGE_COLORS.step };
}
