import { type DrawChart, ExportError, planImage } from '@orgwise/formats';
import { getViewportForBounds, type Rect, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useImageDrawing } from '../../flow/image-drawing-store.js';
import { translate } from '../../i18n/translate.js';
import { renderChartImage } from './image/render-chart-image.js';
import { nextFrames, waitUntil } from './image/wait-for-frames.js';
import { messages } from './messages.js';

/**
 * Draws the whole chart as a PNG or SVG, for the registry's picture formats: the bounds of every
 * node give the image's size, and the React Flow viewport element is drawn at a transform that
 * fits them (the xyflow "download image" example, at 100% zoom instead of a fixed image size).
 * Rejects with an ExportError that says why. Must run inside the ReactFlowProvider.
 */
export function useImageExport(): DrawChart {
  const flow = useReactFlow();
  const store = useStoreApi();

  /**
   * A large chart renders only the cards in view (onlyRenderVisibleElements), and an image drawn
   * from the DOM would miss the rest. So when cards are missing from the DOM, the view is zoomed
   * out until every card is in it, the image is drawn, and the user's view is put back.
   */
  const withEveryCardRendered = useCallback(
    async <T>(bounds: Rect, draw: () => Promise<T>): Promise<T> => {
      const { domNode, width, height } = store.getState();
      const expected = flow.getNodes().length;
      const rendered = () => domNode?.querySelectorAll('.react-flow__node').length ?? 0;
      if (rendered() >= expected) return draw();
      const before = flow.getViewport();
      // setViewport is not held to the canvas's minimum zoom, so even a very wide chart fits.
      await flow.setViewport(getViewportForBounds(bounds, width, height, 1e-4, 1, 0));
      try {
        await waitUntil(() => rendered() >= expected, 3000);
        await nextFrames(2); // the edges follow the cards by a frame
        return await draw();
      } finally {
        await flow.setViewport(before);
      }
    },
    [flow, store],
  );

  return useCallback(
    async (format) => {
      const viewport = store
        .getState()
        .domNode?.querySelector<HTMLElement>('.react-flow__viewport');
      if (viewport == null) throw new ExportError(translate(messages)('noCanvas'));
      const bounds = flow.getNodesBounds(flow.getNodes());
      const planned = planImage(bounds, format);
      if (!planned.ok) throw new ExportError(planned.message);
      // Cards in full, whatever the zoom: a large chart zoomed out draws them as plain blocks.
      useImageDrawing.getState().setDrawing(true);
      try {
        await nextFrames(1);
        const content = await withEveryCardRendered(bounds, () =>
          renderChartImage(viewport, planned.plan, format),
        );
        const { notice } = planned.plan;
        return notice === undefined ? { content } : { content, notice };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ExportError(translate(messages)('notDrawn', { reason }));
      } finally {
        useImageDrawing.getState().setDrawing(false);
      }
    },
    [flow, store, withEveryCardRendered],
  );
}
