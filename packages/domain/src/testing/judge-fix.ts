import { applyPatch } from '../chart/apply-patch.js';
import type { Chart } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import type { Finding, Severity, Suggestion, ValidationReport } from '../engine/types.js';

const weight: Record<Severity, number> = { error: 100, warning: 10, info: 1 };

export interface FixVerdict {
  better: boolean;
  /** Why not, in a sentence; undefined when the fix is better. */
  why?: string;
}

const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.positionIds[0] === b.positionIds[0];

/**
 * The weight of a report's errors and warnings (an error counts as ten warnings). Infos are notes
 * to weigh, not faults: a new CIO's first single report is no reason against adding the CIO.
 */
function weightOf(findings: readonly Finding[]): number {
  let total = 0;
  for (const finding of findings)
    if (finding.severity !== 'info') total += weight[finding.severity];
  return total;
}

/**
 * Whether applying a suggestion leaves a chart that all the rules judge better: its finding gone or
 * milder, no new error, and no more weight of errors and warnings in all than before. A fix that trades one
 * warning for another elsewhere ("Let 'Finance Director North' report to the CEO" pulling a
 * regional director up and raising a duplicate) is not better.
 */
export function judgeFix(
  chart: Chart,
  before: ValidationReport,
  finding: Finding,
  suggestion: Suggestion,
): FixVerdict {
  let fixed: Chart;
  try {
    fixed = applyPatch(chart, suggestion.patch);
  } catch (error) {
    return { better: false, why: `the patch does not apply: ${(error as Error).message}` };
  }
  // A seat the fix adds is vacant until someone is appointed: that is the fix, not a new problem.
  const added = new Set(
    suggestion.patch.flatMap((op) => (op.op === 'addPosition' ? [op.position.id] : [])),
  );
  const after = validate(fixed).findings.filter(
    (f) => !(f.ruleId === 'vacant-executive' && added.has(f.positionIds[0]!)),
  );
  const still = after.find((other) => sameFinding(other, finding));
  if (still !== undefined && weight[still.severity] >= weight[finding.severity]) {
    return { better: false, why: 'the finding stays as it was' };
  }
  const errorsBefore = before.findings.filter((f) => f.severity === 'error');
  const newError = after.find(
    (f) => f.severity === 'error' && !errorsBefore.some((old) => sameFinding(old, f)),
  );
  if (newError !== undefined) {
    return { better: false, why: `it raises a new error: ${newError.ruleId} ${newError.message}` };
  }
  if (weightOf(after) > weightOf(before.findings)) {
    const raised = after.filter((f) => !before.findings.some((old) => sameFinding(old, f)));
    return {
      better: false,
      why: `the chart is judged worse: ${raised.map((f) => `${f.severity} ${f.ruleId}`).join(', ')}`,
    };
  }
  return { better: true };
}
