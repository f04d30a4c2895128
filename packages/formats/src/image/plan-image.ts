export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImagePlan {
  /** The image's size in CSS pixels: the whole chart at 100% zoom plus the padding. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the PNG: 2 for sharp text, less for a very large chart. */
  pixelRatio: number;
  /** The viewport transform that puts the chart's top left corner at (padding, padding). */
  transform: string;
  /** Set when the PNG had to be drawn smaller than wanted; the user is told. */
  notice?: string;
}

export type ImagePlanResult = { ok: true; plan: ImagePlan } | { ok: false; message: string };

export interface ImageLimits {
  padding: number;
  /** The pixel ratio wanted: 2 keeps text sharp when zoomed or printed. */
  pixelRatio: number;
  /** Below this the PNG's text is no longer readable, so it is refused instead. */
  minPixelRatio: number;
  /** Browsers refuse bigger canvases (Safari and html-to-image at 16,384 per side). */
  maxSide: number;
  /** Canvas memory: width × height × 4 bytes; 64 million pixels is 256 MB. */
  maxPixels: number;
}

export const defaultImageLimits: ImageLimits = {
  padding: 40,
  pixelRatio: 2,
  minPixelRatio: 0.5,
  maxSide: 16_384,
  maxPixels: 64_000_000,
};

const formatNumber = (value: number) => Math.round(value).toLocaleString('en-US');

/**
 * Plans an image of the whole chart, not just the part on screen: the size comes from the bounds
 * of all the nodes, and the pixel ratio is lowered (down to a floor) for charts too big for a
 * canvas. An SVG has no pixel limit, so it always gets the full size.
 */
export function planImage(
  bounds: Bounds,
  format: 'png' | 'svg',
  limits: ImageLimits = defaultImageLimits,
): ImagePlanResult {
  if (!(bounds.width > 0 && bounds.height > 0)) {
    return { ok: false, message: 'The chart is empty: add a position before exporting an image.' };
  }
  const width = Math.ceil(bounds.width + 2 * limits.padding);
  const height = Math.ceil(bounds.height + 2 * limits.padding);
  const transform = `translate(${limits.padding - bounds.x}px, ${limits.padding - bounds.y}px) scale(1)`;
  if (format === 'svg') return { ok: true, plan: { width, height, pixelRatio: 1, transform } };

  const fit = Math.min(
    limits.pixelRatio,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxPixels / (width * height)),
  );
  if (fit < limits.minPixelRatio) {
    return {
      ok: false,
      message: `The chart is too large for a PNG: even with small text it would be ${formatNumber(width * limits.minPixelRatio)} × ${formatNumber(height * limits.minPixelRatio)} pixels, more than a browser can draw (${formatNumber(limits.maxSide)} pixels per side, ${formatNumber(limits.maxPixels / 1_000_000)} million in all). Export SVG instead, which has no size limit, or try the left-to-right layout, which is narrower.`,
    };
  }
  // Whole hundredths, floored, so that rounding can never take the canvas over a limit.
  const pixelRatio = Math.floor(fit * 100) / 100;
  const plan: ImagePlan = { width, height, pixelRatio, transform };
  if (pixelRatio < 1) {
    plan.notice = `The chart is large, so the PNG is drawn at ${Math.round(pixelRatio * 100)}% (${formatNumber(width * pixelRatio)} × ${formatNumber(height * pixelRatio)} pixels). Export SVG for full detail.`;
  }
  return { ok: true, plan };
}
