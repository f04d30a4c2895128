import type { LimitedReport, OmittedFindings } from '@orgwise/contract';
import type { Finding, ValidationReport } from '@orgwise/domain';

/**
 * Keeps at most `maxPerRule` findings of each rule, the first in the report's order (errors first,
 * then by the chart order of their primary position), and says per rule how many were left out.
 * A 100,000-position chain draws 200,000 findings of two rules, 300 MB of JSON that tell nothing
 * the first hundred do not; one request could make the server build it. The summary keeps the
 * full counts, so nothing is hidden: only repeated examples are.
 */
export function limitFindings(report: ValidationReport, maxPerRule: number): LimitedReport {
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  for (const finding of report.findings) {
    const count = (counts.get(finding.ruleId) ?? 0) + 1;
    counts.set(finding.ruleId, count);
    if (count <= maxPerRule) kept.push(finding);
  }
  if (kept.length === report.findings.length) return report;
  const omittedFindings: OmittedFindings[] = [];
  for (const [ruleId, count] of counts) {
    if (count > maxPerRule) omittedFindings.push({ ruleId, count: count - maxPerRule });
  }
  return { ...report, findings: kept, omittedFindings };
}
