import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'tech-leadership-fit',
  description: 'A product company has no CTO or VP Engineering, or an enterprise of 50+ has no CIO',
  defaultSeverity: 'info',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
