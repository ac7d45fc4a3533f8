/**
 * Calls `onChange` at most once an animation frame after anything that can change the step:
 * DOM mutations that can matter (see changeFilter), typing in page fields (which mutates
 * nothing), and in-page navigation (pushState, hash changes, back and forward).
 */
export interface WatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** Whether a batch of mutations can change the reading (guide/changeFilter.ts). */
  isRelevant(records: MutationRecord[]): boolean;
  onChange(): void;
}

const ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'disabled', 'checked', 'aria-hidden', 'aria-expanded', 'aria-checked', 'href', 'value'];

export function watchPage({ doc, signal, isRelevant, onChange }: WatchOptions): { schedule(): void } {
  const view = doc.defaultView ?? window;
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onChange();
    });
  };

  // Records are judged as they come (cheap), the reading waits for the next frame.
  const observer = new MutationObserver((records) => {
    if (!frame && isRelevant(records)) schedule();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });

  const options = { capture: true, passive: true, signal };
  for (const type of ['input', 'change', 'hashchange', 'popstate', 'pageshow']) {
    (type === 'input' || type === 'change' ? doc : view).addEventListener(type, schedule, options);
  }
  // pushState and replaceState fire no event a content script sees, except through the
  // Navigation API. Where it is missing, the route's DOM changes bring the re-read. (Not WXT's
  // wxt:locationchange: it dispatches an event on the page's window, and polls without the API.)
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  });
  return { schedule };
}
