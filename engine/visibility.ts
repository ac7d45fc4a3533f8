/**
 * What the engine may ask of layout. Detection reads only (never writes between reads), so
 * the browser computes style once per pass. Tests pass a probe for happy-dom, which has no
 * layout: it can tell display:none but not a zero-size box.
 */
export interface Probe {
  isShowing(el: Element): boolean;
}

export const browserProbe: Probe = {
  isShowing(el) {
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    }
    const rect = el.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0;
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
