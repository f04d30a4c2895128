import {
  BaseEdge,
  type EdgeProps,
  getStraightPath,
  type InternalNode,
  useInternalNode,
} from '@xyflow/react';
import { memo } from 'react';
import type { ChartEdge } from './chart-to-flow.js';

/**
 * A straight line between the nearest borders of two cards, for lines that are not part of the
 * tree (dotted lines, and the link that closes a reporting loop): they can run in any direction,
 * so they cannot use the cards' top and bottom handles.
 */
export const FloatingEdge = memo(function FloatingEdge({
  id,
  source,
  target,
  style,
}: EdgeProps<ChartEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (from === undefined || to === undefined) return null;
  const [sourceX, sourceY] = borderPoint(from, to);
  const [targetX, targetY] = borderPoint(to, from);
  const [path] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  return <BaseEdge id={id} path={path} {...(style === undefined ? {} : { style })} />;
});

function centre(node: InternalNode): [number, number, number, number] {
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return [x + width / 2, y + height / 2, width / 2, height / 2];
}

/** Where the line from this card's centre towards the other's leaves this card's border. */
function borderPoint(node: InternalNode, other: InternalNode): [number, number] {
  const [cx, cy, halfWidth, halfHeight] = centre(node);
  const [ox, oy] = centre(other);
  const dx = ox - cx;
  const dy = oy - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = 1 / Math.max(Math.abs(dx) / (halfWidth || 1), Math.abs(dy) / (halfHeight || 1));
  return [cx + dx * scale, cy + dy * scale];
}
