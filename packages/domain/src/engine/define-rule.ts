import type { z } from 'zod';
import type { ChartAnalysis } from '../chart/analysis.js';
import type { Chart, Company } from '../chart/schema.js';
import type { EvidenceId } from '../sources/catalogue.js';
import type { Severity, Suggestion } from './types.js';

/** What a rule reports; the engine adds the rule id, sources and final severity. */
export interface RuleReport {
  /** Indices of the positions involved (into chart.positions), the primary one first. */
  positions: readonly number[];
  message: string;
  /**
   * A severity other than the rule's default for this finding (e.g. cto-under-cio is a warning in
   * product companies). A severity the user configured explicitly always wins.
   */
  severity?: Severity;
  suggestions?: Suggestion[];
  /**
   * The sources for the line this finding judges, when they are narrower than the rule's (an
   * atypical CFO line cites the CFO's sources, not the CISO's).
   */
  sources?: readonly EvidenceId[];
}

/**
 * What a rule judges, which orders the report: the chart's integrity first, then the roles and
 * their lines, then the shape (spans and layers).
 */
export type RuleCategory = 'structure' | 'roles' | 'shape';

export interface RuleContext<Options> {
  readonly chart: Chart;
  readonly company: Company | undefined;
  readonly analysis: ChartAnalysis;
  readonly options: Options;
  report(finding: RuleReport): void;
}

export interface RuleDefinition<Options = Record<string, never>> {
  /** Kebab-case id, equal to the file name and the doc's name. */
  readonly id: string;
  /** One line: when the rule fires. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly category: RuleCategory;
  /** Why the rule exists, for people; the doc in docs/rules/<id>.md says more. */
  readonly rationale: string;
  /** Claims and sources of domain-knowledge.md the rule rests on. */
  readonly sources: readonly EvidenceId[];
  /** Options with their defaults; parsing `{}` must give the defaults. */
  readonly options?: z.ZodType<Options, Partial<Options>>;
  /** Whether the rule offers suggestions; the engine refuses undeclared ones. */
  readonly suggests: boolean;
  check(context: RuleContext<Options>): void;
}

// The options type is erased in the registry; each rule still sees its own precise type.
// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every options type.
export type AnyRule = RuleDefinition<any>;

/** Declares a rule; the identity function gives every rule the same checked shape. */
export function defineRule<Options = Record<string, never>>(
  rule: RuleDefinition<Options>,
): RuleDefinition<Options> {
  return rule;
}
