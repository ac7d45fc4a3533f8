import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '@/guide/badge';
import { stepPosition } from '@/guide/position';
import { PATHS } from '@/flows/steps';

describe('badgeFor', () => {
  it('shows nothing while the guide is off, whatever the progress', () => {
    expect(badgeFor({ active: false, goal: 'delete', lastStep: 'verify-email' }).text).toBe('');
    expect(badgeFor({ active: false, goal: 'delete', lastStep: 'done' }).text).toBe('');
  });

  it('shows nothing before the first step is reached', () => {
    expect(badgeFor({ active: true, goal: 'delete', lastStep: null }).text).toBe('');
  });

  it('numbers every step of the deletion path from 1', () => {
    expect(PATHS.delete.map((lastStep) => badgeFor({ active: true, goal: 'delete', lastStep }).text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('counts a shared step on the path of the goal, and a legacy-form step on its own path', () => {
    expect(badgeFor({ active: true, goal: 'deactivate', lastStep: 'edit-profile' }).text).toBe('4');
    expect(badgeFor({ active: true, goal: 'delete', lastStep: 'choose-reason' }).text).toBe('7');
    expect(badgeFor({ active: true, goal: 'deactivate', lastStep: 'deactivate' })).toEqual({ text: '8', color: BADGE_COLORS.step });
  });

  it('shows a check mark in green when done', () => {
    expect(badgeFor({ active: true, goal: 'delete', lastStep: 'done' })).toEqual({ text: '✓', color: BADGE_COLORS.done });
  });

  it('shows nothing for a step off both paths', () => {
    expect(badgeFor({ active: true, goal: 'delete', lastStep: 'off-path' }).text).toBe('');
    expect(badgeFor({ active: true, goal: 'delete', lastStep: 'blocked' }).text).toBe('');
  });
});

describe('stepPosition', () => {
  it('gives the place and the length of the path', () => {
    expect(stepPosition('request-delete', 'deactivate')).toEqual({ current: 6, total: 9 });
    expect(stepPosition('sign-in', 'deactivate')).toEqual({ current: 1, total: 8 });
    expect(stepPosition(null, 'delete')).toBeNull();
    expect(stepPosition('done', 'delete')).toBeNull();
  });
});
