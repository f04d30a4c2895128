import type { Chart } from '@orgwise/domain';
import { buildForest, layoutTree } from '@orgwise/layout';

const CARD_WIDTH = 200;
const CARD_HEIGHT = 64;

const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;');

/** draw.io labels with html=1 are HTML: the title and holder are escaped for it, then for XML. */
const html = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const CARD_STYLE =
  'rounded=1;whiteSpace=wrap;html=1;arcSize=8;fillColor=#ffffff;strokeColor=#475569;fontColor=#0f172a;';
const VACANT_STYLE = `${CARD_STYLE}dashed=1;fontColor=#64748b;`;
const LINE_STYLE =
  'edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=none;strokeColor=#475569;';
const DOTTED_STYLE =
  'edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;dashed=1;endArrow=open;strokeColor=#94a3b8;';

/**
 * The chart as a draw.io (diagrams.net) file: an mxGraph model with a card per position at the
 * place @orgwise/layout gives it (top-down, as the editor draws it), a line from each manager to
 * each report, and the dotted lines dashed. Cells are numbered (`position-3`, `line-3`) since an
 * mxGraph id must be unique and "0" and "1" are the model's own; each card keeps the position's
 * id as a custom property (`orgwiseId`), which draw.io shows under Edit Data.
 */
export function chartDrawio(chart: Chart): string {
  const forest = buildForest(chart);
  const layout = layoutTree(forest, {
    direction: 'TB',
    width: () => CARD_WIDTH,
    height: () => CARD_HEIGHT,
    isCollapsed: () => false,
  });
  const cells: string[] = [];
  chart.positions.forEach((position, index) => {
    const holder = position.vacant ? 'Vacant' : (position.holder ?? '');
    const label = `<b>${html(position.title)}</b>${holder === '' ? '' : `<br>${html(holder)}`}`;
    const style = position.vacant ? VACANT_STYLE : CARD_STYLE;
    cells.push(
      `<object id="position-${index}" label="${xml(label)}" orgwiseId="${xml(position.id)}"><mxCell style="${style}" vertex="1" parent="1"><mxGeometry x="${Math.round(layout.x[index] ?? 0)}" y="${Math.round(layout.y[index] ?? 0)}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" as="geometry"/></mxCell></object>`,
    );
  });
  const indexOf = new Map<string, number>();
  chart.positions.forEach((position, index) => {
    if (!indexOf.has(position.id)) indexOf.set(position.id, index);
  });
  chart.positions.forEach((position, index) => {
    const manager = position.reportsTo == null ? undefined : indexOf.get(position.reportsTo);
    if (manager === undefined) return;
    cells.push(
      `<mxCell id="line-${index}" style="${LINE_STYLE}" edge="1" parent="1" source="position-${manager}" target="position-${index}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  });
  (chart.dottedLines ?? []).forEach((line, index) => {
    const from = indexOf.get(line.from);
    const to = indexOf.get(line.to);
    if (from === undefined || to === undefined) return;
    cells.push(
      `<mxCell id="dotted-${index}" style="${DOTTED_STYLE}" edge="1" parent="1" source="position-${from}" target="position-${to}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  });
  const name = xml(chart.company?.name ?? 'Org chart');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Orgwise" type="device">',
    `<diagram id="org-chart" name="${name}">`,
    '<mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" math="0" shadow="0">',
    '<root>',
    '<mxCell id="0"/>',
    '<mxCell id="1" parent="0"/>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
