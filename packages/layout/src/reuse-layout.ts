import { type Direction, layoutTree, type TreeLayout } from './tree-layout.js';

/** Everything a chart's layout depends on, position by position. */
export interface LayoutInputs {
  direction: Direction;
  children: readonly (readonly number[])[];
  roots: readonly number[];
  width: Float64Array;
  height: Float64Array;
  /** 1 for a position whose team is collapsed. */
  collapsed: Uint8Array;
}

/** A layout with the inputs it was made from, so that the next edit can tell if it still holds. */
export interface InputsAndLayout {
  inputs: LayoutInputs;
  layout: TreeLayout;
}

const sameNumbers = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

function sameInputs(a: LayoutInputs, b: LayoutInputs): boolean {
  if (a.direction !== b.direction || a.children.length !== b.children.length) return false;
  if (!sameNumbers(a.roots, b.roots) || !sameNumbers(a.width, b.width)) return false;
  if (!sameNumbers(a.height, b.height) || !sameNumbers(a.collapsed, b.collapsed)) return false;
  for (let i = 0; i < a.children.length; i++) {
    if (!sameNumbers(a.children[i]!, b.children[i]!)) return false;
  }
  return true;
}

/**
 * Lays the chart out, or keeps the previous layout when nothing it depends on changed: most edits
 * (a holder, a vacancy, an interim marker) leave every card's size and place as they were, and
 * checking that is a linear pass, several times cheaper than laying out a large chart again.
 */
export function reuseLayout(
  inputs: LayoutInputs,
  previous: InputsAndLayout | undefined,
): InputsAndLayout {
  if (previous !== undefined && sameInputs(previous.inputs, inputs)) {
    return { inputs, layout: previous.layout };
  }
  const layout = layoutTree(
    { size: inputs.children.length, children: inputs.children, roots: inputs.roots },
    {
      direction: inputs.direction,
      width: (i) => inputs.width[i]!,
      height: (i) => inputs.height[i]!,
      isCollapsed: (i) => inputs.collapsed[i] === 1,
    },
  );
  return { inputs, layout };
}
