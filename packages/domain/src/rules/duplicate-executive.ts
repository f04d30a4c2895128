import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'duplicate-executive',
  description:
    'A one-per-company executive role (CEO, CIO, CTO, CFO, COO, CISO, ...) is held by two positions',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
