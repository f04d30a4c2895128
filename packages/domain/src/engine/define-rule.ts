import type { z } from 'zod';
import type { ChartAnalysis } from '../chart/analysis.js';
import type { PatchOp } from '../chart/patch-schema.js';
import type { Chart, Company } from '../chart/schema.js';
import type { MessageData, Messages } from '../i18n/message-data.js';
import type { EvidenceId } from '../sources/catalogue.js';
import type { Severity } from './types.js';

/** A fix as a rule reports it: its title by message id and data; the engine renders the title. */
export interface SuggestionReport<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  patch: PatchOp[];
}

/** What a rule reports; the engine adds the rule id, sources, final severity and the text. */
export interface RuleReport<MessageId extends string = string> {
  /** Indices of the positions involved (into chart.positions), the primary one first. */
  positions: readonly number[];
  /** One of the rule's declared `messages`; the engine refuses any other. */
  messageId: MessageId;
  /** The message's placeholders: names, titles and counts, never text in a language. */
  data?: MessageData;
  /**
   * A severity other than the rule's default for this finding (e.g. cto-under-cio is a warning in
   * product companies). A severity the user configured explicitly always wins.
   */
  severity?: Severity;
  suggestions?: SuggestionReport<MessageId>[];
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

export interface RuleContext<Options, MessageId extends string = string> {
  readonly chart: Chart;
  readonly company: Company | undefined;
  readonly analysis: ChartAnalysis;
  readonly options: Options;
  report(finding: RuleReport<MessageId>): void;
}

export interface RuleDefinition<
  Options = Record<string, never>,
  MessageId extends string = string,
> {
  /** Kebab-case id, equal to the file name and the doc's name. */
  readonly id: string;
  /** One line: when the rule fires. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly category: RuleCategory;
  /** Why the rule exists, for people; the doc in docs/rules/<id>.md says more. */
  readonly rationale: string;
  /**
   * Everything the rule says, by id, as ICU MessageFormat in English: findings and suggestion
   * titles. Translations live in the catalogues (src/messages/), under the same ids.
   */
  readonly messages: Messages<MessageId>;
  /** Claims and sources of domain-knowledge.md the rule rests on. */
  readonly sources: readonly EvidenceId[];
  /** Options with their defaults; parsing `{}` must give the defaults. */
  readonly options?: z.ZodType<Options, Partial<Options>>;
  /** Whether the rule offers suggestions; the engine refuses undeclared ones. */
  readonly suggests: boolean;
  check(context: RuleContext<Options, MessageId>): void;
}

// The options type is erased in the registry; each rule still sees its own precise type.
// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every options type.
export type AnyRule = RuleDefinition<any, string>;

/** Declares a rule; the identity function gives every rule the same checked shape. */
export function defineRule<Options = Record<string, never>, MessageId extends string = string>(
  rule: RuleDefinition<Options, MessageId>,
): RuleDefinition<Options, MessageId> {
  return rule;
}
