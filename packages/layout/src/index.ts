export { autoCollapse, VISIBLE_BUDGET } from './auto-collapse.js';
export { buildForest, type ChartForest, type ForestMark } from './chart-forest.js';
export { type InputsAndLayout, type LayoutInputs, reuseLayout } from './reuse-layout.js';
export { selectForest } from './select-forest.js';
export {
  type Direction,
  type LayoutOptions,
  type LayoutTree,
  LEVEL_GAP,
  layoutTree,
  STACK_INDENT,
  STACKED_IN_ROW,
  STACKED_UNDER,
  type TreeLayout,
} from './tree-layout.js';
