import type { GuideView } from './view';

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
type Placement = GuideView['placement'];

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps the panel off the ringed control: it moves to the other side of the window, and
 * folds to its small tab when the control spans both sides.
 */
export function placePanel(target: Box | null, panel: Box | null, viewportWidth: number, current: Placement): Placement {
  if (!target || !panel || !overlaps(target, panel)) return current;
  // Fields by name: DOMRect keeps them as getters, which a spread would drop.
  const mirrored = { top: panel.top, bottom: panel.bottom, left: viewportWidth - panel.right, right: viewportWidth - panel.left };
  if (!overlaps(target, mirrored)) return current === 'start' ? 'end' : 'start';
  return 'collapsed';
}
