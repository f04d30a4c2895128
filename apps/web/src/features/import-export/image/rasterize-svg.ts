import type { ImagePlan } from '@orgwise/formats';

/**
 * Draws an SVG document on a canvas at the plan's size and pixel ratio and returns the PNG's
 * bytes: the PNG is the SVG's picture, pixel for pixel, and no screen element is involved.
 */
export async function rasterizeSvg(svg: string, plan: ImagePlan): Promise<Uint8Array> {
  // A data URL rather than a blob: URL, which the server's Content-Security-Policy (img-src
  // 'self' data:) does not allow.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(plan.width * plan.pixelRatio);
  canvas.height = Math.round(plan.height * plan.pixelRatio);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('the browser has no canvas to draw on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('the browser could not draw the image');
  return new Uint8Array(await blob.arrayBuffer());
}
