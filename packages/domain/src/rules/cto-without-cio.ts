import { defineRule } from '../engine/define-rule.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'cto-without-cio',
  description: 'There is no CIO and the CTO reports neither to the CEO nor to the COO',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'Where there is no CIO the CTO is the top technology executive and reports to the CEO; in a small company without a CIO the CTO often runs internal IT as well. Some large manufacturers place the CTO under the COO, a recognised line. A CTO under another executive, or beside the CEO at the top of the chart, leaves technology without a seat at the executive table.',
  sources: ['S-R2', 'S-R3', 'EXT:21'],
  messages: {
    atTop:
      '{cto} is at the top of the chart, beside {ceoKnown, select, yes {the CEO {ceo}} other {the CEO}} rather than reporting to them. There is no CIO, so the CTO is the company’s top technology executive and usually reports to the CEO (or, in some manufacturers, the COO).',
    reportsElsewhere:
      '{cto} reports to {manager}, not to {ceoKnown, select, yes {the CEO {ceo}} other {the CEO}}. There is no CIO, so the CTO is the company’s top technology executive and usually reports to the CEO (or, in some manufacturers, the COO).',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    // Any CIO counts, wherever it hangs: then the CTO's line is cto-under-cio's or
    // atypical-manager's question, not this rule's.
    if (analysis.holdersOf('cio').length > 0) return;
    const ceos = analysis.holdersOf('ceo');
    if (ceos.length === 0) return;
    const ceo = analysis.soleHolder('ceo');
    const theCeo =
      ceo === undefined
        ? { ceoKnown: 'no', ceo: '' }
        : { ceoKnown: 'yes', ceo: analysis.label(ceo) };

    for (const cto of analysis.holdersOf('cto')) {
      // A founder who is both CEO and CTO reports to nobody in the executive team.
      if (analysis.hasRole(cto, 'ceo') || analysis.layerOf(cto) === 0) continue;
      const manager = analysis.resolvedManager(cto);
      // The COO line is recognised too, as in manufacturers where technology serves production.
      if (
        manager !== undefined &&
        (analysis.hasRole(manager, 'ceo') || analysis.hasRole(manager, 'coo'))
      ) {
        continue;
      }

      const suggestion = ceo === undefined ? undefined : moveUnderAnchored(analysis, cto, ceo);
      report({
        positions: manager === undefined ? [cto] : [cto, manager],
        ...(manager === undefined
          ? { messageId: 'atTop' as const, data: { cto: analysis.label(cto), ...theCeo } }
          : {
              messageId: 'reportsElsewhere' as const,
              data: { cto: analysis.label(cto), manager: analysis.label(manager), ...theCeo },
            }),
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});
