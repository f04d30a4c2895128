import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'atypical-manager',
  description:
    'A role reports to a role outside its usual managers in the role catalogue (CIO under CTO, CFO under CMO, CTO under VP Engineering, ...)',
  defaultSeverity: 'warning',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
