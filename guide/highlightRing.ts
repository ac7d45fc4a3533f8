import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { needsScroll } from './inView';
import { watchPersonScroll } from './personScroll';

/** Space between the control and the ring; the contract allows at most 16 px. */
const PAD = 6;
/** About five seconds at 60 frames a second: long enough for a page to settle. */
const SETTLE_FRAMES = 300;
/** Frames between two looks while settling. */
const SETTLE_EVERY = 15;

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

export function createHighlightRing(doc: Document): HighlightRing {
  const view = doc.defaultView ?? window;
  const { host, ring, callout } = build(doc);
  let target: Element | null = null;
  let stop: (() => void) | null = null;
  /** The frame request that counts the ring's settling after landing, if any. */
  let settling = 0;
  let lastBox: DOMRect | null = null;
  const stopWatching = new AbortController();
  const personMoves = watchPersonScroll(view, stopWatching.signal);
  // The person's moves when the ring landed, while the page may still be brought back once.
  let returnable: number | null = null;

  // Instant, not smooth: the ring must sit on the control the moment it is drawn.
  const reveal = (el: Element) => el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });

  /**
   * The ringed control, read again: if the page has moved it out of sight since it was ringed
   * (its own scroll, a late layout change), it is brought back, once. Not when the person has
   * moved the page since, and not a second time: that would fight them, or a page's script.
   */
  function recheck(el: Element) {
    if (returnable === null) return;
    if (personMoves() !== returnable) returnable = null;
    else if (needsScroll(el, doc)) {
      returnable = null;
      reveal(el);
    }
  }

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

  /**
   * For a few seconds after landing the ring looks at the control's box now and then: a
   * page's entry animation, a font that swaps in or a line that appears above move the
   * control without a change the observers (scroll, resize, layout shift) see. One box read
   * every quarter second, a write only when it moved.
   */
  function settle(next: Element) {
    const view = doc.defaultView ?? window;
    let frames = 0;
    const tick = () => {
      settling = 0;
      if (target !== next || (frames += 1) > SETTLE_FRAMES) return;
      if (frames % SETTLE_EVERY === 0) {
        const box = next.getBoundingClientRect();
        if (!lastBox || box.top !== lastBox.top || box.left !== lastBox.left || box.width !== lastBox.width || box.height !== lastBox.height) place();
      }
      settling = view.requestAnimationFrame(tick);
    };
    settling = view.requestAnimationFrame(tick);
  }

  function hide() {
    if (settling) (doc.defaultView ?? window).cancelAnimationFrame(settling);
    settling = 0;
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
      if (next === target) {
        recheck(next);
        return place();
      }
      hide();
      target = next;
      if (needsScroll(next, doc)) reveal(next);
      returnable = personMoves();
      ring.replaceChildren(pulseOf(doc));
      ring.classList.add('shown');
      callout.classList.add('shown');
      stop = autoUpdate(next, callout, place);
      settle(next);
    },
    hide,
    box: () => lastBox,
    host,
    destroy() {
      hide();
      stopWatching.abort();
      host.remove();
    },
  };
}
