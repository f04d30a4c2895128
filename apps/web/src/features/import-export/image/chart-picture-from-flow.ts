import { getRole } from '@orgwise/domain';
import type { ChartPicture } from '@orgwise/formats';
import type { ChartEdge, PositionNode } from '../../../flow/chart-to-flow.js';

/**
 * The canvas's cards and lines as a picture: each card where the layout put it, with what it says
 * and nothing of the editor's controls (collapse buttons, finding badges, handles). A reporting
 * loop's closing link is left out, as in the decks: the picture shows the structure.
 */
export function chartPictureFromFlow(
  nodes: readonly PositionNode[],
  edges: readonly ChartEdge[],
): ChartPicture {
  return {
    direction: nodes[0]?.data.direction === 'LR' ? 'LR' : 'TB',
    nodes: nodes.map(({ id, position, width, height, measured, data }) => ({
      id,
      title: data.title,
      ...(data.holder === null ? {} : { holder: data.holder }),
      vacant: data.vacant,
      interim: data.interim,
      roles: data.roles.map((role) => getRole(role).shortName),
      x: position.x,
      y: position.y,
      width: width ?? measured?.width ?? 0,
      height: height ?? measured?.height ?? 0,
      titleLines: data.titleLines,
      stacked: data.stacked,
    })),
    edges: edges.flatMap((edge) =>
      edge.data?.kind === 'loop'
        ? []
        : [
            {
              from: edge.source,
              to: edge.target,
              kind: edge.data?.kind === 'dotted' ? ('dotted' as const) : ('reporting' as const),
            },
          ],
    ),
  };
}
