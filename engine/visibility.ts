/**
 * What the engine may ask of layout. Detection reads only (never writes between reads), so
 * the browser computes style once per pass. Tests pass a probe for happy-dom, which has no
 * layout: it can tell display:none but not a zero-size box.
 */
export interface Probe {
  isShowing(el: Element): boolean;
  /**
   * The layer a modal without markup puts over the page, when a backdrop fills the window:
   * the wrapper that holds the modal's controls, or the box over a bare backdrop. Only layout
   * tells it; probes without layout leave it out.
   */
  modalLayer?(doc: Document): Element | null;
  /**
   * Whether something lies over the element's middle that scrolling cannot move away: a
   * window-filling backdrop, or (the element being fixed itself) any other layer.
   */
  isCoveredForGood?(el: Element): boolean;
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

/** Layers of our own (panel, ring): the hit test looks through them, as the page's own would not. */
const ownLayers = new WeakSet<Element>();

export function lookThrough(el: Element): void {
  ownLayers.add(el);
}

/** The page's topmost element at a point, our own layers aside. */
function hitAt(doc: Document, x: number, y: number): Element | null {
  if (typeof doc.elementFromPoint !== 'function') return null;
  // The topmost element alone is the cheap hit test; the whole stack only when it is ours.
  const top = doc.elementFromPoint(x, y);
  if (!top || !ownLayers.has(top)) return top;
  return doc.elementsFromPoint(x, y).find((el) => !ownLayers.has(el)) ?? null;
}

/** A layer that fills this much of the window either way is a backdrop, not a bar. */
const BLANKET_SHARE = 0.9;

/** The outermost fixed-position box the element lives in, if any. */
function fixedLayer(el: Element): Element | null {
  const view = el.ownerDocument.defaultView;
  let layer: Element | null = null;
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (view?.getComputedStyle(node).position === 'fixed') layer = node;
  }
  return layer;
}

function fillsWindow(el: Element, view: Window): boolean {
  const box = el.getBoundingClientRect();
  return box.width >= view.innerWidth * BLANKET_SHARE && box.height >= view.innerHeight * BLANKET_SHARE;
}

/**
 * The backdrop over the page: the fixed layer that the hit test finds at two or more of four
 * points near the window's edges, when it fills the window. A bar (header, cookie banner) or
 * a side panel (ours) covers one point at most.
 */
function blanketOf(doc: Document, view: Window): Element | null {
  const w = view.innerWidth;
  const h = view.innerHeight;
  const counts = new Map<Element, number>();
  for (const [x, y] of [[w / 2, 8], [8, h / 2], [w - 8, h / 2], [w / 2, h - 8]] as const) {
    const hit = hitAt(doc, x, y);
    const layer = hit && fixedLayer(hit);
    if (!layer || !fillsWindow(layer, view)) continue;
    const count = (counts.get(layer) ?? 0) + 1;
    if (count >= 2) return layer;
    counts.set(layer, count);
  }
  return null;
}

const CONTROLS = 'input:not([type="hidden"]), button, a[href], [role="button"], textarea, select';

function modalLayerOf(doc: Document): Element | null {
  const view = doc.defaultView;
  if (!view) return null;
  const blanket = blanketOf(doc, view);
  if (!blanket || blanket.querySelector(CONTROLS)) return blanket;
  // A bare backdrop: the modal's box is the layer at the window's middle, over it.
  const middle = hitAt(doc, view.innerWidth / 2, view.innerHeight / 2);
  const layer = middle && fixedLayer(middle);
  return layer && layer !== blanket ? layer : blanket;
}

function coveredForGood(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const rect = el.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (!view || x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) return false;
  const hit = hitAt(el.ownerDocument, x, y);
  if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return false;
  if (Array.from((el as Partial<HTMLInputElement>).labels ?? []).some((label) => label.contains(hit))) return false;
  const layer = fixedLayer(hit);
  if (layer && layer.contains(el)) return false;
  return (layer !== null && fillsWindow(layer, view)) || fixedLayer(el) !== null;
}

browserProbe.modalLayer = modalLayerOf;
browserProbe.isCoveredForGood = coveredForGood;

/**
 * How many layers hide the element by style: itself and each ancestor that sets display
 * none, the hidden attribute or aria-hidden, or turns visibility to hidden. 0: it shows by
 * style. Two states rendered side by side inside one closed menu differ by one layer.
 */
export function hiddenLayers(el: Element): number {
  const view = el.ownerDocument.defaultView;
  let layers = 0;
  let below: CSSStyleDeclaration | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node) ?? null;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || style?.display === 'none') layers += 1;
    // Visibility is inherited: it hides at the node where it turns hidden.
    else if (below && below.visibility === 'hidden' && style?.visibility !== 'hidden') layers += 1;
    below = style;
  }
  if (below && below.visibility === 'hidden') layers += 1;
  return layers;
}

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
