import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { getRole } from '../roles/catalogue.js';
import { isFirstWithId } from './support/is-first-with-id.js';
import { labelWithRoles } from './support/label-with-roles.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'seniority-inversion',
  description:
    'An executive reports to a role that ranks below it (a CTO under a VP Engineering, a CIO under an IT manager)',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'A C-level executive sets the direction that the VP, director and manager levels carry out: the CTO sets the technology vision and the VP Engineering runs its execution, the CIO sets IT strategy and the IT manager runs day-to-day IT. An executive under one of them contradicts the titles themselves. The descriptions come from recruiting articles and practitioner write-ups rather than surveys, and some such lines are common in practice (a CISO under an IT director, in surveys of CISO reporting lines): worth a look, so a warning, not an error.',
  sources: ['S-F11', 'S-F12', 'S-F13', 'EXT:24', 'EXT:29', 'EXT:4', 'EXT:6'],
  messages: {
    inversion:
      '{position} reports to {manager}, {level, select, manager {a manager-level role} other {a VP or director role}} that ranks below it. An executive sets the direction that the levels below carry out, so this line runs the wrong way.',
    invertLine: 'Invert the line: let {manager} report to {executive}',
    reportToCeo: 'Let {position} report to the CEO',
  },
  suggests: true,
  check({ analysis, report }) {
    const ceo = analysis.soleHolder('ceo');

    for (let i = 0; i < analysis.size; i++) {
      const manager = analysis.resolvedManager(i);
      // Positions at the top, on a cycle or under an unknown manager: nothing to compare, or
      // reporting-cycle and unknown-manager report them.
      if (manager === undefined || analysis.layerOf(i) === 0) continue;
      const rank = analysis.rankOf(i);
      // Executives only (C-level; the CEO under anyone but the board is ceo-at-top's error), under
      // a manager with a recognised role that ranks lower. A manager with no role is no inversion.
      if (rank !== 3) continue;
      const managerRank = analysis.rankOf(manager);
      if (managerRank === 0 || managerRank >= rank) continue;

      report({
        positions: [i, manager],
        messageId: 'inversion',
        data: {
          position: labelWithRoles(analysis, i),
          manager: labelWithRoles(analysis, manager),
          // Ranks below an executive: 1 a manager, 2 a VP or director.
          level: managerRank === 1 ? 'manager' : 'director',
        },
        suggestions: suggestionsFor(i, manager),
      });
    }

    function suggestionsFor(
      executive: number,
      manager: number,
    ): SuggestionReport<'invertLine' | 'reportToCeo'>[] {
      const suggestions: SuggestionReport<'invertLine' | 'reportToCeo'>[] = [];
      // The manager comes from a resolved line, so it is the first with its id; the executive may
      // be a later position sharing an id, which no patch can reach.
      if (!isFirstWithId(analysis, executive)) return suggestions;
      // Invert the line: the executive takes its manager's place, and the manager reports to it.
      // Only where the manager's role would usually report to the executive (a VP Engineering to
      // the CTO), and the executive's new manager does not rank below it too, or the patch would
      // just move the inversion one line up. An IT director does not belong under the CISO.
      const above = analysis.resolvedManager(manager);
      const aboveRank = above === undefined ? 0 : analysis.rankOf(above);
      const belongs = analysis
        .rolesOf(manager)
        .some((role) =>
          getRole(role).usualManagers.some((usual) => analysis.hasRole(executive, usual)),
        );
      if (belongs && (aboveRank === 0 || aboveRank >= analysis.rankOf(executive))) {
        suggestions.push({
          messageId: 'invertLine',
          data: { manager: analysis.label(manager), executive: analysis.label(executive) },
          patch: [
            {
              op: 'setReportsTo',
              positionId: analysis.id(executive),
              reportsTo: above === undefined ? null : analysis.id(above),
            },
            {
              op: 'setReportsTo',
              positionId: analysis.id(manager),
              reportsTo: analysis.id(executive),
            },
          ],
        });
      }
      if (ceo !== undefined) {
        const toCeo = moveUnderAnchored(analysis, executive, ceo, {
          messageId: 'reportToCeo',
          data: { position: analysis.label(executive) },
        });
        if (toCeo !== undefined) suggestions.push(toCeo);
      }
      return suggestions;
    }
  },
});
