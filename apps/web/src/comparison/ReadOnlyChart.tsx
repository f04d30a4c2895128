import { getRole, type PositionDiff, type Severity } from '@orgwise/domain';
import {
  type EdgeTypes,
  Handle,
  type Node,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import { memo, useEffect, useMemo } from 'react';
import type { ChartEdge, FlowElements, PositionNodeData } from '../flow/chart-to-flow.js';
import { FloatingEdge } from '../flow/FloatingEdge.js';
import { type ChangeMark, changeMarks, markLabel } from './change-badge.js';
import type { ComparedOption } from './compared-option.js';
import { readOnlyFlow } from './read-only-flow.js';
import './comparison.css';

interface CardData extends PositionNodeData {
  marks: ChangeMark[];
  severity: Severity | null;
  highlighted: boolean;
}

type CardNode = Node<CardData, 'readonly'>;

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const severityWord: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

const ReadOnlyCard = memo(function ReadOnlyCard({ data }: NodeProps<CardNode>) {
  const title = data.title.trim() === '' ? 'Untitled position' : data.title;
  const person = data.holder ?? (data.vacant ? 'Vacant' : 'No holder named');
  const classes = ['ro-card'];
  if (data.marks.length > 0) classes.push(`ro-card--${data.marks[0]}`);
  if (data.highlighted) classes.push('ro-card--highlighted');
  if (data.vacant) classes.push('ro-card--vacant');
  const roles = data.roles.map((role) => getRole(role).shortName);
  const label = [title, person, ...data.marks.map(markLabel)].join(', ');
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
        position={data.stacked ? Position.Left : Position.Top}
        isConnectable={false}
        className="ro-handle"
      />
      <div className="ro-card-top">
        {roles.map((role) => (
          <span key={role} className="ro-role">
            {role}
          </span>
        ))}
        {data.interim && <span className="ro-role">Interim</span>}
        {data.severity !== null && (
          <span className={`ro-severity ro-severity--${data.severity}`}>
            {severityWord[data.severity]}
          </span>
        )}
      </div>
      <div className="ro-title" title={title}>
        {title}
      </div>
      <div className="ro-holder">{person}</div>
      {data.marks.length > 0 && (
        <div className="ro-marks">
          {data.marks.map((mark) => (
            <span key={mark} className={`ro-mark ro-mark--${mark}`} data-testid="change-badge">
              {markLabel(mark)}
            </span>
          ))}
        </div>
      )}
      <Handle
        type="source"
        id="out"
        position={Position.Bottom}
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
const edgeTypes: EdgeTypes = { floating: FloatingEdge };

export interface ReadOnlyChartProps {
  option: ComparedOption;
  /** How its positions differ from the baseline; empty for the baseline. */
  changes: ReadonlyMap<string, PositionDiff>;
  /** Positions to highlight and centre on (a finding's positions). */
  highlighted: readonly string[];
  /** Bumped to centre on `highlighted` again. */
  focusSeq: number;
  /** Precomputed layout, when the caller has one. */
  flow?: FlowElements;
}

/** One option's chart, laid out like the editor's but not editable: for compare and present. */
export function ReadOnlyChart(props: ReadOnlyChartProps) {
  return (
    <ReactFlowProvider>
      <ChartView {...props} />
    </ReactFlowProvider>
  );
}

function ChartView({ option, changes, highlighted, focusSeq, flow }: ReadOnlyChartProps) {
  const laidOut = useMemo(() => flow ?? readOnlyFlow(option.chart), [flow, option.chart]);
  const severities = useMemo(() => {
    const worst = new Map<string, Severity>();
    for (const finding of option.report.findings) {
      for (const id of finding.positionIds) {
        const known = worst.get(id);
        if (known === undefined || rank[finding.severity] < rank[known])
          worst.set(id, finding.severity);
      }
    }
    return worst;
  }, [option.report]);
  const nodes = useMemo<CardNode[]>(() => {
    const lit = new Set(highlighted);
    return laidOut.nodes.map((node) => ({
      ...node,
      type: 'readonly',
      data: {
        ...node.data,
        marks: changeMarks(changes.get(node.data.positionId)),
        severity: severities.get(node.data.positionId) ?? null,
        highlighted: lit.has(node.data.positionId),
      },
    }));
  }, [laidOut, changes, severities, highlighted]);
  const edges: ChartEdge[] = laidOut.edges;
  const flowApi = useReactFlow();
  // focusSeq is the request to centre again, so a repeated click on the same finding works.
  useEffect(() => {
    if (highlighted.length === 0) return;
    const shown = new Set(laidOut.nodes.map((node) => node.data.positionId));
    const targets = highlighted.filter((id) => shown.has(id)).map((id) => ({ id }));
    if (targets.length > 0) void flowApi.fitView({ nodes: targets, duration: 300, maxZoom: 1.2 });
  }, [focusSeq]);
  return (
    <div className="ro-chart" data-testid="ro-chart" data-option={option.name}>
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
        fitView
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: false }}
      />
    </div>
  );
}
