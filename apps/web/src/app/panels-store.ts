import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type PanelSide = 'left' | 'right';

interface PanelsState {
  /** Whether the palette and company panel (left) and the position and findings panel (right) show. */
  left: boolean;
  right: boolean;
  toggle(side: PanelSide): void;
  /** Hides both when either shows, else shows both: the chart alone, and back. */
  toggleBoth(): void;
}

/**
 * Which side panels show, remembered in this browser (localStorage) so that a consultant who
 * prefers the chart alone gets it again next time.
 */
export const usePanels = create<PanelsState>()(
  persist(
    (set, get) => ({
      left: true,
      right: true,
      toggle: (side) => set({ [side]: !get()[side] }),
      toggleBoth: () => {
        const show = !get().left && !get().right;
        set({ left: show, right: show });
      },
    }),
    {
      name: 'orgwise.panels',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ left, right }) => ({ left, right }),
    },
  ),
);

/** The shortcut that hides and shows both panels: Ctrl+\ (⌘\ on a Mac). */
export function isPanelsShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'Backslash';
}
