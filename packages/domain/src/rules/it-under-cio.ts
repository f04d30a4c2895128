import { defineRule } from '../engine/define-rule.js';
import { managedByRole } from './support/managed-by-role.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

const executiveRank = 3;

export default defineRule({
  id: 'it-under-cio',
  description: 'A CIO exists and an IT director or IT manager reports elsewhere',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'The IT director and the IT manager run day-to-day IT: operations, support, networks and systems. The CIO decides how IT serves the organisation at a strategic level. Where there is a CIO, internal IT therefore sits in the CIO’s organisation, directly or through an IT director; only without a CIO is the IT director the top IT role, reporting to the CEO, CFO or COO.',
  sources: ['S-F11', 'S-F13', 'EXT:29', 'EXT:38'],
  messages: {
    atTop:
      '{it} is at the top of the chart, outside the organisation of {cioCount, plural, one {the CIO {cio}} other {any of the CIOs}}. IT directors and IT managers run day-to-day IT; where there is a CIO, who sets the IT strategy, they usually report to the CIO, directly or through an IT director.',
    reportsElsewhere:
      '{it} reports to {manager}, outside the organisation of {cioCount, plural, one {the CIO {cio}} other {any of the CIOs}}. IT directors and IT managers run day-to-day IT; where there is a CIO, who sets the IT strategy, they usually report to the CIO, directly or through an IT director.',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    const cios = analysis.holdersOf('cio');
    if (cios.length === 0) return;
    // Where to move an IT lead: the CIO, or the first of several that hangs from the top.
    const lead = cios.find((cio) => analysis.layerOf(cio) > 0);
    const theCio = { cioCount: cios.length, cio: analysis.label(cios[0]!) };
    const underCio = managedByRole(analysis, 'cio');

    // An IT manager in the team of an IT director (or another IT manager) follows its lead: the
    // finding goes on the lead, and moving the lead moves the team.
    const underItLead = managedByRole(analysis, 'it-director', 'it-manager');

    const check = (it: number) => {
      // An IT lead who is also an executive (a CTO who is Head of IT too) is judged by that role.
      if (analysis.rankOf(it) >= executiveRank || analysis.layerOf(it) === 0) return;
      // An IT manager under an IT director under the CIO is in the CIO's organisation.
      if (underCio(it)) return;
      if (underItLead(it)) return;
      // A CIO reporting to the IT lead is seniority-inversion's finding. (Deeper in the lead's team
      // the finding stands, without a move that would close a loop.)
      if (lead !== undefined && analysis.resolvedManager(lead) === it) return;

      const manager = analysis.resolvedManager(it);
      const suggestion = lead === undefined ? undefined : moveUnderAnchored(analysis, it, lead);
      report({
        positions: manager === undefined ? [it] : [it, manager],
        ...(manager === undefined
          ? { messageId: 'atTop' as const, data: { it: analysis.label(it), ...theCio } }
          : {
              messageId: 'reportsElsewhere' as const,
              data: { it: analysis.label(it), manager: analysis.label(manager), ...theCio },
            }),
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    };

    for (const it of analysis.holdersOf('it-director')) check(it);
    // A position that is both IT director and IT manager was checked above.
    for (const it of analysis.holdersOf('it-manager')) {
      if (!analysis.hasRole(it, 'it-director')) check(it);
    }
  },
});
