import type { Finding, ValidationReport, ValidationSummary } from '../engine/types.js';

/** A finding both reports have, as each report words it. */
export interface UnchangedFinding {
  before: Finding;
  after: Finding;
}

/** Which findings a change of chart resolves, introduces and leaves (docs/compare.md). */
export interface FindingDelta {
  /** In the first report only, in its order. */
  resolved: Finding[];
  /** In the second report only, in its order. */
  introduced: Finding[];
  /** In both, in the second report's order. */
  unchanged: UnchangedFinding[];
  /** Counts by severity: the first report's summary minus `resolved` plus `introduced` is the second's. */
  summary: { resolved: ValidationSummary; introduced: ValidationSummary; unchanged: number };
}

/**
 * What makes two findings of two reports the same finding: the rule, the severity and the
 * positions involved (in any order). Findings carry no id of their own, and the message is left
 * out because it quotes titles: the CISO-under-CIO finding is still the same finding after the
 * CIO is retitled "Chief Digital Officer". A finding whose severity changed (a warning that became
 * an info) is a different finding, so that the counts of the delta add up with the reports'
 * summaries. Usable as a key, for instance for a list of findings in a UI.
 */
export function findingIdentity(finding: Pick<Finding, 'ruleId' | 'severity' | 'positionIds'>) {
  // Sorted by code unit rather than locale, so that the key is the same on every machine.
  const ids = [...finding.positionIds].sort();
  return JSON.stringify([finding.ruleId, finding.severity, ...ids]);
}

/**
 * Pairs the findings of two reports by identity, as multisets: two findings of one identity in
 * the first report and one in the second are one unchanged and one resolved. Within an identity,
 * findings with the very same message pair first (so that two dotted-line findings on one position
 * pair with their own counterparts), the rest in report order. Linear in the number of findings
 * (plus sorting each finding's handful of position ids).
 */
export function findingDelta(
  before: Pick<ValidationReport, 'findings'>,
  after: Pick<ValidationReport, 'findings'>,
): FindingDelta {
  const old = before.findings;
  const now = after.findings;
  const oldIdentity = old.map(findingIdentity);
  const newIdentity = now.map(findingIdentity);
  const matched = new Uint8Array(old.length);
  const partner = new Int32Array(now.length).fill(-1);

  const byMessage = new Queues();
  old.forEach((finding, i) => {
    byMessage.push(withMessage(oldIdentity[i]!, finding), i);
  });
  now.forEach((finding, j) => {
    const i = byMessage.take(withMessage(newIdentity[j]!, finding), matched);
    if (i !== undefined) pair(i, j);
  });

  const byIdentity = new Queues();
  old.forEach((_, i) => {
    if (matched[i] === 0) byIdentity.push(oldIdentity[i]!, i);
  });
  now.forEach((_, j) => {
    if (partner[j] !== -1) return;
    const i = byIdentity.take(newIdentity[j]!, matched);
    if (i !== undefined) pair(i, j);
  });

  function pair(i: number, j: number): void {
    matched[i] = 1;
    partner[j] = i;
  }

  const delta: FindingDelta = {
    resolved: old.filter((_, i) => matched[i] === 0),
    introduced: now.filter((_, j) => partner[j] === -1),
    unchanged: [],
    summary: { resolved: emptySummary(), introduced: emptySummary(), unchanged: 0 },
  };
  now.forEach((finding, j) => {
    if (partner[j] !== -1) delta.unchanged.push({ before: old[partner[j]!]!, after: finding });
  });
  for (const finding of delta.resolved) count(delta.summary.resolved, finding);
  for (const finding of delta.introduced) count(delta.summary.introduced, finding);
  delta.summary.unchanged = delta.unchanged.length;
  return delta;
}

function withMessage(identity: string, finding: Finding): string {
  return JSON.stringify([identity, finding.message]);
}

/** First-in-first-out lists of finding indices by key, skipping those already matched. */
class Queues {
  private readonly lists = new Map<string, { items: number[]; next: number }>();

  push(key: string, index: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, { items: [index], next: 0 });
    else list.items.push(index);
  }

  take(key: string, matched: Uint8Array): number | undefined {
    const list = this.lists.get(key);
    if (list === undefined) return undefined;
    while (list.next < list.items.length) {
      const index = list.items[list.next++]!;
      if (matched[index] === 0) return index;
    }
    return undefined;
  }
}

function emptySummary(): ValidationSummary {
  return { errors: 0, warnings: 0, infos: 0 };
}

function count(summary: ValidationSummary, finding: Finding): void {
  if (finding.severity === 'error') summary.errors++;
  else if (finding.severity === 'warning') summary.warnings++;
  else summary.infos++;
}
