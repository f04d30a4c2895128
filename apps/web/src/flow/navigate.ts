import type { ChartForest, Direction } from '@orgwise/layout';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
type Move = 'manager' | 'report' | 'previous' | 'next';

const moves: Record<Direction, Record<ArrowKey, Move>> = {
  TB: { ArrowUp: 'manager', ArrowDown: 'report', ArrowLeft: 'previous', ArrowRight: 'next' },
  LR: { ArrowLeft: 'manager', ArrowRight: 'report', ArrowUp: 'previous', ArrowDown: 'next' },
};

/**
 * The position an arrow key moves the selection to, following the drawing: towards the manager,
 * into the team (its first report, when the team is shown), or to the previous or next colleague
 * with the same manager (or the previous or next top). Undefined when there is nowhere to go.
 */
export function navigate(
  forest: ChartForest,
  from: number,
  key: ArrowKey,
  direction: Direction,
  isCollapsed: (index: number) => boolean,
): number | undefined {
  const move = moves[direction][key];
  const parent = forest.parent[from]!;
  switch (move) {
    case 'manager':
      return parent >= 0 ? parent : undefined;
    case 'report':
      return isCollapsed(from) ? undefined : forest.children[from]![0];
    case 'previous':
    case 'next': {
      const row = parent >= 0 ? forest.children[parent]! : forest.roots;
      const at = row.indexOf(from);
      return row[at + (move === 'next' ? 1 : -1)];
    }
  }
}
