import { createStore } from 'zustand/vanilla';
import type { WordCheck } from '@/engine/satisfied';
import type { StepId } from '@/flows/steps';

export type TargetStatus = 'ringed' | 'waiting' | 'missing' | 'none';

/** What the panel shows: derived from the page reading, never stored. */
export interface GuideView {
  step: StepId;
  reason: string | null;
  status: TargetStatus;
  target: {
    id: string;
    kind: 'field' | 'choice' | 'button' | 'link';
    /** The control's name as the page shows it, quoted to the person. */
    label: string;
    revealing: boolean;
    /** The ring is drawn in a frame (the legacy sign-in box), not in this page. */
    inFrame: boolean;
  } | null;
  word: WordCheck | null;
  notices: string[];
  /** Where the panel stands so that it never covers the ringed control. */
  placement: 'end' | 'start' | 'collapsed';
}

export const INITIAL_VIEW: GuideView = {
  step: 'off-path',
  reason: null,
  status: 'none',
  target: null,
  word: null,
  notices: [],
  placement: 'end',
};

export const createViewStore = () => createStore<GuideView>()(() => INITIAL_VIEW);
export type ViewStore = ReturnType<typeof createViewStore>;
