import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'vp-engineering-under-cto',
  description: 'A CTO exists and the VP Engineering reports elsewhere',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
