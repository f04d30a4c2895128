import { create } from 'zustand';

/** Which screen of a saved workspace is showing: the editor, the comparison or the presentation. */
export type WorkspaceView = 'edit' | 'compare' | 'present';

interface ViewState {
  view: WorkspaceView;
  sharing: boolean;
  show(view: WorkspaceView): void;
  setSharing(open: boolean): void;
}

export const useView = create<ViewState>()((set) => ({
  view: 'edit',
  sharing: false,
  show: (view) => set({ view }),
  setSharing: (sharing) => set({ sharing }),
}));
