/**
 * What the person does, not what a page script fakes: the panel sits in an open shadow root, so
 * a page can reach its buttons (`el.click()`, `dispatchEvent`). Such input is stopped at the
 * shadow root, before React's listeners inside it: a page cannot fold the panel, dismiss the
 * intro or clear the stored progress. Real input (isTrusted) passes untouched.
 */
export const INPUT_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change',
  'submit', 'reset', 'focusin', 'focusout',
] as const;

export function ignoreUntrustedInput(root: ShadowRoot, signal: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    // A synthetic click still has its default action (a link followed, a form sent): none.
    event.preventDefault();
  };
  for (const type of INPUT_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}
