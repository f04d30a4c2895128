import { create } from 'zustand';

/**
 * The card under a dragged card or palette role, and whether dropping there is allowed. Kept out
 * of the editor store: it changes on every pointer move, and only the two cards concerned
 * re-render.
 */
export interface DropTargetState {
  key: string | null;
  verdict: 'ok' | 'refused' | null;
  set: (key: string | null, verdict?: 'ok' | 'refused') => void;
}

export const useDropTarget = create<DropTargetState>()((set, get) => ({
  key: null,
  verdict: null,
  set: (key, verdict = 'ok') => {
    const next = key === null ? null : verdict;
    if (get().key !== key || get().verdict !== next) set({ key, verdict: next });
  },
}));
