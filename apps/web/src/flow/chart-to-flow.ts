import type { Chart, RoleId } from '@orgwise/domain';
import type { ChartForest } from '@orgwise/layout';
import {
  type Direction,
  type InputsAndLayout,
  reuseLayout,
  STACK_INDENT,
  STACKED_IN_ROW,
  STACKED_UNDER,
} from '@orgwise/layout';
import { type Edge, type Node, type NodeHandle, Position } from '@xyflow/react';
import { cardShape } from './card-size.js';

/** Why a card is drawn where it is although its reporting line says otherwise. */
export type CardMark = 'cycle' | 'unknown-manager' | 'duplicate-id' | null;

export interface PositionNodeData extends Record<string, unknown> {
  positionId: string;
  title: string;
  holder: string | null;
  vacant: boolean;
  interim: boolean;
  roles: readonly RoleId[];
  mark: CardMark;
  /** The `reportsTo` that names no position, for the card's explanation. */
  missingManager: string | null;
  /** Direct reports and everyone below, for the +N control. */
  reports: number;
  team: number;
  collapsed: boolean;
  direction: Direction;
  titleLines: 1 | 2;
  /** The card that takes Tab focus into the chart while nothing is selected. */
  entry: boolean;
  /** Drawn in its manager's stacked column: its reporting line comes in from the left. */
  stacked: boolean;
}

export type PositionNode = Node<PositionNodeData, 'position'>;

export type ChartEdgeKind = 'reporting' | 'dotted' | 'loop';
export interface ChartEdgeData extends Record<string, unknown> {
  kind: ChartEdgeKind;
}
export type ChartEdge = Edge<ChartEdgeData>;

export interface FlowElements {
  nodes: PositionNode[];
  edges: ChartEdge[];
  /** The layout they were drawn from, for the next edit to reuse when it still holds. */
  laidOut: InputsAndLayout;
}

export interface FlowOptions {
  direction: Direction;
  /** Collapsed positions by id. */
  collapsed: Readonly<Record<string, true>>;
  /** The previous result, so that unchanged nodes keep their identity and memoised cards skip. */
  previous?: FlowElements;
}

/**
 * Chart → React Flow nodes and edges: lays the forest out and turns every drawn position into a
 * card node and every drawn line into an edge. Reporting lines are solid; dotted (matrix) lines
 * and the link that closes a reporting loop use floating edges of their own kinds. Pure.
 */
export function chartToFlow(chart: Chart, forest: ChartForest, options: FlowOptions): FlowElements {
  const { analysis } = forest;
  const shapes = new Array<ReturnType<typeof cardShape>>(forest.size);
  const cardMarks = new Array<CardMark>(forest.size);
  for (let i = 0; i < forest.size; i++) {
    const mark: CardMark =
      forest.marks[i] ?? (forest.keys[i] !== analysis.id(i) ? 'duplicate-id' : null);
    cardMarks[i] = mark;
    shapes[i] = cardShape(analysis.position(i).title, analysis.rolesOf(i), mark !== null);
  }
  const collapsed = new Uint8Array(forest.size);
  const width = new Float64Array(forest.size);
  const height = new Float64Array(forest.size);
  for (let i = 0; i < forest.size; i++) {
    collapsed[i] =
      forest.children[i]!.length > 0 && options.collapsed[analysis.id(i)] === true ? 1 : 0;
    width[i] = shapes[i]!.width;
    height[i] = shapes[i]!.height;
  }
  const laidOut = reuseLayout(
    {
      direction: options.direction,
      children: forest.children,
      roots: forest.roots,
      width,
      height,
      collapsed,
    },
    options.previous?.laidOut,
  );
  const { layout } = laidOut;

  const previousNodes = new Map<string, PositionNode>();
  for (const node of options.previous?.nodes ?? []) previousNodes.set(node.id, node);

  const nodes: PositionNode[] = [];
  for (const [k, i] of layout.visible.entries()) {
    const position = analysis.position(i);
    const shape = shapes[i]!;
    const key = forest.keys[i]!;
    const data: PositionNodeData = {
      positionId: position.id,
      title: position.title,
      holder:
        typeof position.holder === 'string' && position.holder.trim() !== ''
          ? position.holder
          : null,
      vacant: analysis.isVacant(i),
      interim: analysis.isInterim(i),
      roles: analysis.rolesOf(i),
      mark: cardMarks[i]!,
      missingManager: forest.marks[i] === 'unknown-manager' ? (position.reportsTo ?? null) : null,
      reports: forest.children[i]!.length,
      team: forest.teamSize[i]!,
      collapsed: collapsed[i] === 1,
      direction: options.direction,
      titleLines: shape.titleLines,
      entry: k === 0,
      stacked: layout.stacked[i] !== 0,
    };
    const x = layout.x[i]!;
    const y = layout.y[i]!;
    const before = previousNodes.get(key);
    if (
      before !== undefined &&
      before.position.x === x &&
      before.position.y === y &&
      before.width === shape.width &&
      before.height === shape.height &&
      sameData(before.data, data)
    ) {
      nodes.push(before);
      continue;
    }
    nodes.push({
      id: key,
      type: 'position',
      position: { x, y },
      width: shape.width,
      height: shape.height,
      // Known sizes and handle places spare React Flow a DOM measurement of every card before
      // it can draw the lines (and again whenever a card moves).
      measured: { width: shape.width, height: shape.height },
      handles: handlesOf(shape.width, shape.height, options.direction, data.stacked),
      data: before !== undefined && sameData(before.data, data) ? before.data : data,
    });
  }

  const edges: ChartEdge[] = [];
  const shown = (i: number) => !Number.isNaN(layout.x[i]!);
  for (const i of layout.visible) {
    const parent = forest.parent[i]!;
    if (parent >= 0) {
      edges.push({
        id: `reporting:${forest.keys[i]}`,
        source: forest.keys[parent]!,
        target: forest.keys[i]!,
        sourceHandle: layout.stacked[i] === STACKED_UNDER ? 'out-stack' : 'out',
        targetHandle: 'in',
        // A column among other reports needs its own route (see ColumnEdge); the rest are steps.
        type: layout.stacked[i] === STACKED_IN_ROW ? 'column' : 'smoothstep',
        className: 'edge-reporting',
        focusable: false,
        data: { kind: 'reporting' },
      });
    } else if (forest.marks[i] === 'cycle') {
      // The reporting line cut to lay the loop out: still drawn, as the loop's closing link.
      const manager = analysis.managerOf(i);
      if (manager >= 0 && shown(manager)) {
        edges.push({
          id: `loop:${forest.keys[i]}`,
          source: forest.keys[manager]!,
          target: forest.keys[i]!,
          type: 'floating',
          className: 'edge-loop',
          focusable: false,
          data: { kind: 'loop' },
        });
      }
    }
  }
  for (const [k, line] of (chart.dottedLines ?? []).entries()) {
    const from = analysis.indexOf(line.from);
    const to = analysis.indexOf(line.to);
    if (from === undefined || to === undefined || from === to || !shown(from) || !shown(to)) {
      continue;
    }
    edges.push({
      id: `dotted:${k}`,
      source: forest.keys[to]!,
      target: forest.keys[from]!,
      type: 'floating',
      className: 'edge-dotted',
      focusable: false,
      data: { kind: 'dotted' },
    });
  }
  return { nodes, edges: reuseEdges(edges, options.previous?.edges), laidOut };
}

/**
 * Swaps in the previous edge object for every edge that did not change: React Flow re-renders
 * an edge whenever its object is new, and an edit to one card must not redraw a thousand lines.
 */
function reuseEdges(edges: ChartEdge[], previous: readonly ChartEdge[] | undefined): ChartEdge[] {
  if (previous === undefined || previous.length === 0) return edges;
  const before = new Map(previous.map((edge) => [edge.id, edge] as const));
  const reused = edges.map((edge) => {
    const old = before.get(edge.id);
    return old !== undefined &&
      old.source === edge.source &&
      old.target === edge.target &&
      old.sourceHandle === edge.sourceHandle &&
      old.targetHandle === edge.targetHandle &&
      old.type === edge.type &&
      old.className === edge.className
      ? old
      : edge;
  });
  // The same array when no line changed: React Flow then keeps its index of the lines instead of
  // rebuilding it for every line of the chart.
  return reused.length === previous.length && reused.every((edge, k) => edge === previous[k])
    ? (previous as ChartEdge[])
    : reused;
}

const HANDLE = 8;

/**
 * The cards' connection points, matching PositionCard's <Handle>s: a report's line comes in at
 * the top (at the left side in a stacked column, or left to right), a manager's leaves at the
 * bottom (at the right left to right), and the line into a stacked column leaves from the bottom
 * near the left edge.
 */
function handlesOf(
  width: number,
  height: number,
  direction: Direction,
  stacked: boolean,
): NodeHandle[] {
  const vertical = direction === 'TB';
  const half = HANDLE / 2;
  const inLeft = !vertical || stacked;
  const handles: NodeHandle[] = [
    {
      id: 'in',
      type: 'target',
      position: inLeft ? Position.Left : Position.Top,
      x: inLeft ? -half : width / 2 - half,
      y: inLeft ? height / 2 - half : -half,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: 'out',
      type: 'source',
      position: vertical ? Position.Bottom : Position.Right,
      x: vertical ? width / 2 - half : width - half,
      y: vertical ? height - half : height / 2 - half,
      width: HANDLE,
      height: HANDLE,
    },
  ];
  if (vertical) {
    handles.push({
      id: 'out-stack',
      type: 'source',
      position: Position.Bottom,
      x: STACK_INDENT / 2 - half,
      y: height - half,
      width: HANDLE,
      height: HANDLE,
    });
  }
  return handles;
}

/** Shallow equality, with roles compared by content: every analysis builds its own role lists. */
function sameData(a: PositionNodeData, b: PositionNodeData): boolean {
  for (const key of Object.keys(b) as (keyof PositionNodeData)[]) {
    if (key === 'roles') continue;
    if (a[key] !== b[key]) return false;
  }
  return a.roles.length === b.roles.length && a.roles.every((role, i) => role === b.roles[i]);
}
