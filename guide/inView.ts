/** Room kept clear under sticky headers when scrolling a target into view. */
const HEADER_ROOM = 96;

type Rect = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

export function isComfortablyInView(rect: Rect, view: Window): boolean {
  return rect.top >= Math.min(HEADER_ROOM, view.innerHeight / 4) && rect.bottom <= view.innerHeight - 16 && rect.left >= 0 && rect.right <= view.innerWidth;
}

/**
 * Where the control is looked at: its middle, and both sides just inside its top and bottom
 * edges. A sticky header or a fixed bar over only a strip of the control hides the middle of
 * nothing, but the person cannot read or press what lies under it.
 */
export function probePoints(rect: Rect): [x: number, y: number][] {
  const inset = Math.min(4, rect.height / 4);
  const left = rect.left + rect.width * 0.2;
  const right = rect.left + rect.width * 0.8;
  const top = rect.top + inset;
  const bottom = rect.bottom - inset;
  return [[rect.left + rect.width / 2, rect.top + rect.height / 2], [left, top], [right, top], [left, bottom], [right, bottom]];
}

/** The control, a part of it, its own label (over a restyled checkbox), or an element it lets the hit through to. */
function showsTarget(target: Element, hit: Element): boolean {
  if (hit === target || target.contains(hit) || hit.contains(target)) return true;
  const labels = (target as Partial<HTMLInputElement>).labels;
  return labels ? Array.from(labels).some((label) => label.contains(hit)) : false;
}

/**
 * Whether something lies over the control: a sticky header, a fixed cookie bar, a modal's
 * backdrop or our own panel.
 */
export function isCovered(target: Element, rect: Rect, doc: Document): boolean {
  return probePoints(rect).some(([x, y]) => {
    const hit = doc.elementFromPoint(x, y);
    return hit !== null && !showsTarget(target, hit);
  });
}

/** Whether the control needs scrolling to be seen: outside the comfortable band, or covered. */
export function needsScroll(target: Element, doc: Document): boolean {
  const rect = target.getBoundingClientRect();
  return !isComfortablyInView(rect, doc.defaultView ?? window) || isCovered(target, rect, doc);
}
