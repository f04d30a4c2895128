import type { Finding, Severity } from '@orgwise/domain';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingsThatMatter {
  shown: Finding[];
  /** How many were left out for room. */
  more: number;
}

/**
 * The findings worth a slide: errors, then warnings, in the report's order within each; infos only
 * when there is no error or warning, since a client meeting has no time for hints. At most `limit`.
 */
export function findingsThatMatter(findings: readonly Finding[], limit = 5): FindingsThatMatter {
  const serious = findings.filter((finding) => finding.severity !== 'info');
  const pool = serious.length > 0 ? serious : findings;
  // A stable sort by severity keeps the report's order within each severity.
  const sorted = [...pool].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}
