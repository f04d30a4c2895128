import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'interim-executive',
  description: 'An executive position is held on an interim basis',
  defaultSeverity: 'info',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
