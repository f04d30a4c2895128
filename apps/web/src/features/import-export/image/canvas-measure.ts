import { type MeasureLine, PICTURE_FONT } from '@orgwise/formats';

/**
 * Measures text in the picture's font with a canvas, so that titles wrap where the browser that
 * opens the SVG (or draws the PNG) will need them to. Falls back to the picture's estimate where
 * the browser has no 2D canvas.
 */
export function canvasMeasure(): MeasureLine | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return undefined;
  return (text, size, bold) => {
    context.font = `${bold ? 600 : 400} ${size}px ${PICTURE_FONT}`;
    return context.measureText(text).width;
  };
}
