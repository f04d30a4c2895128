import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
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
  messages: {
    several:
      '{count, number} positions hold the {role} role: {more, plural, =0 {{holders}} other {{holders} and # more}}. A company has one {role}; with more it is unclear who is accountable. If one of them heads a single unit, give it roles that match that scope.',
    handover:
      '{more, plural, =0 {{holders}} other {{holders} and # more}} {count, plural, =2 {both hold the {role} role, one of them} other {hold the {role} role, all but one}} on an interim basis. An interim beside the permanent position is normal during a handover or until it is filled; make sure the overlap has an end date.',
    merge: 'Merge {remove} into {keep}, keeping the title {keep}',
  },
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

      report({
        positions: [duplicate, first, ...rest],
        messageId: handover ? 'handover' : 'several',
        data: { count: holders.length, role: role.shortName, ...listOf(analysis, holders) },
        severity: handover ? 'info' : undefined,
        suggestions: holders.length === 2 ? mergeSuggestion(first, duplicate) : [],
      });
    }

    function mergeSuggestion(keep: number, remove: number): SuggestionReport<'merge'>[] {
      // A later position sharing an id cannot be named in a patch. (Where the two sit in the tree
      // does not matter: a merge never builds a loop, a kept position below the removed one takes
      // its place.)
      if (!isFirstWithId(analysis, keep) || !isFirstWithId(analysis, remove)) return [];
      return [
        {
          messageId: 'merge',
          data: { remove: analysis.label(remove), keep: analysis.label(keep) },
          patch: [
            { op: 'mergePositions', keepId: analysis.id(keep), removeId: analysis.id(remove) },
          ],
        },
      ];
    }
  },
});

/**
 * “CFO” and “Finance Director”, a list the message's language joins; a long list is cut short
 * (the first few joined by commas, and how many `more`), so that a message stays readable.
 */
function listOf(
  analysis: ChartAnalysis,
  holders: readonly number[],
): { holders: string | string[]; more: number } {
  if (holders.length > shownHolders) {
    const shown = holders.slice(0, shownHolders).map((i) => analysis.label(i));
    return { holders: shown.join(', '), more: holders.length - shownHolders };
  }
  return { holders: holders.map((i) => analysis.label(i)), more: 0 };
}
