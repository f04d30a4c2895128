import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'cto-under-cio',
  description: 'The CTO reports to the CIO',
  defaultSeverity: 'info',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
