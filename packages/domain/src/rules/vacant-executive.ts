import { defineRule } from '../engine/define-rule.js';
import { executiveName, executiveNameText, executiveRolesOf } from './support/executive-roles.js';

export default defineRule({
  id: 'vacant-executive',
  description: 'An executive position is vacant',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'Each executive role owns a remit (strategy, finance, operations, information, technology, ...). While it is open, nobody is accountable for that remit at the top table; an interim appointment is the usual bridge until a permanent holder starts.',
  sources: ['S-F15', 'S-F11', 'S-C9', 'EXT:46'],
  messages: {
    vacant: `The ${executiveNameText} position {position} is vacant: until it is filled, nobody at the top is accountable for {remits, plural, =0 {its remit} one {the {remit}'s remit} other {these remits}}. Appoint a holder, or name an interim one as a bridge.`,
  },
  // Filling a position means naming a person, which no patch can do honestly.
  suggests: false,
  check({ analysis, report }) {
    for (let i = 0; i < analysis.size; i++) {
      // The cheap test first: most positions are filled, and they need no role lookup.
      if (!analysis.isVacant(i) || analysis.layerOf(i) === 0) continue;
      const name = executiveName(analysis, i);
      if (name === undefined) continue;
      const roles = executiveRolesOf(analysis, i);
      report({
        positions: [i],
        messageId: 'vacant',
        data: {
          ...name,
          position: analysis.label(i),
          remits: roles.length,
          remit: roles[0]?.shortName ?? '',
        },
      });
    }
  },
});
