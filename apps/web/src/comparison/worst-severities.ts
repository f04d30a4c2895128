import type { Finding, Severity } from '@orgwise/domain';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most severe finding on each position, for the marker on its card. */
export function worstSeverities(findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    for (const id of finding.positionIds) {
      const known = worst.get(id);
      if (known === undefined || rank[finding.severity] < rank[known])
        worst.set(id, finding.severity);
    }
  }
  return worst;
}
