import type { Placement, Side } from './view';

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;

/** How a placement reads: the side, whether the folded tab takes the top corner, whether it folds for the ring. */
export interface Stance {
  side: Side;
  top: boolean;
  folded: boolean;
}

export function stanceOf(placement: Placement): Stance {
  return { side: placement.endsWith('start') ? 'start' : 'end', top: placement.includes('top-'), folded: placement.startsWith('collapsed-') };
}

function placementOf({ side, top, folded }: Stance): Placement {
  return `${folded ? 'collapsed-' : ''}${top ? 'top-' : ''}${side}`;
}

/** What the panel shows now, measured (guide/mountPanel.tsx). */
export interface ShownPanel {
  /** The folded tab, not the open panel. */
  tab: boolean;
  width: number;
  height: number;
  /** The open panel's top edge; the tab's follows from its corner. */
  top: number;
  /** The inline end is the left edge. */
  rtl: boolean;
  /** The window's client area, which fixed boxes are placed in (no scrollbars). */
  viewport: { width: number; height: number };
}

/** panel.css: the gap between the panel, or its tab, and the window's edges. */
const INSET = 16;

/**
 * Where the shown panel, or tab, would be at a side and corner. Worked out from the window,
 * not from where it is drawn now: a move to the other side is animated, and a box measured
 * halfway would say the wrong side is taken.
 */
function boxAt(shown: ShownPanel, side: Side, top: boolean): Box {
  const atRight = (side === 'end') !== shown.rtl;
  const left = atRight ? shown.viewport.width - INSET - shown.width : INSET;
  const y = !shown.tab ? shown.top : top ? INSET : shown.viewport.height - INSET - shown.height;
  return { left, right: left + shown.width, top: y, bottom: y + shown.height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const other = (side: Side): Side => (side === 'end' ? 'start' : 'end');

/**
 * Keeps the panel off the ringed control: the open panel moves to the other side of the
 * window, and folds to its small tab when the control spans both sides. The tab, folded for
 * the control or by the person, takes the first free corner: its own, the other bottom one,
 * then the top ones (a wide control at the bottom of a zoomed window).
 */
export function placePanel(target: Box | null, shown: ShownPanel | null, current: Placement): Placement {
  if (!target || !shown) return current;
  const want = stanceOf(current);
  if (!shown.tab) {
    const side = [want.side, other(want.side)].find((s) => !overlaps(target, boxAt(shown, s, want.top)));
    return placementOf(side ? { ...want, side, folded: false } : { ...want, folded: true });
  }
  const corners: Pick<Stance, 'side' | 'top'>[] = [
    { side: want.side, top: want.top }, { side: other(want.side), top: want.top },
    { side: want.side, top: !want.top }, { side: other(want.side), top: !want.top },
  ];
  const corner = corners.find(({ side, top }) => !overlaps(target, boxAt(shown, side, top)));
  return corner ? placementOf({ ...want, ...corner }) : current;
}
