import { defineRule } from '../engine/define-rule.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'ciso-under-cio',
  description: 'The CISO reports to the CIO or the CTO (separation of duties)',
  defaultSeverity: 'info',
  category: 'roles',
  rationale:
    'The CISO assesses the security of the systems the CIO (or the CTO) runs. Under either, the CISO reports risks in the boss’s own systems, and IT’s goals of availability and cost can outweigh security: a conflict of interest. It is still the most common line, and moving security away from IT can weaken its grip on IT execution, so this is a note for the company to weigh, not a warning.',
  sources: ['EXT:4', 'EXT:5', 'EXT:6', 'EXT:7', 'EXT:8'],
  messages: {
    cisoUnderIt:
      'The CISO {ciso} reports to the {owner} {manager}, whose systems the CISO assesses. Security risks in those systems then go to the person who owns them; reporting to the CEO keeps the CISO independent. This line is common, so weigh it rather than treat it as a mistake.',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    const ceo = analysis.soleHolder('ceo');
    for (const ciso of analysis.holdersOf('ciso')) {
      // A CIO who is also the CISO has no line to a CIO to judge; duplicate-executive may speak.
      if (analysis.hasRole(ciso, 'cio') || analysis.layerOf(ciso) === 0) continue;
      if (analysis.hasRole(ciso, 'cto')) continue;
      const cio = analysis.resolvedManager(ciso);
      // A manager who is both CEO and CIO is the top of the executive team: no higher line to offer.
      if (cio === undefined || analysis.hasRole(cio, 'ceo')) continue;
      const owner = analysis.hasRole(cio, 'cio')
        ? 'CIO'
        : analysis.hasRole(cio, 'cto')
          ? 'CTO'
          : undefined;
      if (owner === undefined) continue;
      const suggestion = ceo === undefined ? undefined : moveUnderAnchored(analysis, ciso, ceo);
      report({
        positions: [ciso, cio],
        messageId: 'cisoUnderIt',
        data: { ciso: analysis.label(ciso), owner, manager: analysis.label(cio) },
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});
