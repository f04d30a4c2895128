import { afterEach, describe, expect, it } from 'vitest';
import type { PatchOp } from '../chart/patch-schema.js';
import { defineRule, type RuleReport, type SuggestionReport } from '../engine/define-rule.js';
import { orgChart } from './org-chart.js';
import { type InvalidCase, RuleTester, type ValidCase } from './rule-tester.js';

// RuleTester.run registers tests through RuleTester.describe/it; here fake ones capture the test
// bodies by their full name, so that each check can be run and its failure read.

const realDescribe = RuleTester.describe;
const realIt = RuleTester.it;
afterEach(() => {
  RuleTester.describe = realDescribe;
  RuleTester.it = realIt;
});

function capture(
  rule: Parameters<typeof RuleTester.run>[0],
  cases: { valid?: ValidCase[]; invalid?: InvalidCase[] },
): Map<string, () => void> {
  const bodies = new Map<string, () => void>();
  const path: string[] = [];
  RuleTester.describe = (name, body) => {
    path.push(name);
    body();
    path.pop();
  };
  RuleTester.it = (name, body) => {
    bodies.set([...path, name].join(' > '), body);
  };
  RuleTester.run(rule, { valid: cases.valid ?? [], invalid: cases.invalid ?? [] });
  return bodies;
}

/** The failure of the one invalid case, or undefined when it passes. */
function failureOf(rule: Parameters<typeof RuleTester.run>[0], testCase: InvalidCase) {
  const body = capture(rule, { invalid: [testCase] }).get(
    `${rule.id} > invalid > ${testCase.name}`,
  );
  if (body === undefined) throw new Error('the case was not registered');
  try {
    body();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

const fill = (id: string): PatchOp => ({
  op: 'updatePosition',
  positionId: id,
  changes: { vacant: false },
});

/** Reports every vacant position; how it suggests is up to the test. */
function vacancyRule(options: {
  suggests?: boolean;
  suggest?: (id: string) => SuggestionReport<'vacant' | 'fill' | 'fix' | 'rename'>[];
  report?: Partial<RuleReport<'vacant'>>;
}) {
  return defineRule({
    id: 'test-vacancy',
    description: 'A position is vacant',
    defaultSeverity: 'warning',
    category: 'roles',
    rationale: 'Tests only.',
    sources: ['MODEL:chart'],
    messages: {
      vacant: '{position} is vacant.',
      fill: 'Fill the position',
      fix: 'Fix',
      rename: 'Rename the position',
    },
    suggests: options.suggests ?? options.suggest !== undefined,
    check({ analysis, report }) {
      for (let i = 0; i < analysis.size; i++) {
        if (!analysis.isVacant(i)) continue;
        const suggestions = options.suggest?.(analysis.id(i));
        report({
          positions: [i],
          messageId: 'vacant',
          data: { position: analysis.label(i) },
          ...(suggestions === undefined ? {} : { suggestions }),
          ...options.report,
        });
      }
    },
  });
}

const plain = vacancyRule({});
const helpful = vacancyRule({
  suggest: (id) => [{ messageId: 'fill', patch: [fill(id)] }],
});
const vacantCfo = orgChart('ceo: CEO\n  cfo: CFO [vacant]');

describe('RuleTester', () => {
  it('registers one test per case under the rule id', () => {
    const bodies = capture(plain, {
      valid: [{ name: 'nobody vacant', chart: orgChart('ceo: CEO') }],
      invalid: [{ name: 'a vacancy', chart: vacantCfo, findings: [{ positionIds: ['cfo'] }] }],
    });
    expect([...bodies.keys()]).toEqual([
      'test-vacancy > valid > nobody vacant',
      'test-vacancy > invalid > a vacancy',
    ]);
    for (const body of bodies.values()) expect(body).not.toThrow();
  });

  it('refuses to run before describe and it are set', () => {
    RuleTester.describe = undefined;
    expect(() => RuleTester.run(plain, { valid: [], invalid: [] })).toThrow(
      'Set RuleTester.describe and RuleTester.it from your test framework first',
    );
  });

  it('fails a valid case that gives a finding', () => {
    const bodies = capture(plain, { valid: [{ name: 'not valid at all', chart: vacantCfo }] });
    expect(bodies.get('test-vacancy > valid > not valid at all')).toThrow(
      'expected no "test-vacancy" finding, got 1',
    );
  });

  it('passes an invalid case that matches exactly', () => {
    expect(
      failureOf(plain, {
        name: 'exact',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], severity: 'warning', message: '“CFO” is vacant.' }],
      }),
    ).toBeUndefined();
    expect(
      failureOf(helpful, {
        name: 'by id',
        chart: vacantCfo,
        findings: [
          {
            positionIds: ['cfo'],
            messageId: 'vacant',
            data: { position: '“CFO”' },
            suggestions: [{ messageId: 'fill', data: {} }],
          },
        ],
      }),
    ).toBeUndefined();
  });

  it('fails when a finding is missing or extra', () => {
    const two = orgChart('ceo: CEO [vacant]\n  cfo: CFO [vacant]');
    expect(
      failureOf(plain, { name: 'missing', chart: two, findings: [{ positionIds: ['ceo'] }] }),
    ).toMatch(/^expected 1 "test-vacancy" finding\(s\), got 2/);
    expect(
      failureOf(plain, {
        name: 'extra',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'] }, { positionIds: ['ceo'] }],
      }),
    ).toMatch(/^expected 2 "test-vacancy" finding\(s\), got 1/);
  });

  it('fails on the wrong positions, severity or message', () => {
    expect(
      failureOf(plain, {
        name: 'positions',
        chart: vacantCfo,
        findings: [{ positionIds: ['ceo'] }],
      }),
    ).toBe('finding 0: expected positions ["ceo"], got ["cfo"]');
    expect(
      failureOf(plain, {
        name: 'severity',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], severity: 'error' }],
      }),
    ).toBe('finding 0: expected severity error, got warning');
    expect(
      failureOf(plain, {
        name: 'message',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], message: /is empty/ }],
      }),
    ).toBe('finding 0: message "“CFO” is vacant." does not match /is empty/');
  });

  it('fails on the wrong message id or data, of a finding or a suggestion', () => {
    const expectFinding = (expected: object) =>
      failureOf(helpful, {
        name: 'ids',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{}], ...expected }],
      });
    expect(expectFinding({ messageId: 'filled' })).toBe(
      'finding 0: expected message id filled, got vacant',
    );
    expect(expectFinding({ data: { position: '“CEO”' } })).toBe(
      'finding 0: expected data {"position":"“CEO”"}, got {"position":"“CFO”"}',
    );
    expect(expectFinding({ data: {} })).toBe(
      'finding 0: expected data {}, got {"position":"“CFO”"}',
    );
    expect(expectFinding({ suggestions: [{ messageId: 'fix' }] })).toBe(
      'finding 0, suggestion 0: expected message id fix, got fill',
    );
    expect(expectFinding({ suggestions: [{ data: { position: '“CFO”' } }] })).toBe(
      'finding 0, suggestion 0: expected data {"position":"“CFO”"}, got {}',
    );
  });

  it('applies the case’s setting', () => {
    expect(
      failureOf(plain, {
        name: 'as info',
        chart: vacantCfo,
        setting: 'info',
        findings: [{ positionIds: ['cfo'], severity: 'info' }],
      }),
    ).toBeUndefined();
  });

  it('fails on a suggestion the case does not declare', () => {
    expect(
      failureOf(helpful, {
        name: 'undeclared',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'] }],
      }),
    ).toMatch(/^finding 0: expected 0 suggestion\(s\), got 1/);
  });

  it('passes a declared suggestion that resolves the finding, and checks its output', () => {
    const filled = orgChart('ceo: CEO\n  cfo: CFO');
    filled.positions[1]!.vacant = false;
    expect(
      failureOf(helpful, {
        name: 'resolves',
        chart: vacantCfo,
        findings: [
          { positionIds: ['cfo'], suggestions: [{ title: 'Fill the position', output: filled }] },
        ],
      }),
    ).toBeUndefined();
    expect(
      failureOf(helpful, {
        name: 'other output',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{ title: /Fill/, output: vacantCfo }] }],
      }),
    ).toMatch(/^finding 0, suggestion 0: expected output/);
    expect(
      failureOf(helpful, {
        name: 'other title',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{ title: 'Hire someone' }] }],
      }),
    ).toBe('finding 0, suggestion 0: title "Fill the position" does not match Hire someone');
  });

  it('fails on a suggestion that does not resolve the finding', () => {
    const useless = vacancyRule({
      suggest: (id) => [
        {
          messageId: 'rename',
          patch: [{ op: 'updatePosition', positionId: id, changes: { title: 'Open role' } }],
        },
      ],
    });
    expect(
      failureOf(useless, {
        name: 'useless',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{ title: 'Rename the position' }] }],
      }),
    ).toMatch(/^finding 0, suggestion "Rename the position" did not resolve the finding:/);
  });

  it('accepts a suggestion that leaves a milder finding', () => {
    // The rule reports a filled-but-interim position as info: milder than the vacancy's warning.
    const milder = defineRule({
      id: 'test-milder',
      description: 'A position is vacant or interim',
      defaultSeverity: 'warning',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: { vacant: 'Vacant.', fill: 'Fill it for now', interim: 'Interim.' },
      suggests: true,
      check({ analysis, report }) {
        for (let i = 0; i < analysis.size; i++) {
          if (analysis.isVacant(i)) {
            const patch: PatchOp[] = [
              {
                op: 'updatePosition',
                positionId: analysis.id(i),
                changes: { vacant: false, interim: true },
              },
            ];
            report({
              positions: [i],
              messageId: 'vacant',
              suggestions: [{ messageId: 'fill', patch }],
            });
          } else if (analysis.isInterim(i)) {
            report({ positions: [i], messageId: 'interim', severity: 'info' });
          }
        }
      },
    });
    expect(
      failureOf(milder, {
        name: 'milder',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{ title: 'Fill it for now' }] }],
      }),
    ).toBeUndefined();
  });

  it('fails on a suggestion whose patch does not apply, is malformed or breaks the chart', () => {
    const failing = (patch: unknown[]) =>
      failureOf(vacancyRule({ suggest: () => [{ messageId: 'fix', patch: patch as PatchOp[] }] }), {
        name: 'bad patch',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'], suggestions: [{ title: 'Fix' }] }],
      });
    expect(failing([{ op: 'setReportsTo', positionId: 'nobody', reportsTo: null }])).toBe(
      'finding 0, suggestion "Fix": operation 0 does not apply: No position has id "nobody"',
    );
    expect(
      failing([{ op: 'updatePosition', positionId: 'cfo', changes: { vacant: 'no' } }]),
    ).toMatch(/^finding 0, suggestion "Fix": the patch is not one the API accepts/);
    expect(
      failing([{ op: 'addPosition', position: { id: 'x'.repeat(200), title: 'Too long' } }]),
    ).toMatch(/^finding 0, suggestion "Fix": the patch is not one the API accepts/);
  });

  it('fails a case whose own chart is malformed', () => {
    const bodies = capture(plain, {
      valid: [{ name: 'bad', chart: { positions: [{ id: '', title: 'Nameless' }] } }],
    });
    expect(bodies.get('test-vacancy > valid > bad')).toThrow(
      /^the case's chart is not a valid chart: .*Position id must not be empty/,
    );
  });

  it('fails a finding without sources', () => {
    const unsourced = defineRule({ ...plain, id: 'test-unsourced', sources: [] });
    expect(
      failureOf(unsourced, {
        name: 'no sources',
        chart: vacantCfo,
        findings: [{ positionIds: ['cfo'] }],
      }),
    ).toBe('finding 0: a finding must cite its sources');
  });
});
