import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { endWhenOrphaned, ORPHAN_CHECK_MS, startedSignalName } from '@/guide/orphaned';

/** What a page can dispatch: WXT's "a newer copy started" event, with a detail it made up. */
function fakeStartedSignal(): void {
  document.dispatchEvent(new CustomEvent(startedSignalName(), { detail: { contentScriptName: import.meta.env.ENTRYPOINT, messageId: 'page' } }));
}

describe('endWhenOrphaned', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('names the signal as WXT does: unguarded, the page\'s copy of it ends the content script', () => {
    const ctx = new ContentScriptContext(import.meta.env.ENTRYPOINT);
    fakeStartedSignal();
    expect(ctx.isValid).toBe(false);
  });

  it('a page cannot switch the guide off with that signal', () => {
    const ctx = new ContentScriptContext(import.meta.env.ENTRYPOINT);
    endWhenOrphaned(ctx);
    fakeStartedSignal();
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('ends the content script within a check once the extension is gone from under it', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext(import.meta.env.ENTRYPOINT);
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    endWhenOrphaned(ctx);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS * 3);
    expect(ended).not.toHaveBeenCalled();
    // After an update, Chromium leaves the old copy running without its runtime.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS);
    expect(ended).toHaveBeenCalledOnce();
  });
});
