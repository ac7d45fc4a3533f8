import { describe, expect, it } from 'vitest';
import { placePanel, stanceOf, type ShownPanel } from '@/guide/placement';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
/** The open panel, 340 px wide from 72 px down, in a 1366 x 900 window less its scrollbar. */
const open: ShownPanel = { tab: false, width: 340, height: 628, top: 72, rtl: false, viewport: { width: 1351, height: 900 } };
/** The folded tab at 200 % zoom: a 683 x 450 window, the tab 181 x 38. */
const tab: ShownPanel = { tab: true, width: 181, height: 38, top: 396, rtl: false, viewport: { width: 683, height: 450 } };

describe('stanceOf', () => {
  it('reads side, corner and fold', () => {
    expect(stanceOf('end')).toEqual({ side: 'end', top: false, folded: false });
    expect(stanceOf('collapsed-top-start')).toEqual({ side: 'start', top: true, folded: true });
  });
});

describe('placePanel: the open panel', () => {
  it('stays put when the control is clear of it', () => {
    expect(placePanel(box(100, 100, 300, 140), open, 'end')).toBe('end');
  });

  it('moves to the other side when it would cover the control', () => {
    expect(placePanel(box(1100, 100, 1200, 140), open, 'end')).toBe('start');
  });

  it('measures from the window less its scrollbar: a control just left of the panel\'s true edge is covered', () => {
    // The panel spans 995-1335: 15 px further left than innerWidth (1366) would put it.
    expect(placePanel(box(900, 100, 1000, 140), open, 'end')).toBe('start');
  });

  it('folds to its tab when the control spans the whole width', () => {
    expect(placePanel(box(0, 100, 1351, 140), open, 'end')).toBe('collapsed-end');
    expect(placePanel(box(0, 100, 1351, 140), open, 'start')).toBe('collapsed-start');
  });

  it('folds for a wide control measured as a DOMRect, as the browser gives it', () => {
    expect(placePanel(new DOMRect(350, 432, 890, 285), { ...open, height: 804 }, 'end')).toBe('collapsed-end');
  });

  it('judges the side it is asked about, wherever it is drawn mid-slide', () => {
    // Asked about "start" (after a move from "end"): the start side is free, whatever the box drawn now.
    expect(placePanel(box(1100, 100, 1200, 140), open, 'start')).toBe('start');
  });

  it('right to left: the inline end is the left edge', () => {
    expect(placePanel(box(100, 100, 300, 140), { ...open, rtl: true }, 'end')).toBe('start');
  });
});

describe('placePanel: the folded tab', () => {
  // The login page's Sign in button at 200 % zoom: 163-519 across, 367-411 down.
  const signIn = box(163.5, 367, 519.5, 411);

  it('leaves the bottom corners when a wide control at the window\'s bottom is under both', () => {
    expect(placePanel(signIn, tab, 'collapsed-end')).toBe('collapsed-top-end');
  });

  it('takes the other bottom corner first', () => {
    expect(placePanel(box(450, 380, 680, 420), tab, 'collapsed-end')).toBe('collapsed-start');
  });

  it('stays in its corner when that is clear', () => {
    expect(placePanel(box(100, 100, 300, 140), tab, 'collapsed-top-start')).toBe('collapsed-top-start');
  });

  it('moves too when the person folded the panel: the fold stays theirs, the side changes', () => {
    expect(placePanel(box(450, 380, 680, 420), tab, 'end')).toBe('start');
    expect(placePanel(signIn, tab, 'end')).toBe('top-end');
  });

  it('keeps its place when no corner is free', () => {
    expect(placePanel(box(0, 0, 683, 450), tab, 'collapsed-end')).toBe('collapsed-end');
  });
});
