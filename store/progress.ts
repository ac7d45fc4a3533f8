import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WxtStorageItem } from '#imports';
import type { Goal, StepId } from '@/flows/steps';
import { DEFAULT_PROGRESS, progressItem, sanitizeProgress, type Progress } from './progressItem';

export interface ProgressState extends Progress {
  /** Stored progress was unreadable and was reset: the panel says so once. */
  wasReset: boolean;
  /** The last write of progress failed (storage full or gone): the panel says so while it lasts. */
  notSaved: boolean;
  /** The stored progress was cleared at the person's request. */
  cleared: boolean;
  setGoal(goal: Goal): void;
  setCollapsed(collapsed: boolean): void;
  setActive(active: boolean): void;
  /** Null follows the browser's language. */
  setLocale(locale: string | null): void;
  markIntroSeen(): void;
  recordStep(step: StepId, now?: number): void;
  restart(): void;
  clear(): Promise<void>;
}

export type ProgressStore = StoreApi<ProgressState>;
type Item = WxtStorageItem<Progress, Record<string, unknown>>;

const PERSISTED = Object.keys(DEFAULT_PROGRESS) as (keyof Progress)[];

export function persistedPart(state: ProgressState): Progress {
  return Object.fromEntries(PERSISTED.map((key) => [key, state[key]])) as unknown as Progress;
}

export function createProgressStore(item: Item = progressItem): ProgressStore {
  return createStore<ProgressState>()((set, get) => ({
    ...DEFAULT_PROGRESS,
    wasReset: false,
    notSaved: false,
    cleared: false,
    setGoal: (goal) => set({ goal }),
    setCollapsed: (collapsed) => set({ collapsed }),
    setActive: (active) => set({ active }),
    setLocale: (locale) => set({ locale }),
    markIntroSeen: () => set({ introSeen: true }),
    recordStep(step, now = Date.now()) {
      const state = get();
      if (state.cleared || (state.lastStep === step && state.seen[step])) return;
      set({
        lastStep: step,
        startedAt: state.startedAt ?? now,
        updatedAt: now,
        seen: state.seen[step] ? state.seen : { ...state.seen, [step]: now },
      });
    },
    restart: () => set({ ...DEFAULT_PROGRESS, goal: get().goal, locale: get().locale, introSeen: true, cleared: false }),
    async clear() {
      set({ ...DEFAULT_PROGRESS, cleared: true });
      // Storage that cannot remove it: the panel does not claim it did, and offers it again.
      await item.removeValue().catch(() => set({ cleared: false }));
    },
  }));
}

/**
 * Loads stored progress into the store, writes every change back, and follows changes made
 * in other tabs or the popup. A write that fails leaves the guide working from memory.
 */
export async function connectProgress(store: ProgressStore, item: Item = progressItem): Promise<() => void> {
  let lastWritten = '';
  const apply = (value: unknown) => {
    const { progress, damaged } = sanitizeProgress(value);
    lastWritten = JSON.stringify(progress);
    store.setState({ ...progress, ...(damaged ? { wasReset: true } : {}) });
  };
  try {
    apply(await item.getValue());
  } catch {
    store.setState({ wasReset: true });
  }
  const unsubscribe = store.subscribe((state) => {
    if (state.cleared) return;
    const next = JSON.stringify(persistedPart(state));
    if (next === lastWritten) return;
    lastWritten = next;
    const saved = (ok: boolean) => {
      if (store.getState().notSaved === ok) store.setState({ notSaved: !ok });
    };
    try {
      item.setValue(JSON.parse(next) as Progress).then(() => saved(true), () => saved(false));
    } catch {
      saved(false);
    }
  });
  const unwatch = item.watch((value) => {
    if (JSON.stringify(value) !== lastWritten) apply(value);
  });
  return () => {
    unsubscribe();
    // Cut off by an update of the extension, the storage API throws: its listener went with it.
    try {
      unwatch();
    } catch {
      // Nothing left to remove.
    }
  };
}
