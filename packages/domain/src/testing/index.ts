export { type GenerateChartOptions, generateChart } from './generate-chart.js';
export { type FixVerdict, judgeFix } from './judge-fix.js';
export { orgChart } from './org-chart.js';
export type { ExpectedFinding, ExpectedSuggestion, InvalidCase, ValidCase } from './rule-tester.js';
export { RuleTester } from './rule-tester.js';
