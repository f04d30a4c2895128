import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'ceo-at-top',
  description: 'The CEO reports to anyone but a `board` position',
  defaultSeverity: 'error',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
