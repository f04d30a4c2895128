import { parseChart, validate } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { chartTemplates } from './templates.js';

const expected: Record<string, string[]> = {
  startup: ['vp-engineering-under-cto', 'interim-executive'],
  'scale-up': ['cto-under-cio', 'vacant-executive', 'ciso-under-cio'],
  enterprise: ['span-of-control', 'it-under-cio', 'interim-executive'],
};

describe('chart templates', () => {
  it.each(chartTemplates.map((template) => [template.id, template] as const))(
    '%s is a valid chart that draws its intended findings and no errors',
    (id, template) => {
      expect(parseChart(template.chart).ok).toBe(true);
      const report = validate(template.chart);
      expect(report.summary.errors).toBe(0);
      const ruleIds = report.findings.map((finding) => finding.ruleId);
      for (const rule of expected[id]!) expect(ruleIds).toContain(rule);
      // Something to apply with one click.
      expect(report.findings.some((finding) => finding.suggestions.length > 0)).toBe(true);
    },
  );
});
