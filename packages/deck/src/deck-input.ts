import type { DeckFinding, DeckInput, DeckScorecard, LaidOutChart } from './deck-model.js';
import type { DeckLocale } from './messages/deck-messages.js';

/**
 * One option as the compare view holds it, read structurally so that the deck needs neither the
 * domain nor the web: the domain's `Scorecard` and findings fit as they are.
 */
export interface ComparedForDeck {
  option: { name: string; description: string; report: { findings: readonly DeckFinding[] } };
  scorecard: DeckScorecard;
  /** The finding delta against the baseline in one sentence; null for the baseline. */
  deltaSummary: string | null;
}

/**
 * The deck of the options as compared on screen: one slide each (the first is the baseline),
 * then the comparison when there is more than one. `layOut` draws each option's chart as the
 * caller's canvas lays it out. `locale` is the language of the deck's own words (the workspace's
 * language, say); the findings and delta sentences are shown as given, so render them in it too.
 */
export function buildDeckInput<C extends ComparedForDeck>(
  workspace: { name: string; client: string | null },
  comparisons: readonly C[],
  date: Date,
  layOut: (comparison: C) => LaidOutChart,
  { locale }: { locale?: DeckLocale } = {},
): DeckInput {
  return {
    title: workspace.name,
    ...(workspace.client ? { client: workspace.client } : {}),
    date,
    ...(locale === undefined ? {} : { locale }),
    options: comparisons.map((comparison) => ({
      name: comparison.option.name,
      ...(comparison.option.description.trim() === ''
        ? {}
        : { rationale: comparison.option.description.trim() }),
      chart: layOut(comparison),
      scorecard: comparison.scorecard,
      findings: comparison.option.report.findings.map(({ severity, message, ruleId }) => ({
        severity,
        message,
        ruleId,
      })),
      ...(comparison.deltaSummary === null ? {} : { findingDelta: comparison.deltaSummary }),
    })),
    ...(comparisons.length > 1 ? { comparison: { baseline: 0 } } : {}),
  };
}
