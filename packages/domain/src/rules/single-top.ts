import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'single-top',
  description: 'More than one position has no manager (a board above the CEO is fine)',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
