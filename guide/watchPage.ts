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
  /** Sees every batch, relevant or not (the page's dialogs are followed from them). */
  onRecords?(records: MutationRecord[]): void;
  onChange(): void;
}

/**
 * Attributes that can make an element match a candidate it did not match before (a class in
 * a selector, a role, a name, a link target, an enabled field): watched on the whole page.
 */
const MATCHING = ['class', 'id', 'role', 'href', 'type', 'name', 'placeholder', 'aria-label', 'aria-labelledby', 'aria-modal', 'data-role', 'open', 'disabled'];
/**
 * Attributes that only show, hide or fill what a candidate already found: watched on the
 * found elements and their ancestors alone. A carousel restyling its track every frame, or
 * a price ticking, is then not even reported.
 */
const SHOWING = ['style', 'hidden', 'aria-hidden', 'aria-expanded', 'aria-checked', 'checked', 'value'];

export interface PageWatch {
  schedule(): void;
  /**
   * Watches what the last reading found, inside and out, for showing and filling: the found
   * elements with everything in them (a dialog's inner views), and their ancestors.
   */
  follow(found: ReadonlySet<Element>, around: Iterable<Node>): void;
}

export function watchPage({ doc, signal, isRelevant, onRecords, onChange }: WatchOptions): PageWatch {
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
  const judge = (records: MutationRecord[]) => {
    onRecords?.(records);
    if (!frame && isRelevant(records)) schedule();
  };
  const observer = new MutationObserver(judge);
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: MATCHING });
  const followed = new MutationObserver(judge);

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
    followed.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  });
  return {
    schedule,
    follow(found, around) {
      followed.disconnect();
      if (signal.aborted) return;
      for (const node of around) {
        if (node.nodeType !== 1) continue;
        followed.observe(node, { attributes: true, attributeFilter: SHOWING, subtree: found.has(node as Element) });
      }
    },
  };
}
