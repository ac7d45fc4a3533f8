/** Room kept clear under sticky headers when scrolling a target into view. */
const HEADER_ROOM = 96;
/** How far up a box that clips the control is looked for: bounded, however deep the page. */
const MAX_ANCESTORS = 24;
/** Sub-pixel layout: a control flush with its box's edge is not clipped. */
const CLIP_SLACK = 1;
const CLIPS = new Set(['auto', 'scroll', 'hidden', 'clip', 'overlay']);

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

/** The next box up, through the page's own shadow roots. */
const parentOf = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;

/**
 * Whether a box between the control and the window hides part of it: the edge of an app
 * layout's scroll box, a carousel's window. The hit test misses that, since there the page
 * shows the box's ancestors, which contain the control. <body> and <html> scroll with the
 * window, which isComfortablyInView judges.
 */
export function isClipped(target: Element, rect: Rect, doc: Document): boolean {
  const view = doc.defaultView ?? window;
  let el = parentOf(target);
  for (let depth = 0; el && el !== doc.body && el !== doc.documentElement && depth < MAX_ANCESTORS; depth += 1, el = parentOf(el)) {
    const style = view.getComputedStyle(el);
    const clipsX = CLIPS.has(style.overflowX);
    const clipsY = CLIPS.has(style.overflowY);
    // Overflow does not apply to inline boxes, whatever their style says.
    if ((!clipsX && !clipsY) || style.display === 'inline' || style.display === 'contents') continue;
    const box = el.getBoundingClientRect();
    const top = box.top + el.clientTop;
    const left = box.left + el.clientLeft;
    if (clipsY && (rect.top < top - CLIP_SLACK || rect.bottom > top + el.clientHeight + CLIP_SLACK)) return true;
    if (clipsX && (rect.left < left - CLIP_SLACK || rect.right > left + el.clientWidth + CLIP_SLACK)) return true;
  }
  return false;
}

/** Whether the control needs scrolling to be seen: outside the comfortable band, covered, or clipped by its box. */
export function needsScroll(target: Element, doc: Document): boolean {
  const rect = target.getBoundingClientRect();
  return !isComfortablyInView(rect, doc.defaultView ?? window) || isCovered(target, rect, doc) || isClipped(target, rect, doc);
}
