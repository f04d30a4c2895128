import { chartSvg, pictureBounds } from '@orgwise/formats';
import { messages } from '../../../comparison/messages.js';
import type { ChartEdge, PositionNode } from '../../../flow/chart-to-flow.js';
import { translate } from '../../../i18n/translate.js';
import { useEditor } from '../../../store/editor-store.js';
import { canvasMeasure } from './canvas-measure.js';
import { chartPictureFromFlow } from './chart-picture-from-flow.js';

/**
 * The canvas's chart as an SVG document, measured in the browser's fonts and titled with the
 * company's name, and the box its cards take (for planning an image or printed sheets).
 */
export function chartSvgFromFlow(nodes: readonly PositionNode[], edges: readonly ChartEdge[]) {
  const picture = chartPictureFromFlow(nodes, edges);
  const name = useEditor.getState().chart.company?.name;
  const measure = canvasMeasure();
  const t = translate(messages);
  const svg = chartSvg(picture, {
    labels: { untitled: t('untitled'), vacant: t('vacant'), interim: t('interim') },
    ...(measure === undefined ? {} : { measure }),
    ...(name === undefined || name.trim() === '' ? {} : { title: name }),
  });
  return { svg, bounds: pictureBounds(picture), title: name?.trim() ?? '' };
}
