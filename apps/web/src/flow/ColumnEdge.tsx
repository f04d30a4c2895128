import { LEVEL_GAP, STACK_INDENT } from '@orgwise/layout';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ChartEdge } from './chart-to-flow.js';

const HANDLE_OVERHANG = 4;

/**
 * The reporting line into a card stacked in a column beside other reports: down from the manager
 * to the level's connector, across to the column's gutter, down the gutter and into the card's
 * left side. A generic step edge would turn at the card's height and cross the columns before it.
 */
export const ColumnEdge = memo(function ColumnEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<ChartEdge>) {
  // React Flow puts sourceY at the handle's outer edge, half a handle below the card; the row's
  // step edges turn halfway between the cards, and so does this one.
  const connector = sourceY - HANDLE_OVERHANG + LEVEL_GAP / 2;
  const gutter = targetX - STACK_INDENT / 2;
  const path = `M ${sourceX},${sourceY} V ${connector} H ${gutter} V ${targetY} H ${targetX}`;
  return <BaseEdge id={id} path={path} />;
});
