/**
 * What the engine may ask of layout. Detection reads only (never writes between reads), so
 * the browser computes style once per pass. Tests pass a probe for happy-dom, which has no
 * layout: it can tell display:none but not a zero-size box.
 */
export interface Probe {
  isShowing(el: Element): boolean;
}

/** A control smaller than this either way is a visually hidden copy (the 1 px clip pattern). */
const MIN_SIDE = 2;
/** Ancestors checked for an empty box that clips: wrappers sit close to what they hide. */
const CLIP_DEPTH = 4;

/** An ancestor with an empty box that clips its content (width:0; overflow:hidden). */
function clippedAway(el: Element): boolean {
  let node = el.parentElement;
  for (let depth = 0; node && depth < CLIP_DEPTH; depth += 1, node = node.parentElement) {
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) continue;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    // Inline and display:contents boxes clip nothing, whatever their overflow says.
    if (style && style.overflow !== 'visible' && style.display !== 'inline' && style.display !== 'contents') return true;
  }
  return false;
}

/**
 * Above or (left-to-right pages) left of the page's start: no scrolling brings it into view.
 * Right-to-left pages scroll leftwards, so only the top edge counts there.
 */
function beforePageStart(el: Element, rect: DOMRect): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (rect.bottom + view.scrollY <= 0) return true;
  return rect.right + view.scrollX <= 0 && view.getComputedStyle(el).direction !== 'rtl';
}

/**
 * Whether the person can see the element, now or by scrolling: shown by style (display,
 * visibility, opacity, content-visibility), not hidden from assistive technology
 * (aria-hidden), a box of some size, not placed before the page's
 * start (left: -9999px) where no scrolling reaches, and not clipped away by an empty wrapper.
 * Hidden copies of controls (templates, decoys) must never take the ring.
 */
export const browserProbe: Probe = {
  isShowing(el) {
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    }
    // Hidden from assistive technology too: a copy kept for screen readers or a template.
    if (el.closest('[aria-hidden="true"]')) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width < MIN_SIDE && rect.height < MIN_SIDE) return false;
    if (beforePageStart(el, rect)) return false;
    return !clippedAway(el);
  },
};

/** For DOM implementations without layout: style-based visibility only. */
export const styleProbe: Probe = {
  isShowing(el) {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.hasAttribute('hidden')) return false;
      const style = node.ownerDocument.defaultView?.getComputedStyle(node);
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    }
    return true;
  },
};
