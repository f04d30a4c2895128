import { create } from 'zustand';

/**
 * Whether an image of the chart is being drawn from the canvas. A large chart zoomed out past
 * reading draws its cards as plain blocks; an exported image must show every card in full.
 */
export interface ImageDrawingState {
  drawing: boolean;
  setDrawing: (drawing: boolean) => void;
}

export const useImageDrawing = create<ImageDrawingState>()((set) => ({
  drawing: false,
  setDrawing: (drawing) => set({ drawing }),
}));
