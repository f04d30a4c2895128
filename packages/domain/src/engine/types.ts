import type { ChartMetrics } from '../chart/metrics.js';
import type { PatchOp } from '../chart/patch-schema.js';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** A concrete fix: applying `patch` makes the finding disappear or become milder. */
export interface Suggestion {
  title: string;
  patch: PatchOp[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
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
