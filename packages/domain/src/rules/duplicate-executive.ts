import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule } from '../engine/define-rule.js';
import type { Suggestion } from '../engine/types.js';
import { roleCatalogue } from '../roles/catalogue.js';
import { isFirstWithId } from './support/is-first-with-id.js';

const shownHolders = 6;

// The board is a body of several people by nature; only the one-per-company executive roles count.
const uniqueRoles = roleCatalogue.filter((role) => role.unique && role.id !== 'board');

export default defineRule({
  id: 'duplicate-executive',
  description:
    'A one-per-company executive role (CEO, CIO, CTO, CFO, COO, CISO, ...) is held by two positions',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'Each executive role exists once per company: it is the single point of accountability for its remit. Two positions holding it leave it unclear who decides. The usual exception is a handover: an interim executive alongside the permanent one (or the vacant permanent seat) for a while, which is reported as info. Divisional roles ("CTO, Payments") and co-CEOs are legitimate too; the rule cannot tell them from a mistake, so it warns rather than errs.',
  sources: ['MODEL:chart', 'EXT:46'],
  suggests: true,
  check({ analysis, report }) {
    for (const role of uniqueRoles) {
      // Positions on a cycle or under an unknown manager are left to reporting-cycle and
      // unknown-manager, like in every role rule.
      const holders = analysis.holdersOf(role.id).filter((i) => analysis.layerOf(i) > 0);
      if (holders.length < 2) continue;
      const [first, duplicate, ...rest] = holders as [number, number, ...number[]];

      // A handover: one permanent holder (or permanent seat) and interim holders beside it.
      let permanent = 0;
      for (const i of holders) if (!analysis.isInterim(i)) permanent++;
      const handover = permanent === 1;

      const list = listOf(analysis, holders);
      const name = role.shortName;
      let message: string;
      if (!handover) {
        message = `${holders.length} positions hold the ${name} role: ${list}. A company has one ${name}; with more it is unclear who is accountable. If one of them heads a single unit, give it roles that match that scope.`;
      } else {
        const who =
          holders.length === 2
            ? `both hold the ${name} role, one of them`
            : `hold the ${name} role, all but one`;
        message = `${list} ${who} on an interim basis. An interim beside the permanent position is normal during a handover or until it is filled; make sure the overlap has an end date.`;
      }

      report({
        positions: [duplicate, first, ...rest],
        message,
        severity: handover ? 'info' : undefined,
        suggestions: holders.length === 2 ? mergeSuggestion(first, duplicate) : [],
      });
    }

    function mergeSuggestion(keep: number, remove: number): Suggestion[] {
      // A later position sharing an id cannot be named in a patch. (Where the two sit in the tree
      // does not matter: a merge never builds a loop, a kept position below the removed one takes
      // its place.)
      if (!isFirstWithId(analysis, keep) || !isFirstWithId(analysis, remove)) return [];
      return [
        {
          title: `Merge ${analysis.label(remove)} into ${analysis.label(keep)}, keeping the title ${analysis.label(keep)}`,
          patch: [
            { op: 'mergePositions', keepId: analysis.id(keep), removeId: analysis.id(remove) },
          ],
        },
      ];
    }
  },
});

/** “CFO” and “Finance Director”; a long list is cut short, so that a message stays readable. */
function listOf(analysis: ChartAnalysis, holders: readonly number[]): string {
  if (holders.length > shownHolders) {
    const shown = holders.slice(0, shownHolders).map((i) => analysis.label(i));
    return `${shown.join(', ')} and ${holders.length - shownHolders} more`;
  }
  const names = holders.map((i) => analysis.label(i));
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
