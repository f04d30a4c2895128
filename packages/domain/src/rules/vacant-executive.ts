import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'vacant-executive',
  description: 'An executive position is vacant',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
