import { createStore } from 'zustand/vanilla';
import type { WordCheck } from '@/engine/satisfied';
import type { StepId } from '@/flows/steps';

export type TargetStatus = 'ringed' | 'waiting' | 'missing' | 'none';

export type Side = 'end' | 'start';
/**
 * Where the panel stands so that it never covers the ringed control (guide/placement.ts): its
 * side of the window; `top-` when its folded tab takes that side's top corner, not the bottom
 * one; `collapsed-` when it folds to that tab for a control that spans both sides.
 */
export type Placement = `${'' | 'collapsed-'}${'' | 'top-'}${Side}`;

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
  placement: Placement;
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
