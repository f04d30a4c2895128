import { defineRule } from '../engine/define-rule.js';
import { managedByRole } from './support/managed-by-role.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

const executiveRank = 3;

export default defineRule({
  id: 'vp-engineering-under-cto',
  description: 'A CTO exists and the VP Engineering reports elsewhere',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'The CTO sets the technology vision and architecture; the VP Engineering runs engineering execution: teams, process and delivery. Where there is a CTO the VP Engineering therefore works in the CTO’s organisation. A VP Engineering beside the CTO under the CEO fits only when the CTO is deliberately a visionary without a team.',
  sources: ['S-F11', 'S-F12', 'EXT:23', 'EXT:24'],
  messages: {
    atTop:
      '{vpe} is at the top of the chart, outside the organisation of {ctoCount, plural, one {the CTO {cto}} other {any of the CTOs}}. The CTO sets the technology vision and architecture and the VP Engineering runs engineering delivery, so the VP Engineering usually reports to the CTO.',
    reportsElsewhere:
      '{vpe} reports to {manager}, outside the organisation of {ctoCount, plural, one {the CTO {cto}} other {any of the CTOs}}. The CTO sets the technology vision and architecture and the VP Engineering runs engineering delivery, so the VP Engineering usually reports to the CTO.{besideCto, select, yes { Reporting to the CEO beside the CTO fits only when the CTO is deliberately a visionary without a team.} other {}}',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    const ctos = analysis.holdersOf('cto');
    if (ctos.length === 0) return;
    // Where to move a VP Engineering: the CTO, or the first of several that hangs from the top.
    const lead = ctos.find((cto) => analysis.layerOf(cto) > 0);
    const theCto = { ctoCount: ctos.length, cto: analysis.label(ctos[0]!) };
    const underCto = managedByRole(analysis, 'cto');

    // A Director of Engineering in a VP Engineering's organisation follows its VP: the finding goes
    // on the VP, and moving the VP moves the team.
    const underEngineeringLead = managedByRole(analysis, 'vp-engineering');

    for (const vpe of analysis.holdersOf('vp-engineering')) {
      // A VP Engineering who is also an executive (CTO, CEO, CIO, ...) is judged by that role.
      if (analysis.rankOf(vpe) >= executiveRank || analysis.layerOf(vpe) === 0) continue;
      // Anywhere in the CTO's organisation is fine: a Director of Engineering under the VP
      // Engineering under the CTO holds the same role.
      if (underCto(vpe)) continue;
      if (underEngineeringLead(vpe)) continue;
      // A CTO reporting to the VP Engineering is seniority-inversion's finding. (Deeper in the VP's
      // team the finding stands, without a move that would close a loop.)
      if (lead !== undefined && analysis.resolvedManager(lead) === vpe) continue;

      const manager = analysis.resolvedManager(vpe);
      const suggestion = lead === undefined ? undefined : moveUnderAnchored(analysis, vpe, lead);
      report({
        positions: manager === undefined ? [vpe] : [vpe, manager],
        ...(manager === undefined
          ? { messageId: 'atTop' as const, data: { vpe: analysis.label(vpe), ...theCto } }
          : {
              messageId: 'reportsElsewhere' as const,
              data: {
                vpe: analysis.label(vpe),
                manager: analysis.label(manager),
                ...theCto,
                besideCto: analysis.hasRole(manager, 'ceo') ? 'yes' : 'no',
              },
            }),
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});
