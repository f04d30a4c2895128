import { defineRule } from '../engine/define-rule.js';

export default defineRule({
  id: 'duplicate-id',
  description: 'Two positions share an id',
  defaultSeverity: 'error',
  rationale:
    'An id names one position: managers and dotted lines point at positions by id, so a shared id makes every line to it ambiguous. Orgwise resolves such a reference to the first position with the id, and reports the clash so that it can be renamed.',
  sources: ['MODEL:chart'],
  suggests: false,
  check({ analysis, report }) {
    for (const [id, indices] of analysis.duplicateIds) {
      const titles = indices.map((index) => analysis.label(index)).join(', ');
      report({
        positions: [indices[0]!],
        message: `${indices.length} positions share the id "${id}" (${titles}); lines to "${id}" go to the first of them. Give each position its own id.`,
      });
    }
  },
});
