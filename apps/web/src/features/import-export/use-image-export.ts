import { type DrawChart, ExportError, planImage } from '@orgwise/formats';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { ChartEdge, PositionNode } from '../../flow/chart-to-flow.js';
import { translate } from '../../i18n/translate.js';
import { chartSvgFromFlow } from './image/chart-svg-from-flow.js';
import { rasterizeSvg } from './image/rasterize-svg.js';
import { messages } from './messages.js';

/**
 * Draws the whole chart as an SVG or a PNG, for the registry's picture formats: a vector SVG
 * written from the canvas's layout (every card, also those scrolled out of view, and none of the
 * editor's controls), and the PNG drawn from that SVG at the planned pixel ratio. Rejects with an
 * ExportError that says why. Must run inside the ReactFlowProvider.
 */
export function useImageExport(): DrawChart {
  const flow = useReactFlow();
  return useCallback(
    async (format) => {
      const { svg, bounds } = chartSvgFromFlow(
        flow.getNodes() as PositionNode[],
        flow.getEdges() as ChartEdge[],
      );
      const planned = planImage(bounds, format);
      if (!planned.ok) throw new ExportError(planned.message);
      if (format === 'svg') return { content: svg };
      try {
        const content = await rasterizeSvg(svg, planned.plan);
        const { notice } = planned.plan;
        return notice === undefined ? { content } : { content, notice };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ExportError(translate(messages)('notDrawn', { reason }));
      }
    },
    [flow],
  );
}
