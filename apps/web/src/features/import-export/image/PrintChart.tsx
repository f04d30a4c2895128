import { defaultImageLimits, type PrintPlan, planPrintTiles } from '@orgwise/formats';
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ChartEdge, PositionNode } from '../../../flow/chart-to-flow.js';
import { useMessages } from '../../../i18n/use-messages.js';
import { chartSvgFromFlow } from './chart-svg-from-flow.js';
import { messages } from './messages.js';

/**
 * An A4 landscape sheet inside print.css's page margins, in CSS pixels, less a line for the
 * sheet's title.
 */
const SHEET = { width: 1030, height: 670 };

interface Sheets {
  url: string;
  size: { width: number; height: number };
  plan: PrintPlan;
  title: string;
}

/**
 * What the editor prints: the whole chart as its vector picture, on as many sheets as it needs
 * to stay legible (see planPrintTiles), instead of the editor with the chart cut off. Drawn when
 * the browser is about to print and removed after; print.css shows it and hides the editor.
 */
export function PrintChart() {
  const t = useMessages(messages);
  const flow = useReactFlow();
  const [sheets, setSheets] = useState<Sheets | null>(null);
  useEffect(() => {
    const before = () => {
      const nodes = flow.getNodes() as PositionNode[];
      if (nodes.length === 0) return;
      const { svg, bounds, title } = chartSvgFromFlow(nodes, flow.getEdges() as ChartEdge[]);
      const size = {
        width: Math.ceil(bounds.width + 2 * defaultImageLimits.padding),
        height: Math.ceil(bounds.height + 2 * defaultImageLimits.padding),
      };
      // Rendered now: the browser lays the page out for print right after this event.
      flushSync(() =>
        setSheets({
          url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
          size,
          plan: planPrintTiles(size, SHEET),
          title,
        }),
      );
    };
    const after = () => setSheets(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [flow]);
  if (sheets === null) return null;
  const { plan, size, url, title } = sheets;
  return (
    <div className="print-chart" data-testid="print-chart">
      {plan.tiles.map((tile, k) => (
        <section key={`${tile.x}:${tile.y}`} className="print-sheet" data-testid="print-sheet">
          {plan.tiles.length > 1 && (
            <p className="print-sheet-title">
              {t('sheet', {
                title: title === '' ? t('orgChart') : title,
                n: k + 1,
                count: plan.tiles.length,
              })}
            </p>
          )}
          <div
            className="print-tile"
            style={{ width: tile.width * plan.scale, height: tile.height * plan.scale }}
          >
            <img
              src={url}
              alt={k > 0 ? '' : title === '' ? t('orgChart') : t('orgChartOf', { title })}
              style={{
                width: size.width * plan.scale,
                height: size.height * plan.scale,
                transform: `translate(${-tile.x * plan.scale}px, ${-tile.y * plan.scale}px)`,
              }}
            />
          </div>
        </section>
      ))}
    </div>
  );
}
