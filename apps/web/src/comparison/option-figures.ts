import type { Chart, Position } from '@orgwise/domain';

/**
 * The people figures of an option, from the fields an HR import keeps on the positions
 * (`fte`, `cost`; see PositionExtras in @orgwise/formats): what the option costs and how many
 * people it takes, beside the structure's own figures.
 */
export interface OptionFigures {
  /** Positions with someone in them (not vacant). */
  headcount: number;
  /** Full-time equivalents of the filled positions; a filled position without `fte` counts as 1. Null when no position has an `fte`. */
  fte: number | null;
  /** The yearly cost of every position that has one, vacant ones included (they are budgeted). Null when none has. */
  cost: number | null;
  /** How many positions have a cost; fewer than all means the cost is a floor. */
  costed: number;
  positions: number;
}

const numberField = (position: Position, field: 'fte' | 'cost'): number | undefined => {
  const value = (position as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
};

export function optionFigures(chart: Chart): OptionFigures {
  let headcount = 0;
  let fte = 0;
  let anyFte = false;
  let cost = 0;
  let costed = 0;
  for (const position of chart.positions) {
    const positionFte = numberField(position, 'fte');
    const positionCost = numberField(position, 'cost');
    if (positionFte !== undefined) anyFte = true;
    if (position.vacant !== true) {
      headcount++;
      fte += positionFte ?? 1;
    }
    if (positionCost !== undefined) {
      cost += positionCost;
      costed++;
    }
  }
  return {
    headcount,
    fte: anyFte ? Math.round(fte * 100) / 100 : null,
    cost: costed > 0 ? cost : null,
    costed,
    positions: chart.positions.length,
  };
}
