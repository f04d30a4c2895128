import { checkMove, PALETTE_DRAG_TYPE } from '@orgwise/editor';
import { selectForest } from '@orgwise/layout';
import {
  applyNodeChanges,
  Background,
  type Connection,
  Controls,
  type EdgeTypes,
  MiniMap,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type OnNodeDrag,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import {
  type DragEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ColumnEdge } from '../../flow/ColumnEdge.js';
import { chartToFlow, type FlowElements, type PositionNode } from '../../flow/chart-to-flow.js';
import { FloatingEdge } from '../../flow/FloatingEdge.js';
import {
  type Box,
  centreOn,
  fitsAt,
  keepInView,
  openingViewport,
  type Pane,
  READABLE_ZOOM,
  union,
} from '../../flow/viewport.js';
import { useLocale } from '../../i18n/locale-store.js';
import { translate } from '../../i18n/translate.js';
import { useEditor } from '../../store/editor-store.js';
import { localPaletteEntries } from '../../store/local-palette.js';
import { useDropTarget } from './drop-target-store.js';
import { Legend } from './Legend.js';
import { messages } from './messages.js';
import { PositionCard } from './PositionCard.js';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useFlowLabels } from '../../flow/use-flow-labels.js';

// Declared once at module scope: new objects on every render would make React Flow re-create
// every node and edge component.
const nodeTypes: NodeTypes = { position: PositionCard };
const edgeTypes: EdgeTypes = { floating: FloatingEdge, column: ColumnEdge };
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
const miniMapFrom = 30;
const miniMapSize = { width: 160, height: 110 };
/** Above this many cards, only those in view are rendered. */
const VIRTUALISE_FROM = 250;
/**
 * A chart that large, zoomed out below this, draws its cards as plain blocks: their text is too
 * small to read there, and painting it is most of the cost of panning a thousand cards.
 */
const BLOCKS_BELOW_ZOOM = 0.3;

/** Where a mouse or touch event happened on the screen. */
function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0] ?? event.touches[0];
  return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
}

/** A card's box in chart coordinates. */
function boxOf(node: PositionNode): Box {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0,
  };
}

/**
 * The canvas's pane and how far the overlays on it (legend and search above; zoom buttons,
 * overview and status line below) reach in from its edges, so that a card is never put under one.
 */
function paneOf(canvas: HTMLElement | null): Pane | undefined {
  const rect = canvas?.querySelector('.react-flow')?.getBoundingClientRect();
  if (canvas === null || rect === undefined || rect.width === 0) return undefined;
  let top = 0;
  let bottom = 0;
  for (const panel of canvas.querySelectorAll('.react-flow__panel')) {
    const box = panel.getBoundingClientRect();
    if (box.height === 0) continue;
    if (panel.classList.contains('top')) top = Math.max(top, box.bottom - rect.top);
    else if (panel.classList.contains('bottom')) bottom = Math.max(bottom, rect.bottom - box.top);
  }
  return { width: rect.width, height: rect.height, insets: { top, right: 0, bottom, left: 0 } };
}

function miniMapColour(node: PositionNode): string {
  if (node.data.mark !== null) return '#c2410c';
  if (node.data.roles.length > 0) return '#1e3a5f';
  return '#94a3b8';
}

/** The chart canvas: laid-out cards and lines, drag to reparent, drop roles, connect handles. */
interface CanvasProps {
  /** What an empty chart shows (the app gives the start screen; the canvas knows no features). */
  emptyState?: ReactNode;
  /** Controls over the chart's top corners (the app gives the panel toggles and the search). */
  topLeft?: ReactNode;
  topRight?: ReactNode;
}

export function Canvas({ emptyState, topLeft, topRight }: CanvasProps) {
  const { labels: ariaLabels, overview } = useFlowLabels();
  const chart = useEditor((state) => state.chart);
  const collapsed = useEditor((state) => state.collapsed);
  const direction = useEditor((state) => state.direction);
  const forest = useEditor(selectForest);
  const { screenToFlowPosition, getIntersectingNodes, getViewport, setViewport } =
    useReactFlow<PositionNode>();
  const canvasRef = useRef<HTMLDivElement>(null);

  const previous = useRef<FlowElements | undefined>(undefined);
  const flow = useMemo(() => {
    const next = chartToFlow(chart, forest, { direction, collapsed, previous: previous.current });
    previous.current = next;
    return next;
  }, [chart, forest, direction, collapsed]);

  // While a card is dragged its position lives here; the layout's position comes back when the
  // drag ends (a refused or empty drop snaps back; an accepted one lays the chart out anew).
  const [drag, setDrag] = useState<{ flow: FlowElements; nodes: PositionNode[] } | null>(null);
  const nodes = drag !== null && drag.flow === flow ? drag.nodes : flow.nodes;
  const zoomedOut = useStore((state) => state.transform[2] < BLOCKS_BELOW_ZOOM);
  const blocks = zoomedOut && nodes.length > VIRTUALISE_FROM;

  const onNodesChange = useCallback(
    (changes: NodeChange<PositionNode>[]) => {
      const moves = changes.filter((change) => change.type === 'position');
      if (moves.length === 0) return;
      setDrag((current) => ({
        flow,
        nodes: applyNodeChanges(
          moves,
          current !== null && current.flow === flow ? current.nodes : flow.nodes,
        ),
      }));
    },
    [flow],
  );

  /** The card under the pointer, other than `except`. */
  const cardAt = useCallback(
    (clientX: number, clientY: number, except?: string): PositionNode | undefined => {
      const point = screenToFlowPosition({ x: clientX, y: clientY });
      return getIntersectingNodes({ x: point.x, y: point.y, width: 1, height: 1 }).find(
        (node) => node.id !== except,
      ) as PositionNode | undefined;
    },
    [screenToFlowPosition, getIntersectingNodes],
  );

  const onNodeDrag: OnNodeDrag<PositionNode> = useCallback(
    (event, node) => {
      const point = pointOf(event);
      const target = cardAt(point.x, point.y, node.id);
      if (target === undefined) {
        useDropTarget.getState().set(null);
        return;
      }
      const check = checkMove(
        useEditor.getState().chart,
        node.data.positionId,
        target.data.positionId,
      );
      useDropTarget.getState().set(target.id, check.ok ? 'ok' : 'refused');
    },
    [cardAt],
  );

  const onNodeDragStop: OnNodeDrag<PositionNode> = useCallback(
    (event, node) => {
      useDropTarget.getState().set(null);
      setDrag(null);
      const point = pointOf(event);
      const target = cardAt(point.x, point.y, node.id);
      const editor = useEditor.getState();
      if (target !== undefined) {
        editor.movePosition(node.data.positionId, target.data.positionId);
      } else {
        editor.notify(translate(messages)('dropOnManager'));
      }
    },
    [cardAt],
  );

  const onNodeClick: NodeMouseHandler<PositionNode> = useCallback((_event, node) => {
    useEditor.getState().select(node.data.positionId);
  }, []);

  const onPaneClick = useCallback(() => useEditor.getState().select(null), []);

  const onConnect = useCallback((connection: Connection) => {
    const { chart: current, movePosition } = useEditor.getState();
    const forestNow = selectForest({ chart: current });
    const manager = forestNow.keyIndex.get(connection.source);
    const report = forestNow.keyIndex.get(connection.target);
    if (manager === undefined || report === undefined) return;
    movePosition(forestNow.analysis.id(report), forestNow.analysis.id(manager));
  }, []);

  // Roles dragged in from the palette.
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const target = cardAt(event.clientX, event.clientY);
      useDropTarget.getState().set(target?.id ?? null);
    },
    [cardAt],
  );
  const onDragLeave = useCallback((event: DragEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    useDropTarget.getState().set(null);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const key = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      const entry = localPaletteEntries(useLocale.getState().locale).find(
        (candidate) => candidate.key === key,
      );
      useDropTarget.getState().set(null);
      if (entry === undefined) return;
      event.preventDefault();
      const target = cardAt(event.clientX, event.clientY);
      useEditor.getState().addPosition(entry, target?.data.positionId ?? null);
    },
    [cardAt],
  );

  // Bring a position into view when asked (a finding's position, arrow keys, an edit).
  const centerRequest = useEditor((state) => state.centerRequest);
  useEffect(() => {
    if (centerRequest === null) return;
    const node = flow.nodes.find((candidate) => candidate.data.positionId === centerRequest.id);
    const pane = paneOf(canvasRef.current);
    if (node === undefined || pane === undefined) return;
    const box = boxOf(node);
    const view = getViewport();
    if (centerRequest.mode === 'center' || flow.nodes.length === 1) {
      // The first position of an empty chart in the middle at its natural size; a found one with
      // its chain of managers up to the top when that fits at a readable zoom, else by itself.
      const zoom = flow.nodes.length === 1 ? 1 : Math.max(view.zoom, READABLE_ZOOM);
      const chain = useEditor.getState().foundChain;
      const chainBox =
        chain === null
          ? box
          : union(flow.nodes.filter((node) => chain[node.data.positionId] === true).map(boxOf));
      const target = chain !== null && fitsAt(chainBox, zoom, pane) ? chainBox : box;
      void setViewport(centreOn(target, zoom, pane), { duration: 250 });
    } else {
      const next = keepInView(box, view, pane);
      if (next !== null) void setViewport(next, { duration: 250 });
    }
    if (centerRequest.mode === 'focus') {
      document
        .querySelector<HTMLElement>(
          `[data-testid="position-card"][data-id="${CSS.escape(centerRequest.id)}"]`,
        )
        ?.focus({ preventScroll: true });
    }
  }, [centerRequest, flow, getViewport, setViewport]);

  // When the pane changes width (a side panel hidden or shown, the window resized), the chart
  // keeps its middle where it was, rather than its left edge.
  useEffect(() => {
    const element = canvasRef.current;
    if (element === null) return;
    let width = element.getBoundingClientRect().width;
    const observer = new ResizeObserver(() => {
      const next = element.getBoundingClientRect().width;
      if (width > 0 && next > 0 && next !== width) {
        const view = getViewport();
        void setViewport({ ...view, x: view.x + (next - width) / 2 });
      }
      width = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [getViewport, setViewport]);

  // A newly opened chart is shown at a readable size: whole when it fits, else its top levels
  // (the fit button still shows it all). Once React Flow has its nodes, hence the frame.
  const fitRequest = useEditor((state) => state.fitRequest);
  const flowRef = useRef(flow);
  flowRef.current = flow;
  useEffect(() => {
    if (fitRequest === 0) return;
    const frame = requestAnimationFrame(() => {
      const pane = paneOf(canvasRef.current);
      if (pane === undefined) return;
      const viewport = openingViewport(
        flowRef.current.nodes.map(boxOf),
        useEditor.getState().direction,
        pane,
      );
      if (viewport !== null) void setViewport(viewport);
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, setViewport]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target for roles dragged from the palette; keyboard users press the palette's buttons instead.
    <div
      ref={canvasRef}
      id="chart"
      // The skip link's target when the chart has no card to focus yet.
      tabIndex={-1}
      className={blocks ? 'canvas canvas--blocks' : 'canvas'}
      data-testid="canvas"
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <ReactFlow<PositionNode>
        nodes={nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        minZoom={0.01}
        maxZoom={2}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        disableKeyboardA11y
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onlyRenderVisibleElements={nodes.length > VIRTUALISE_FROM}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={24} size={1} color="#d5dbe3" />
        {/* Beside the zoom buttons: the top corners hold the panel toggles and the search. */}
        <Panel position="bottom-left" className="legend-panel">
          <Legend />
        </Panel>
        {topLeft && <Panel position="top-left">{topLeft}</Panel>}
        {topRight && (
          <Panel position="top-right" className="canvas-tools">
            {topRight}
          </Panel>
        )}
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={fitViewOptions} />
        {/* A small chart fits the screen whole: an overview would only cover part of it. */}
        {chart.positions.length > miniMapFrom && (
          <MiniMap<PositionNode>
            style={miniMapSize}
            pannable
            zoomable
            position="bottom-right"
            nodeColor={miniMapColour}
            nodeStrokeWidth={0}
            ariaLabel={overview}
            maskColor="rgba(241, 245, 249, 0.7)"
          />
        )}
      </ReactFlow>
      {chart.positions.length === 0 && emptyState}
    </div>
  );
}
