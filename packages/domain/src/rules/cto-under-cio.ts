import { defineRule } from '../engine/define-rule.js';
import { isProductCompany } from './support/company-context.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'cto-under-cio',
  description: 'The CTO reports to the CIO',
  defaultSeverity: 'info',
  category: 'roles',
  rationale:
    'The sources disagree. One seed says the CTO usually reports to the CIO, or to the CEO especially when there is no CIO; others say that where technology is part of the product or revenue model the CTO works with the CEO directly, as a peer of the CIO. The line is therefore a note in general and a warning in product companies.',
  sources: ['S-R1', 'S-R2', 'S-C6', 'S-R6', 'EXT:3', 'EXT:21'],
  messages: {
    productCompany:
      '{cto} reports to the CIO {cio}. In a product company technology is what the company sells, so the CTO usually reports to the CEO, as a peer of the CIO who runs internal IT.',
    checkFit:
      '{cto} reports to the CIO {cio}. That is a recognised line where the CIO owns the digital strategy, but where technology is part of the product the CTO usually reports to the CEO instead. Check which fits this company.',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, company, report }) {
    const product = isProductCompany(company, analysis);
    const ceo = analysis.soleHolder('ceo');
    for (const cto of analysis.holdersOf('cto')) {
      // A dual-hatted CIO/CTO is one person; a CTO on a cycle or under an unknown manager has no
      // line to judge (reporting-cycle and unknown-manager say so).
      if (analysis.hasRole(cto, 'cio') || analysis.layerOf(cto) === 0) continue;
      const cio = analysis.resolvedManager(cto);
      // A manager who is both CEO and CIO is the CEO: that is the line this rule recommends.
      if (cio === undefined || !analysis.hasRole(cio, 'cio') || analysis.hasRole(cio, 'ceo')) {
        continue;
      }
      const suggestion = ceo === undefined ? undefined : moveUnderAnchored(analysis, cto, ceo);
      report({
        positions: [cto, cio],
        severity: product ? 'warning' : undefined,
        messageId: product ? 'productCompany' : 'checkFit',
        data: { cto: analysis.label(cto), cio: analysis.label(cio) },
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});
