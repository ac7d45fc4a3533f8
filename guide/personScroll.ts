/** Keys that scroll whatever has focus, in a text field too. */
const ALWAYS_SCROLLING = new Set(['PageUp', 'PageDown', 'Tab']);
/** Keys that scroll the page only outside text fields, where they move the caret or type. */
const PAGE_SCROLLING = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', ' ']);

function isTextEntry(node: EventTarget | undefined): boolean {
  if (!(node instanceof Element)) return false;
  return node.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/**
 * Counts the person's own ways of moving the page: the wheel, touch, the scrolling keys, and
 * pressing on it (a scrollbar drag, middle-button autoscroll, a link to an anchor). A page's
 * script cannot fake them (isTrusted). The ring uses the count to leave alone a page the
 * person has moved: where they scrolled to is theirs.
 */
export function watchPersonScroll(view: Window, signal: AbortSignal): () => number {
  let count = 0;
  const options = { capture: true, passive: true, signal };
  const moved = (event: Event) => {
    if (event.isTrusted) count += 1;
  };
  for (const type of ['wheel', 'touchmove', 'pointerdown']) view.addEventListener(type, moved, options);
  view.addEventListener('keydown', (event) => {
    if (ALWAYS_SCROLLING.has(event.key) || (PAGE_SCROLLING.has(event.key) && !isTextEntry(event.composedPath()[0]))) moved(event);
  }, options);
  return () => count;
}
