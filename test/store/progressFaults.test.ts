import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectProgress, createProgressStore } from '@/store/progress';
import { DEFAULT_PROGRESS } from '@/store/progressItem';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const QUOTA = 'QUOTA_BYTES quota exceeded';

/**
 * The older schema: progress as the first build stored it (commit 46130ae), before the panel
 * language (`locale`) was added. No release shipped it, and no value was ever stored with a
 * version mark: progressItem is version 1 without migrations, and WXT writes `progress$` only
 * for a version above 1 (or when migrations run), reading a value without one as version 1.
 */
const PRE_RELEASE = {
  active: true, goal: 'deactivate', collapsed: true, introSeen: true, startedAt: 1000, updatedAt: 3000,
  seen: { 'sign-in': 1000, 'open-account': 2000, 'account-settings': 3000 }, lastStep: 'account-settings',
};

describe('progress from the older schema', () => {
  it('is read as it was, the missing field from its default, and not called damaged', async () => {
    await fakeBrowser.storage.local.set({ progress: PRE_RELEASE });
    const store = createProgressStore();
    await connectProgress(store);
    expect(store.getState()).toMatchObject({ ...PRE_RELEASE, locale: null, wasReset: false });
  });

  it('is stored in the current shape at the next change, under no version mark', async () => {
    await fakeBrowser.storage.local.set({ progress: PRE_RELEASE });
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().recordStep('edit-profile', 4000);
    await settle();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.progress).toEqual({ ...PRE_RELEASE, locale: null, lastStep: 'edit-profile', updatedAt: 4000, seen: { ...PRE_RELEASE.seen, 'edit-profile': 4000 } });
    expect(Object.keys(stored)).toEqual(['progress']);
  });
});

describe('storage that fails', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [how, fail] of [
    ['rejects (quota)', () => Promise.reject(new Error(QUOTA))],
    ['throws', () => { throw new Error(QUOTA); }],
  ] as const) {
    it(`a write that ${how}: the guide goes on from memory, nothing unhandled`, async () => {
      const store = createProgressStore();
      await connectProgress(store);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(fail);
      store.getState().recordStep('sign-in', 1000);
      store.getState().setCollapsed(true);
      store.getState().recordStep('open-account', 2000);
      await settle();
      expect(store.getState()).toMatchObject({ lastStep: 'open-account', collapsed: true, seen: { 'sign-in': 1000, 'open-account': 2000 }, notSaved: true });
      expect((await fakeBrowser.storage.local.get(null)).progress).toBeUndefined();
      // Storage comes back: the next write goes through and the notice goes.
      vi.restoreAllMocks();
      store.getState().recordStep('account-settings', 3000);
      await settle();
      expect(store.getState().notSaved).toBe(false);
      expect((await fakeBrowser.storage.local.get(null)).progress).toMatchObject({ lastStep: 'account-settings' });
    });
  }

  it('a read that fails: the panel starts again and says so', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const store = createProgressStore();
    await connectProgress(store);
    expect(store.getState()).toMatchObject({ ...DEFAULT_PROGRESS, wasReset: true });
  });

  it('clearing when the storage cannot remove: no unhandled rejection, and "cleared" is not claimed', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().recordStep('done', 1000);
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error(QUOTA));
    await expect(store.getState().clear()).resolves.toBeUndefined();
    expect(store.getState().cleared).toBe(false);
  });
});
