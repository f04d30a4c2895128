import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'narrow-span',
  description: 'A manager has exactly one direct report',
  defaultSeverity: 'info',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
