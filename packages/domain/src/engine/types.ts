import type { ChartMetrics } from '../chart/metrics.js';
import type { PatchOp } from '../chart/patch-schema.js';
import type { MessageData } from '../i18n/message-data.js';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** A concrete fix: applying `patch` makes the finding disappear or become milder. */
export interface Suggestion {
  /** What the fix does, in the language asked for. */
  title: string;
  /** The title's message id in the rule's `messages`; the same in every language. */
  messageId: string;
  /** The title's placeholders. */
  data: MessageData;
  patch: PatchOp[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong and why, in the language asked for (English by default). */
  message: string;
  /**
   * The message's id in the rule's `messages`; the same in every language. `validate` always sets
   * it and `data`; they are optional so that findings written by hand (fixtures, clients of the
   * first contract) still type-check.
   */
  messageId?: string;
  /** The message's placeholders (titles, names, counts); the same in every language. */
  data?: MessageData;
  /** The positions involved, the primary one first. */
  positionIds: string[];
  /** Why the rule exists: citations of its sources. */
  sources: string[];
  suggestions: Suggestion[];
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationReport {
  findings: Finding[];
  summary: ValidationSummary;
  metrics: ChartMetrics;
}
