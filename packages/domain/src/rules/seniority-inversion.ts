import { defineRule } from '../engine/define-rule.js';

// SCAFFOLD: replaced by the real rule before commit.
export default defineRule({
  id: 'seniority-inversion',
  description:
    'An executive reports to a role that ranks below it (a CTO under a VP Engineering, a CIO under an IT manager)',
  defaultSeverity: 'error',
  rationale: '',
  sources: [],
  suggests: false,
  check() {},
});
