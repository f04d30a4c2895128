import type { Finding, ValidationReport } from '@orgwise/domain';
import { describe, expect, test } from 'vitest';
import { limitFindings } from './limit-findings.js';

function finding(ruleId: string, index: number): Finding {
  return {
    ruleId,
    severity: 'info',
    message: `${ruleId} ${index}`,
    positionIds: [`p${index}`],
    sources: [],
    suggestions: [],
  };
}

function report(findings: Finding[]): ValidationReport {
  return {
    findings,
    summary: { errors: 0, warnings: 0, infos: findings.length },
    metrics: { positions: 0, layers: 0, maxSpan: 0, meanSpan: 0, vacancies: 0, interim: 0 },
  };
}

describe('limitFindings', () => {
  test('a report within the limit is answered as it is, without omittedFindings', () => {
    const full = report([finding('a', 1), finding('b', 2), finding('a', 3)]);
    expect(limitFindings(full, 2)).toBe(full);
  });

  test('keeps the first findings of each rule in order and counts the rest per rule', () => {
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => finding('narrow-span', i)),
      finding('layer-count', 9),
      ...Array.from({ length: 4 }, (_, i) => finding('atypical-manager', i)),
    ];
    const limited = limitFindings(report(findings), 2);
    expect(limited.findings.map((f) => f.message)).toEqual([
      'narrow-span 0',
      'narrow-span 1',
      'layer-count 9',
      'atypical-manager 0',
      'atypical-manager 1',
    ]);
    expect(limited.omittedFindings).toEqual([
      { ruleId: 'narrow-span', count: 3 },
      { ruleId: 'atypical-manager', count: 2 },
    ]);
    // The summary still counts every finding.
    expect(limited.summary.infos).toBe(10);
  });
});
