import type { ImagePlan } from '@orgwise/formats';
import { toBlob, toSvg } from 'html-to-image';
import { inlineSvgStyles } from './inline-svg-styles.js';
import { createDefaultStyles, slimStyles } from './slim-svg-styles.js';

/**
 * Parts of the canvas that are controls, not chart: connection handles, the selection rectangle,
 * and anything the editor marks with `data-export-ignore` (toolbars, buttons on cards).
 */
function isChartContent(node: HTMLElement): boolean {
  if (!(node instanceof Element)) return true;
  if (node.hasAttribute('data-export-ignore')) return false;
  const classes = node.classList;
  return !(
    classes.contains('react-flow__handle') ||
    classes.contains('react-flow__nodesselection') ||
    classes.contains('react-flow__selection')
  );
}

const SVG_DATA_URL = /^data:image\/svg\+xml;charset=utf-8,/;

/** The SVG text with the style declarations that change nothing removed (see slimStyles). */
function slimSvg(svg: string): string {
  const document_ = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (document_.querySelector('parsererror') !== null) return svg;
  const { defaultStyle, dispose } = createDefaultStyles();
  try {
    slimStyles(document_.documentElement, defaultStyle);
  } finally {
    dispose();
  }
  return new XMLSerializer().serializeToString(document_);
}

/**
 * Draws the React Flow viewport element (`.react-flow__viewport`: nodes, edges and edge labels)
 * at the plan's transform and size, as the xyflow "download image" example does, so that the
 * image holds the whole chart however the user has zoomed and panned. The live canvas is not
 * moved: html-to-image applies the transform to its copy. The PNG's bytes or the SVG's text, as the
 * formats registry takes a file's content.
 */
export async function renderChartImage(
  viewport: HTMLElement,
  plan: ImagePlan,
  format: 'png' | 'svg',
): Promise<string | Uint8Array> {
  const options = {
    backgroundColor: '#ffffff',
    width: plan.width,
    height: plan.height,
    pixelRatio: plan.pixelRatio,
    style: { width: `${plan.width}px`, height: `${plan.height}px`, transform: plan.transform },
    filter: isChartContent,
  };
  const restore = inlineSvgStyles(viewport);
  try {
    if (format === 'png') {
      const blob = await toBlob(viewport, options);
      if (blob === null) throw new Error('the browser could not draw the image');
      return new Uint8Array(await blob.arrayBuffer());
    }
    const dataUrl = await toSvg(viewport, options);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${slimSvg(decodeURIComponent(dataUrl.replace(SVG_DATA_URL, '')))}`;
  } finally {
    restore();
  }
}
