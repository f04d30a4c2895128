import { type FlexHierarchyNode, flextree } from 'd3-flextree';

export type Direction = 'TB' | 'LR';

/** The forest to lay out: positions by index, each with its children; `roots` are the tops. */
export interface LayoutTree {
  size: number;
  children: readonly (readonly number[])[];
  roots: readonly number[];
}

export interface LayoutOptions {
  direction: Direction;
  /** Card width and height of each position, in pixels. */
  width: (index: number) => number;
  height: (index: number) => number;
  /** A collapsed position is drawn, its team is not. */
  isCollapsed: (index: number) => boolean;
  /** Gap between a manager and its reports. */
  levelGap?: number;
  /** Gap between cards with the same manager, between cousins, and between separate tops. */
  siblingGap?: number;
  cousinGap?: number;
  treeGap?: number;
  /**
   * Levels laid out per flextree call. d3-flextree recurses once per level (several stack frames
   * each), so a very deep chart is laid out in bands of this many levels: each deeper band is laid
   * out first and then placed in the band above as one box of its size. Exposed for tests.
   */
  bandDepth?: number;
  /**
   * Top-down only: reports without teams of their own (three or more) are stacked in columns, as
   * printed org charts do, instead of a long row. Default true.
   */
  stackLeaves?: boolean;
}

/** Default gap between a manager and its reports. */
export const LEVEL_GAP = 56;
/** Where a stacked column starts, right of its box's left edge; its line runs in that gutter. */
export const STACK_INDENT = 28;
const STACK_MIN = 3;
/** The most cards in one column; more reports without teams make several columns side by side. */
const COLUMN_MAX = 6;

/** How a position is drawn in a stacked column, if it is: its reporting line differs. */
export const STACKED_UNDER = 1; // the only column, right under its manager's left edge
export const STACKED_IN_ROW = 2; // a column among its manager's other reports

export interface TreeLayout {
  /** Drawn positions, managers before their reports (breadth-first from the tops). */
  visible: number[];
  /** Top-left corner of each drawn card; NaN for a position inside a collapsed team. */
  x: Float64Array;
  y: Float64Array;
  /** STACKED_UNDER or STACKED_IN_ROW for a position drawn in a stacked column, else 0. */
  stacked: Uint8Array;
}

interface Datum {
  index: number;
  /** Flextree size: [breadth, depth including the level gap]. */
  size: [number, number];
  children: Datum[];
  /** Whether this datum stands for a whole deeper band, laid out already. */
  band: boolean;
  /** Reports stacked in a column: this datum is the column's box below `index`, their manager. */
  stack?: {
    members: readonly number[];
    /** Where the column's cards start, from the box's centre. */
    left: number;
    kind: typeof STACKED_UNDER | typeof STACKED_IN_ROW;
  };
}

/** Reports drawn in a row, and the columns the others are stacked in. */
interface Arrangement {
  row: readonly number[];
  columns: readonly (readonly number[])[];
  under: boolean;
}

interface Band {
  left: number;
  right: number;
  bottom: number;
}

const VIRTUAL = -1;

/**
 * A tidy-tree layout of the chart with d3-flextree (which handles cards of different sizes),
 * top-down or left-right, with several tops side by side. Linear in the number of drawn positions,
 * and safe for charts of any depth (see `bandDepth`).
 */
export function layoutTree(tree: LayoutTree, options: LayoutOptions): TreeLayout {
  const levelGap = options.levelGap ?? LEVEL_GAP;
  const siblingGap = options.siblingGap ?? 20;
  const cousinGap = options.cousinGap ?? 40;
  const treeGap = options.treeGap ?? 96;
  const bandDepth = Math.max(2, options.bandDepth ?? 400);
  const vertical = options.direction === 'TB';
  const n = tree.size;

  // Breadth-first over what is drawn: a collapsed position hides its team.
  const visible: number[] = [];
  const level = new Int32Array(n); // 1 for tops: level 0 is the virtual root above them
  for (const root of tree.roots) {
    level[root] = 1;
    visible.push(root);
  }
  for (let k = 0; k < visible.length; k++) {
    const at = visible[k]!;
    if (options.isCollapsed(at)) continue;
    for (const child of tree.children[at]!) {
      level[child] = level[at]! + 1;
      visible.push(child);
    }
  }

  const breadth = (index: number) => (vertical ? options.width(index) : options.height(index));
  const extent = (index: number) => (vertical ? options.height(index) : options.width(index));
  const childrenOf = (index: number) =>
    index === VIRTUAL ? tree.roots : options.isCollapsed(index) ? [] : tree.children[index]!;
  // A position without a drawn team is never a band's root: it needs no layout of its own.
  const isBandRoot = (index: number) =>
    level[index]! % bandDepth === 0 && childrenOf(index).length > 0;
  const stackGap = siblingGap * 0.7;
  const stacks = vertical && options.stackLeaves !== false;
  /**
   * How a manager's reports are arranged: those with teams in a row, those without (when there
   * are enough) in balanced columns of at most COLUMN_MAX after them. A manager with only a few
   * such reports gets one column right under it. Undefined: all in a row.
   */
  const arrange = (index: number): Arrangement | undefined => {
    if (!stacks || index === VIRTUAL) return undefined;
    const reports = childrenOf(index);
    const leaves = reports.filter((report) => tree.children[report]!.length === 0);
    if (leaves.length < STACK_MIN) return undefined;
    const row = reports.filter((report) => tree.children[report]!.length > 0);
    if (row.length === 0 && leaves.length <= COLUMN_MAX) {
      return { row, columns: [leaves], under: true };
    }
    const count = Math.ceil(leaves.length / COLUMN_MAX);
    const per = Math.ceil(leaves.length / count);
    const columns: number[][] = [];
    for (let k = 0; k < leaves.length; k += per) columns.push(leaves.slice(k, k + per));
    return { row, columns, under: false };
  };
  const stacked = new Uint8Array(n);

  const layout = flextree<Datum>({
    spacing: (a, b) => {
      if (a.parent !== b.parent) return cousinGap;
      return a.parent?.data.index === VIRTUAL ? treeGap : siblingGap;
    },
  });

  // Each position's place within its band (flextree coordinates: x is the centre across the
  // tree, y the top along it; a band's root is at 0, 0), and each deeper band's box in the band
  // above it.
  const relX = new Float64Array(n);
  const relY = new Float64Array(n);
  const bandOf = new Int32Array(n);
  const boxX = new Float64Array(n);
  const boxY = new Float64Array(n);
  const bandAbove = new Int32Array(n);
  const bands = new Map<number, Band>();

  const layOutBand = (root: number) => {
    const datumOf = (index: number): Datum => {
      const deeper = index === root ? undefined : bands.get(index);
      if (deeper !== undefined) {
        return {
          index,
          size: [deeper.right - deeper.left, deeper.bottom],
          children: [],
          band: true,
        };
      }
      const size: [number, number] =
        index === VIRTUAL ? [0, 0] : [breadth(index), extent(index) + levelGap];
      return { index, size, children: [], band: false };
    };
    /**
     * A column's box. Under its manager it is centred there (flextree centres a manager over its
     * only child) and wide enough on both sides for a column starting STACK_INDENT right of the
     * manager's left edge; in a row it is the column with a gutter on the left for its line.
     */
    const columnDatum = (manager: number, members: readonly number[], under: boolean): Datum => {
      let widest = 0;
      let length = 0;
      for (const member of members) {
        widest = Math.max(widest, breadth(member));
        length += extent(member);
      }
      length += stackGap * (members.length - 1);
      if (under) {
        const half = breadth(manager) / 2;
        const reach = Math.max(half - STACK_INDENT, STACK_INDENT - half + widest);
        return {
          index: manager,
          size: [2 * reach, length + levelGap],
          children: [],
          band: false,
          stack: { members, left: STACK_INDENT - half, kind: STACKED_UNDER },
        };
      }
      const width = STACK_INDENT + widest;
      return {
        index: manager,
        size: [width, length + levelGap],
        children: [],
        band: false,
        stack: { members, left: STACK_INDENT - width / 2, kind: STACKED_IN_ROW },
      };
    };
    const rootDatum = datumOf(root);
    const queue: Datum[] = [rootDatum];
    for (let k = 0; k < queue.length; k++) {
      const datum = queue[k]!;
      if (datum.band || datum.stack !== undefined) continue;
      const arrangement = arrange(datum.index);
      for (const child of arrangement?.row ?? childrenOf(datum.index)) {
        const childDatum = datumOf(child);
        datum.children.push(childDatum);
        queue.push(childDatum);
      }
      for (const column of arrangement?.columns ?? []) {
        datum.children.push(columnDatum(datum.index, column, arrangement!.under));
      }
    }
    let left = 0;
    let right = 0;
    let bottom = 0;
    layout(layout.hierarchy(rootDatum)).each((node: FlexHierarchyNode<Datum>) => {
      const { index, size, band, stack } = node.data;
      left = Math.min(left, node.x - size[0] / 2);
      right = Math.max(right, node.x + size[0] / 2);
      bottom = Math.max(bottom, node.y + size[1]);
      if (index === VIRTUAL) return;
      if (stack !== undefined) {
        const columnLeft = node.x + stack.left;
        let top = node.y;
        for (const member of stack.members) {
          relX[member] = columnLeft + breadth(member) / 2;
          relY[member] = top;
          bandOf[member] = root;
          stacked[member] = stack.kind;
          top += extent(member) + stackGap;
        }
      } else if (band) {
        boxX[index] = node.x;
        boxY[index] = node.y;
        bandAbove[index] = root;
      } else {
        relX[index] = node.x;
        relY[index] = node.y;
        bandOf[index] = root;
      }
    });
    if (root !== VIRTUAL) bands.set(root, { left, right, bottom });
  };

  // Deepest bands first, so that each band sees the boxes of the bands below it; the virtual root
  // above the tops is the last band.
  for (let k = visible.length - 1; k >= 0; k--) {
    const index = visible[k]!;
    if (isBandRoot(index)) layOutBand(index);
  }
  layOutBand(VIRTUAL);

  // Absolute coordinates, top-down: a band's offset follows from where its box went above.
  const offsetX = new Map<number, number>([[VIRTUAL, 0]]);
  const offsetY = new Map<number, number>([[VIRTUAL, 0]]);
  const x = new Float64Array(n).fill(Number.NaN);
  const y = new Float64Array(n).fill(Number.NaN);
  for (const index of visible) {
    const band = bands.get(index);
    if (band !== undefined) {
      const above = bandAbove[index]!;
      const boxCentre = offsetX.get(above)! + boxX[index]!;
      offsetX.set(index, boxCentre - (band.left + band.right) / 2);
      offsetY.set(index, offsetY.get(above)! + boxY[index]!);
    }
    const own = bandOf[index]!;
    const across = offsetX.get(own)! + relX[index]!;
    const along = offsetY.get(own)! + relY[index]!;
    if (vertical) {
      x[index] = across - options.width(index) / 2;
      y[index] = along;
    } else {
      x[index] = along;
      y[index] = across - options.height(index) / 2;
    }
  }
  return { visible, x, y, stacked };
}
