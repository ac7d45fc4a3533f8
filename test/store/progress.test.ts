import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectProgress, createProgressStore } from '@/store/progress';
import { DEFAULT_PROGRESS, progressItem, sanitizeProgress } from '@/store/progressItem';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('progress store', () => {
  it('starts a fresh install active, with the goal delete and the panel open', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    const state = store.getState();
    expect(state).toMatchObject({ active: true, goal: 'delete', collapsed: false, lastStep: null });
  });

  it('persists steps with times and nothing else', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().recordStep('sign-in', 1000);
    store.getState().recordStep('open-account', 2000);
    await settle();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.progress).toMatchObject({ lastStep: 'open-account', startedAt: 1000, updatedAt: 2000, seen: { 'sign-in': 1000, 'open-account': 2000 } });
    expect(Object.keys(stored.progress as object).sort()).toEqual(Object.keys(DEFAULT_PROGRESS).sort());
  });

  it('keeps the first time a step was seen when the person comes back to it', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().recordStep('sign-in', 1000);
    store.getState().recordStep('open-account', 2000);
    store.getState().recordStep('sign-in', 3000);
    expect(store.getState().seen['sign-in']).toBe(1000);
    expect(store.getState().lastStep).toBe('sign-in');
  });

  it('follows changes made in another tab', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    await progressItem.setValue({ ...DEFAULT_PROGRESS, goal: 'deactivate', collapsed: true });
    await settle();
    expect(store.getState()).toMatchObject({ goal: 'deactivate', collapsed: true });
  });

  it('resets damaged stored progress and says so', async () => {
    await fakeBrowser.storage.local.set({ progress: { goal: 'explode', seen: { 'sign-in': 'yesterday' }, active: true } });
    const store = createProgressStore();
    await connectProgress(store);
    expect(store.getState()).toMatchObject({ goal: 'delete', seen: {}, wasReset: true, active: true });
  });

  it('clears everything on request and stops recording', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().recordStep('delete', 1000);
    await settle();
    await store.getState().clear();
    store.getState().recordStep('done', 2000);
    await settle();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.progress).toBeUndefined();
    expect(store.getState().cleared).toBe(true);
  });

  it('restarts from the first step, keeping the goal', async () => {
    const store = createProgressStore();
    await connectProgress(store);
    store.getState().setGoal('deactivate');
    store.getState().recordStep('choose-reason', 5);
    store.getState().restart();
    expect(store.getState()).toMatchObject({ goal: 'deactivate', lastStep: null, seen: {}, startedAt: null });
  });

  it('stores the language chosen in the popup, and every other tab follows', async () => {
    const popup = createProgressStore();
    const tab = createProgressStore();
    await connectProgress(popup);
    await connectProgress(tab);
    popup.getState().setLocale('hi');
    await settle();
    expect(tab.getState().locale).toBe('hi');
    popup.getState().setLocale(null);
    await settle();
    expect(tab.getState().locale).toBeNull();
  });
});

describe('sanitizeProgress', () => {
  it('accepts a well-formed value unchanged', () => {
    const value = { ...DEFAULT_PROGRESS, seen: { delete: 4 }, lastStep: 'delete', locale: 'hi' };
    expect(sanitizeProgress(value)).toEqual({ progress: value, damaged: false });
  });
  it('drops unknown fields such as anything typed', () => {
    const { progress } = sanitizeProgress({ ...DEFAULT_PROGRESS, email: 'a@b.c' });
    expect(progress).not.toHaveProperty('email');
  });
});
