import {
  buildDeckInput as buildDeck,
  type DeckChange,
  type DeckInput,
  type LaidOutChart,
} from '@orgwise/deck';
import { getRole, type Locale } from '@orgwise/domain';
import type { FlowElements } from '../flow/chart-to-flow.js';
import { changeMarks } from './change-badge.js';
import type { OptionComparison } from './option-comparison.js';
import { readOnlyFlow } from './read-only-flow.js';
import { worstSeverities } from './worst-severities.js';

/** The canvas layout of an option as the deck draws it, with its highlights and markers. */
export function laidOutChart(comparison: OptionComparison, flow: FlowElements): LaidOutChart {
  const worst = worstSeverities(comparison.option.report.findings);
  return {
    nodes: flow.nodes.map((node) => {
      const { data } = node;
      const change = changeMarks(comparison.changes.get(data.positionId)).find(
        (mark): mark is DeckChange => mark !== 'restaffed',
      );
      const severity = worst.get(data.positionId);
      return {
        id: node.id,
        title: data.title,
        ...(data.holder === null ? {} : { holder: data.holder }),
        vacant: data.vacant,
        interim: data.interim,
        ...(data.roles.length === 0
          ? {}
          : { roleBadge: data.roles.map((role) => getRole(role).shortName).join(' + ') }),
        ...(severity === undefined ? {} : { severity }),
        ...(change === undefined ? {} : { change }),
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      };
    }),
    edges: flow.edges
      .filter((edge) => edge.data?.kind !== 'loop')
      .map((edge) => ({
        from: edge.source,
        to: edge.target,
        dotted: edge.data?.kind === 'dotted',
      })),
  };
}

/**
 * The deck of the options as compared on screen, each chart laid out as the canvas lays it out,
 * in the workspace's language for its decks, else the editor's.
 */
export function buildDeckInput(
  workspace: { name: string; client: string | null; language?: Locale | null },
  comparisons: readonly OptionComparison[],
  date: Date,
  editorLocale: Locale = 'en',
): DeckInput {
  return buildDeck(
    workspace,
    comparisons,
    date,
    (comparison) => laidOutChart(comparison, readOnlyFlow(comparison.option.chart)),
    { locale: workspace.language ?? editorLocale },
  );
}
