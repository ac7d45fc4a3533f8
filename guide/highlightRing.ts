import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Space between the control and the ring; the contract allows at most 16 px. */
const PAD = 6;
/** Room kept clear under sticky headers when scrolling a target into view. */
const HEADER_ROOM = 96;

const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; ' +
  'display: block !important; z-index: 2147483647 !important; pointer-events: none !important; visibility: visible !important; opacity: 1 !important;';

const SHADOW_CSS = `
.ring { position: fixed; box-sizing: border-box; border: 3px solid #ff4f00; border-radius: 8px;
  box-shadow: 0 0 0 4px rgba(255, 79, 0, 0.28); pointer-events: none; display: none; }
.pulse { position: absolute; inset: -9px; border-radius: 12px; border: 4px solid rgba(255, 79, 0, 0.35);
  opacity: 0; pointer-events: none; }
.callout { position: fixed; max-width: 260px; padding: 6px 10px; border-radius: 8px; background: #c43d00; color: #fff;
  font: 600 13px/1.35 system-ui, sans-serif; pointer-events: none; display: none; box-shadow: 0 4px 12px rgba(0,0,0,.25); }
.shown { display: block; }
@media (prefers-reduced-motion: no-preference) {
  /*
   * Two beats when the ring lands on a control, then still: the eye is drawn, and no frame
   * after that costs the page anything (a running animation restyles a heavy page every
   * frame, compositor or not). Under 5 s, so nothing moves that would need a pause control.
   */
  .ring.shown .pulse { animation: pulse 0.8s ease-in-out 2; }
  @keyframes pulse { 50% { opacity: 1; } }
}`;

export interface HighlightRing {
  /** Rings the control (re-attaching if the page removed us) and keeps the ring on it. */
  show(target: Element, callout: string, dir?: 'ltr' | 'rtl'): void;
  hide(): void;
  /** The ringed box, in this frame's viewport, for keeping the panel clear of it. */
  box(): DOMRect | null;
  /** The ring's host element, to tell our own nodes from the page's. */
  host: Element;
  destroy(): void;
}

function build(doc: Document) {
  // A plain div: pages that throw out unknown elements keep standard ones.
  const host = doc.createElement('div');
  host.dataset.exitGuide = 'ring';
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const ring = doc.createElement('div');
  ring.className = 'ring';
  ring.dataset.testid = 'exit-guide-highlight';
  ring.append(pulseOf(doc));
  const callout = doc.createElement('div');
  callout.className = 'callout';
  callout.setAttribute('role', 'note');
  root.append(style, ring, callout);
  return { host, ring, callout };
}

/** The beat around the ring: a fresh element per control, so its animation starts anew. */
function pulseOf(doc: Document): HTMLElement {
  const pulse = doc.createElement('div');
  pulse.className = 'pulse';
  return pulse;
}

function isComfortablyInView(rect: DOMRect, view: Window): boolean {
  return rect.top >= Math.min(HEADER_ROOM, view.innerHeight / 4) && rect.bottom <= view.innerHeight - 16 && rect.left >= 0 && rect.right <= view.innerWidth;
}

/**
 * Whether something lies over the control's middle: a sticky header taller than expected, a
 * fixed cookie bar, the edge of a scroll box that clips it, or our own panel.
 */
function isCovered(target: Element, rect: DOMRect, doc: Document): boolean {
  const hit = doc.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit !== null && hit !== target && !target.contains(hit) && !hit.contains(target);
}

export function createHighlightRing(doc: Document): HighlightRing {
  const view = doc.defaultView ?? window;
  const { host, ring, callout } = build(doc);
  let target: Element | null = null;
  let stop: (() => void) | null = null;
  let lastBox: DOMRect | null = null;

  function place() {
    if (!target) return;
    const rect = target.getBoundingClientRect();
    lastBox = rect;
    ring.style.left = `${rect.left - PAD}px`;
    ring.style.top = `${rect.top - PAD}px`;
    ring.style.width = `${rect.width + PAD * 2}px`;
    ring.style.height = `${rect.height + PAD * 2}px`;
    void computePosition(target, callout, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(PAD + 8), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      callout.style.left = `${x}px`;
      callout.style.top = `${y}px`;
    });
  }

  function hide() {
    stop?.();
    stop = null;
    target = null;
    lastBox = null;
    ring.classList.remove('shown');
    callout.classList.remove('shown');
  }

  return {
    show(next, text, dir = 'ltr') {
      if (!host.isConnected) doc.documentElement.append(host);
      callout.textContent = text;
      callout.dir = dir;
      if (next === target) return place();
      hide();
      target = next;
      const rect = next.getBoundingClientRect();
      // Instant, not smooth: the ring must sit on the control the moment it is drawn.
      if (!isComfortablyInView(rect, view) || isCovered(next, rect, doc)) {
        next.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      }
      ring.replaceChildren(pulseOf(doc));
      ring.classList.add('shown');
      callout.classList.add('shown');
      stop = autoUpdate(next, callout, place);
    },
    hide,
    box: () => lastBox,
    host,
    destroy() {
      hide();
      host.remove();
    },
  };
}
