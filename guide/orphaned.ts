import { browser, type ContentScriptContext } from '#imports';

/** How often an open page checks that the extension is still there (one property read). */
export const ORPHAN_CHECK_MS = 1000;

/**
 * WXT's signal that a newer copy of this content script started in the page: a DOM event on
 * `document` that WXT's ContentScriptContext obeys by ending this copy. Named as WXT names it
 * (getUniqueEventName: extension id, entrypoint, event).
 */
export function startedSignalName(): string {
  return `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}

/**
 * Ends this copy of the guide when, and only when, the extension is gone from under it.
 * After an update or reload Chromium leaves the old copy running in open pages, cut off from
 * the extension: WXT's check of `browser.runtime.id` then ends it (panel and ring removed,
 * listeners dropped), and the page's next load runs the new copy. WXT's "newer copy started"
 * event is not obeyed: a page can dispatch it too (the extension id is public), and would
 * switch the guide off. It is stopped on `window`, before it reaches WXT's listener.
 */
export function endWhenOrphaned(ctx: ContentScriptContext): void {
  const timer = setInterval(() => {
    if (ctx.isInvalid) clearInterval(timer);
  }, ORPHAN_CHECK_MS);
  window.addEventListener(startedSignalName(), (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
