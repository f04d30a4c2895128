import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'layer-count',
  description: 'The chart is deeper than usual for the headcount',
  defaultSeverity: 'info',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
