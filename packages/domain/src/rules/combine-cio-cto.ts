import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'combine-cio-cto',
  description: 'A small company has both a CIO and a CTO',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
