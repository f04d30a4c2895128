import { getRole, type PositionDiff, type Severity } from '@orgwise/domain';
import {
  Controls,
  type EdgeTypes,
  Handle,
  type Node,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import { memo, useEffect, useMemo, useState } from 'react';
import { ColumnEdge } from '../flow/ColumnEdge.js';
import type { ChartEdge, FlowElements, PositionNodeData } from '../flow/chart-to-flow.js';
import { FloatingEdge } from '../flow/FloatingEdge.js';
import { useMessages } from '../i18n/use-messages.js';
import { type ChangeMark, changeMarks, markLabel } from './change-badge.js';
import type { ComparedOption } from './compared-option.js';
import { messages } from './messages.js';
import { readOnlyFlow } from './read-only-flow.js';
import { worstSeverities } from './worst-severities.js';
import './comparison.css';
import { useFlowLabels } from '../flow/use-flow-labels.js';

interface CardData extends PositionNodeData {
  marks: ChangeMark[];
  severity: Severity | null;
  highlighted: boolean;
  /** Outside the part of the chart a slide is about: drawn faintly, for context. */
  dimmed: boolean;
}

type CardNode = Node<CardData, 'readonly'>;

const ReadOnlyCard = memo(function ReadOnlyCard({ data }: NodeProps<CardNode>) {
  const t = useMessages(messages);
  const title = data.title.trim() === '' ? t('untitled') : data.title;
  const person = data.holder ?? (data.vacant ? t('vacant') : t('noHolder'));
  const classes = ['ro-card'];
  if (data.marks.length > 0) classes.push(`ro-card--${data.marks[0]}`);
  if (data.highlighted) classes.push('ro-card--highlighted');
  if (data.vacant) classes.push('ro-card--vacant');
  if (data.dimmed) classes.push('ro-card--dimmed');
  const roles = data.roles.map((role) => getRole(role).shortName);
  const label = [title, person, ...data.marks.map((mark) => t(markLabel(mark)))].join(', ');
  const inLeft = data.direction === 'LR' || data.stacked;
  return (
    <div
      className={classes.join(' ')}
      data-testid="ro-card"
      data-id={data.positionId}
      data-marks={data.marks.join(' ')}
      data-highlighted={data.highlighted}
      aria-label={label}
      role="img"
    >
      <Handle
        type="target"
        id="in"
        position={inLeft ? Position.Left : Position.Top}
        isConnectable={false}
        className="ro-handle"
      />
      <div className="ro-card-top">
        <span className="ro-roles">
          {roles.map((role) => (
            <span key={role} className="ro-role">
              {role}
            </span>
          ))}
          {data.interim && <span className="ro-role ro-role--interim">{t('interim')}</span>}
        </span>
        <span className="ro-flags">
          {data.marks.slice(0, 1).map((mark) => (
            <span key={mark} className={`ro-mark ro-mark--${mark}`} data-testid="change-badge">
              {t(markLabel(mark))}
            </span>
          ))}
          {data.severity !== null && (
            <span className={`ro-severity ro-severity--${data.severity}`} title={t(data.severity)}>
              {t(data.severity)}
            </span>
          )}
        </span>
      </div>
      <div className={`ro-title ro-title--${data.titleLines}`} title={title}>
        {title}
      </div>
      <div className={data.holder === null ? 'ro-holder ro-holder--none' : 'ro-holder'}>
        {person}
      </div>
      <Handle
        type="source"
        id="out"
        position={data.direction === 'LR' ? Position.Right : Position.Bottom}
        isConnectable={false}
        className="ro-handle"
      />
      <Handle
        type="source"
        id="out-stack"
        position={Position.Bottom}
        isConnectable={false}
        className="ro-handle"
        style={{ left: 14 }}
      />
    </div>
  );
});

const nodeTypes: NodeTypes = { readonly: ReadOnlyCard };
const edgeTypes: EdgeTypes = { floating: FloatingEdge, column: ColumnEdge };

/** What the chart shows: the part that changed (when something did) or all of it. */
export type ChartFraming = 'changes' | 'whole';

export interface ReadOnlyChartProps {
  option: ComparedOption;
  /** How its positions differ from the baseline; empty for the baseline. */
  changes: ReadonlyMap<string, PositionDiff>;
  /** Positions to highlight and centre on (a finding's positions). */
  highlighted: readonly string[];
  /** Bumped to centre on `highlighted` again. */
  focusSeq: number;
  /** The positions that changed, which the chart opens on at a readable size. */
  focus?: readonly string[];
  /** Precomputed layout, when the caller has one. */
  flow?: FlowElements;
  /** Zoom buttons and the framing switch; off for slides. */
  controls?: boolean;
  /** The largest zoom a fit may use: slides enlarge small charts. */
  maxZoom?: number;
  /** A label for the chart region (the option's name by default). */
  label?: string;
  /** Draws the cards outside `focus` faintly (slides about one part of the chart). */
  dimOutsideFocus?: boolean;
}

/** One option's chart, laid out like the editor's but not editable: for compare and present. */
export function ReadOnlyChart(props: ReadOnlyChartProps) {
  return (
    <ReactFlowProvider>
      <ChartView {...props} />
    </ReactFlowProvider>
  );
}

/** The smallest zoom that still reads: a focused part is never shrunk below it. */
const READABLE_ZOOM = 0.6;

function ChartView({
  option,
  changes,
  highlighted,
  focusSeq,
  focus = [],
  flow,
  controls = true,
  maxZoom = 1.1,
  label,
  dimOutsideFocus = false,
}: ReadOnlyChartProps) {
  const laidOut = useMemo(() => flow ?? readOnlyFlow(option.chart), [flow, option.chart]);
  const severities = useMemo(() => worstSeverities(option.report.findings), [option.report]);
  const focusKey = focus.join('\n');
  const nodes = useMemo<CardNode[]>(() => {
    const lit = new Set(highlighted);
    const inFocus = dimOutsideFocus && focus.length > 0 ? new Set(focus) : null;
    return laidOut.nodes.map((node) => ({
      ...node,
      type: 'readonly',
      data: {
        ...node.data,
        marks: changeMarks(changes.get(node.data.positionId)),
        severity: severities.get(node.data.positionId) ?? null,
        highlighted: lit.has(node.data.positionId),
        dimmed: inFocus !== null && !inFocus.has(node.data.positionId),
      },
    }));
  }, [laidOut, changes, severities, highlighted, dimOutsideFocus, focusKey]);
  const edges: ChartEdge[] = laidOut.edges;
  const t = useMessages(messages);
  const { labels: ariaLabels } = useFlowLabels();
  const flowApi = useReactFlow();
  const ready = useNodesInitialized();
  const shown = useMemo(
    () => new Set(laidOut.nodes.map((node) => node.data.positionId)),
    [laidOut],
  );
  const focusable = focus.filter((id) => shown.has(id));
  const [framing, setFraming] = useState<ChartFraming>('changes');
  const framed = framing === 'changes' && focusable.length > 0;
  // Fits once the cards are measured, again when the framing changes, and on each request to
  // centre on highlighted positions (focusSeq), so a repeated click on the same finding works.
  useEffect(() => {
    if (!ready) return;
    const lit = highlighted.filter((id) => shown.has(id));
    // A request to centre (a click) frames what it lights; otherwise the chart opens on its focus
    // (a slide's change with the manager it joins), or on what it lights, or whole.
    const targets = focusSeq > 0 && lit.length > 0 ? lit : framed ? focusable : lit;
    if (targets.length > 0) {
      void flowApi.fitView({
        nodes: targets.map((id) => ({ id })),
        duration: focusSeq > 0 ? 300 : 0,
        minZoom: READABLE_ZOOM,
        maxZoom,
        padding: 0.15,
      });
    } else {
      void flowApi.fitView({ maxZoom, padding: 0.08 });
    }
  }, [ready, focusSeq, framed]);
  return (
    <section
      className="ro-chart"
      data-testid="ro-chart"
      data-option={option.name}
      data-framing={framed ? 'changes' : 'whole'}
      aria-label={label ?? t('chartOf', { name: option.name })}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnScroll={false}
        preventScrolling={false}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: false }}
        ariaLabelConfig={ariaLabels}
      >
        {controls && <Controls showInteractive={false} position="bottom-left" />}
      </ReactFlow>
      {controls && focusable.length > 0 && (
        <fieldset className="segmented ro-framing" aria-label={t('show')}>
          {(['changes', 'whole'] as const).map((value) => (
            <label
              key={value}
              className={`segmented-option${framing === value ? ' is-active' : ''}`}
            >
              <input
                type="radio"
                name={`framing-${option.key}`}
                checked={framing === value}
                onChange={() => setFraming(value)}
              />
              {value === 'changes' ? t('showChanges') : t('showWhole')}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
