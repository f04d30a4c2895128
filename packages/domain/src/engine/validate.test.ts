import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChartAnalysis } from '../chart/analysis.js';
import type { PatchOp } from '../chart/patch-schema.js';
import type { Chart } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import { cite } from '../sources/cite.js';
import { orgChart } from '../testing/org-chart.js';
import { type AnyRule, defineRule, type RuleCategory, type RuleReport } from './define-rule.js';
import { RuleSettingsError } from './settings.js';
import type { Severity } from './types.js';

/** A report by its text: the test rule declares each text as a message whose id is the text. */
type TestReport = Omit<RuleReport, 'messageId' | 'suggestions'> & {
  message: string;
  suggestions?: { title: string; patch: PatchOp[] }[];
};

/** A throwaway rule that reports what it is told, so that the engine is tested on its own. */
function reporting(
  id: string,
  reports: TestReport[],
  defaultSeverity: Severity = 'warning',
  category: RuleCategory = 'roles',
) {
  const messages: Record<string, string> = {};
  for (const { message, suggestions } of reports) {
    messages[message] = message;
    for (const { title } of suggestions ?? []) messages[title] = title;
  }
  return defineRule({
    id,
    description: `Test rule ${id}`,
    defaultSeverity,
    category,
    rationale: 'Tests only.',
    sources: ['MODEL:chart'],
    messages,
    suggests: reports.some((report) => report.suggestions !== undefined),
    check({ report }) {
      for (const { message, suggestions, ...rest } of reports) {
        report({
          ...rest,
          messageId: message,
          suggestions: suggestions?.map(({ title, patch }) => ({ messageId: title, patch })),
        });
      }
    },
  });
}

const chart = orgChart('a: A\n  b: B\n  c: C');

describe('validate', () => {
  it('turns a report into a finding with ids, sources and final severity', () => {
    const rule = reporting('some-rule', [{ positions: [2, 0], message: 'Something is off.' }]);
    expect(validate(chart, { ruleSet: [rule] })).toEqual({
      findings: [
        {
          ruleId: 'some-rule',
          severity: 'warning',
          message: 'Something is off.',
          messageId: 'Something is off.',
          data: {},
          positionIds: ['c', 'a'],
          sources: cite(['MODEL:chart']),
          suggestions: [],
        },
      ],
      summary: { errors: 0, warnings: 1, infos: 0 },
      metrics: { positions: 3, layers: 2, maxSpan: 2, meanSpan: 2, vacancies: 0, interim: 0 },
    });
  });

  it('sorts by severity, category, rank and layer of the primary position, chart order, rule id and message', () => {
    // a and d are tops; b, the CFO c and the CEO e are in layer 2.
    const ranked = orgChart('a: Team lead\n  b: Developer\n  c: CFO\nd: Analyst\n  e: CEO');
    const rules: AnyRule[] = [
      reporting(
        'zeta',
        [
          { positions: [4], message: 'zeta on e' },
          { positions: [0], message: 'zeta info on a', severity: 'info' },
          { positions: [1, 0], message: 'zeta error on b', severity: 'error' },
        ],
        'warning',
        'shape',
      ),
      reporting('alpha', [
        { positions: [1, 0], message: 'alpha on b' },
        { positions: [3], message: 'alpha on d' },
        { positions: [0], message: 'alpha on a' },
        { positions: [0], message: 'alpha again on a' },
        { positions: [2], message: 'alpha on c' },
        { positions: [4], message: 'alpha on e' },
        { positions: [], message: 'alpha on the whole chart' },
      ]),
      reporting('beta', [{ positions: [0], message: 'beta on a' }]),
      reporting('omega', [{ positions: [1], message: 'omega on b' }], 'warning', 'structure'),
    ];
    const expected = [
      // Errors first, whatever their category.
      'zeta error on b',
      // Then the chart's integrity before roles, roles before shape, whatever the rank.
      'omega on b',
      // Within a category the highest rank first: the CEO, then the CFO.
      'alpha on e',
      'alpha on c',
      // A finding on no position counts as rank 0 and layer 0.
      'alpha on the whole chart',
      // Then the shallowest layer, then chart order, rule id and message.
      'alpha again on a',
      'alpha on a',
      'beta on a',
      'alpha on d',
      'alpha on b',
      'zeta on e',
      'zeta info on a',
    ];
    expect(validate(ranked, { ruleSet: rules }).findings.map((f) => f.message)).toEqual(expected);
    // The order of the rules does not matter.
    expect(
      validate(ranked, { ruleSet: [...rules].reverse() }).findings.map((f) => f.message),
    ).toEqual(expected);
  });

  it('cites the sources a finding names instead of the rule’s', () => {
    const rule = reporting('narrow', [
      { positions: [0], message: 'own sources', sources: ['EXT:28'] },
      { positions: [1], message: 'rule sources' },
    ]);
    const findings = validate(chart, { ruleSet: [rule] }).findings;
    expect(findings.map((f) => [f.message, f.sources])).toEqual([
      ['own sources', cite(['EXT:28'])],
      ['rule sources', cite(['MODEL:chart'])],
    ]);
  });

  it('drops the suggestions of a roles rule when a position it involves is read unsurely', () => {
    // b's title is a mended typo and c's an ambiguous word; d names its roles, a reads plainly.
    const unsure = orgChart(
      'a: CEO\n  b: Cheif Technology Officer\n  c: Informationschef\n  d: Cheif Technology Officer [roles=cto]',
    );
    const fix = (id: string) => [
      {
        title: `Move “${id}”`,
        patch: [{ op: 'setReportsTo' as const, positionId: id, reportsTo: null }],
      },
    ];
    const reports = (): TestReport[] => [
      { positions: [1], message: 'on b', suggestions: fix('b') },
      { positions: [3, 2], message: 'on d and c', suggestions: fix('d') },
      { positions: [3, 0], message: 'on d and a', suggestions: fix('d') },
    ];
    const suggested = (category: RuleCategory) =>
      validate(unsure, {
        ruleSet: [reporting('fixes', reports(), 'warning', category)],
      }).findings.map((f) => [f.message, f.suggestions.length]);
    expect(suggested('roles')).toEqual(
      expect.arrayContaining([
        ['on b', 0],
        ['on d and c', 0],
        ['on d and a', 1],
      ]),
    );
    // The chart's structure and shape do not rest on reading titles.
    for (const category of ['structure', 'shape'] as const) {
      expect(suggested(category), category).toHaveLength(3);
      expect(
        suggested(category).every(([, count]) => count === 1),
        category,
      ).toBe(true);
    }
  });

  it('counts findings per severity', () => {
    const rule = reporting('counted', [
      { positions: [0], message: '1', severity: 'error' },
      { positions: [1], message: '2', severity: 'info' },
      { positions: [2], message: '3', severity: 'info' },
      { positions: [2], message: '4' },
    ]);
    expect(validate(chart, { ruleSet: [rule] }).summary).toEqual({
      errors: 1,
      warnings: 1,
      infos: 2,
    });
  });

  it('gives the same report for the same chart, every time', () => {
    const messy: Chart = {
      company: { headcount: 30, businessModel: 'product' },
      positions: [
        { id: 'ceo', title: 'CEO', reportsTo: 'board' },
        { id: 'ceo', title: 'Adm. direktør' },
        { id: 'cto', title: 'CTO', reportsTo: 'cio' },
        { id: 'cio', title: 'Interim CIO', reportsTo: 'cto' },
        { id: 'vpe', title: 'VP Engineering', reportsTo: 'nobody', vacant: true },
        { id: 'it', title: 'IT manager', reportsTo: 'it' },
      ],
      dottedLines: [{ from: 'vpe', to: 'ghost' }],
    };
    const first = validate(messy);
    expect(first.findings.length).toBeGreaterThan(3);
    expect(validate(structuredClone(messy))).toEqual(first);
  });

  it('skips rules turned off, and passes configured options to the rule', () => {
    const seen: unknown[] = [];
    const withOptions = defineRule({
      id: 'with-options',
      description: 'Records its options',
      defaultSeverity: 'info',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: {},
      options: z.strictObject({ limit: z.number().default(3) }),
      suggests: false,
      check({ options }) {
        seen.push(options);
      },
    });
    const noisy = reporting('noisy', [{ positions: [0], message: 'noise' }]);
    const ruleSet = [withOptions, noisy];
    validate(chart, { ruleSet });
    validate(chart, { ruleSet, rules: { 'with-options': ['warning', { limit: 5 }] } });
    expect(seen).toEqual([{ limit: 3 }, { limit: 5 }]);
    expect(validate(chart, { ruleSet, rules: { noisy: 'off' } }).findings).toEqual([]);
    expect(validate(chart, { ruleSet, rules: { 'with-options': 'off' } }).findings).toHaveLength(1);
    expect(seen).toHaveLength(3);
  });

  it('runs the registry by default, and turns its rules off by settings', () => {
    const loop = orgChart('a: A [reportsTo=b]\nb: B [reportsTo=a]');
    const ruleIds = (rules?: Record<string, 'off'>) =>
      validate(loop, { rules }).findings.map((f) => f.ruleId);
    expect(ruleIds()).toContain('reporting-cycle');
    expect(ruleIds({ 'reporting-cycle': 'off' })).not.toContain('reporting-cycle');
  });

  it('gives the rule the chart, its company and the analysis', () => {
    const company = { name: 'Acme', headcount: 12 };
    const input: Chart = { ...chart, company };
    let context: unknown;
    const rule = defineRule({
      id: 'looks',
      description: 'Looks at its context',
      defaultSeverity: 'info',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: {},
      suggests: false,
      check(ctx) {
        context = { chart: ctx.chart, company: ctx.company, size: ctx.analysis.size };
      },
    });
    validate(input, { ruleSet: [rule] });
    expect(context).toEqual({ chart: input, company, size: 3 });
  });

  it('uses an analysis given for the same chart, and ignores one of another chart', () => {
    const seen: ChartAnalysis[] = [];
    const rule = defineRule({
      id: 'keeps',
      description: 'Keeps the analysis it is given',
      defaultSeverity: 'info',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: {},
      suggests: false,
      check(ctx) {
        seen.push(ctx.analysis);
      },
    });
    const shared = new ChartAnalysis(chart);
    validate(chart, { ruleSet: [rule], analysis: shared });
    // A copy of the chart is another object: its analysis could be out of date, so it is not used.
    validate({ ...chart }, { ruleSet: [rule], analysis: shared });
    expect(seen[0]).toBe(shared);
    expect(seen[1]).not.toBe(shared);
    expect(validate(chart, { analysis: shared })).toEqual(validate(chart));
  });

  it('throws RuleSettingsError before running any rule', () => {
    let ran = false;
    const rule = defineRule({
      id: 'runs',
      description: 'Notes that it ran',
      defaultSeverity: 'info',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: {},
      suggests: false,
      check() {
        ran = true;
      },
    });
    expect(() => validate(chart, { ruleSet: [rule], rules: { runs: 'loud' as 'off' } })).toThrow(
      RuleSettingsError,
    );
    expect(() => validate(chart, { rules: { 'no-such-rule': 'off' } })).toThrow(
      'Invalid rule settings: no-such-rule: Unknown rule "no-such-rule"',
    );
    expect(ran).toBe(false);
  });

  it('refuses a rule that suggests without declaring it', () => {
    const sneaky = defineRule({
      id: 'sneaky',
      description: 'Suggests without saying so',
      defaultSeverity: 'warning',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: { elsewhere: 'B should report elsewhere.', makeTop: 'Make “B” a top' },
      suggests: false,
      check({ report }) {
        report({
          positions: [1],
          messageId: 'elsewhere',
          suggestions: [
            {
              messageId: 'makeTop',
              patch: [{ op: 'setReportsTo', positionId: 'b', reportsTo: null }],
            },
          ],
        });
      },
    });
    expect(() => validate(chart, { ruleSet: [sneaky] })).toThrow(
      'Rule "sneaky" reported suggestions but does not declare suggests: true',
    );
  });

  it('refuses a report naming a position the chart does not have', () => {
    for (const index of [3, -1, 0.5]) {
      const wrong = reporting('wrong', [{ positions: [0, index], message: 'x' }]);
      expect(() => validate(chart, { ruleSet: [wrong] })).toThrow(
        `Rule "wrong" reported position ${index}, but the chart has 3 positions`,
      );
    }
  });

  it('gives every finding its own copy of the sources', () => {
    const rule = reporting('twice', [
      { positions: [0], message: '1' },
      { positions: [1], message: '2' },
    ]);
    const [first, second] = validate(chart, { ruleSet: [rule] }).findings;
    first?.sources.push('edited');
    expect(second?.sources).toEqual(cite(['MODEL:chart']));
    expect(validate(chart, { ruleSet: [rule] }).findings[0]?.sources).toEqual(
      cite(['MODEL:chart']),
    );
  });

  describe('messages', () => {
    const speaking = (reported: RuleReport<'span' | 'move'>) =>
      defineRule({
        id: 'speaks',
        description: 'Says one thing',
        defaultSeverity: 'warning',
        category: 'structure',
        rationale: 'Tests only.',
        sources: ['MODEL:chart'],
        messages: {
          span: '{position} has {count, plural, one {# report} other {# reports}}',
          move: 'Move {position} up',
        },
        suggests: true,
        check({ report }) {
          report(reported);
        },
      });
    const translations = {
      da: {
        speaks: {
          description: 'Siger én ting',
          rationale: 'Kun til test.',
          messages: {
            span: '{position} har {count, plural, one {# medarbejder} other {# medarbejdere}}',
            move: 'Flyt {position} op',
          },
        },
      },
    };
    const report: RuleReport<'span' | 'move'> = {
      positions: [0],
      messageId: 'span',
      data: { position: '“A”', count: 1200 },
      suggestions: [
        {
          messageId: 'move',
          data: { position: '“A”' },
          patch: [{ op: 'setReportsTo', positionId: 'a', reportsTo: null }],
        },
      ],
    };

    it('renders the message and titles in English by default, with ids and data beside them', () => {
      const [finding] = validate(chart, { ruleSet: [speaking(report)] }).findings;
      expect(finding).toMatchObject({
        message: '“A” has 1,200 reports',
        messageId: 'span',
        data: { position: '“A”', count: 1200 },
        suggestions: [{ title: 'Move “A” up', messageId: 'move', data: { position: '“A”' } }],
      });
    });

    it('renders in the locale asked for, with its plurals and numbers; ids and data stay', () => {
      const [finding] = validate(chart, {
        ruleSet: [speaking(report)],
        locale: 'da',
        translations,
      }).findings;
      expect(finding).toMatchObject({
        message: '“A” har 1.200 medarbejdere',
        messageId: 'span',
        data: { position: '“A”', count: 1200 },
        suggestions: [{ title: 'Flyt “A” op', messageId: 'move' }],
      });
    });

    it('falls back to English for a language without the rule’s texts', () => {
      const [finding] = validate(chart, { ruleSet: [speaking(report)], locale: 'nl' }).findings;
      expect(finding?.message).toBe('“A” has 1,200 reports');
    });

    it('refuses a message id the rule does not declare, also for a suggestion', () => {
      expect(() =>
        validate(chart, { ruleSet: [speaking({ ...report, messageId: 'other' as 'span' })] }),
      ).toThrow('Rule "speaks" reported message "other", which it does not declare');
      const title = { ...report.suggestions![0]!, messageId: 'toString' as 'move' };
      expect(() =>
        validate(chart, { ruleSet: [speaking({ ...report, suggestions: [title] })] }),
      ).toThrow('Rule "speaks" reported message "toString", which it does not declare');
    });

    it('refuses data that misses a placeholder, in any language', () => {
      const missing = speaking({ ...report, data: { position: '“A”' } });
      for (const locale of ['en', 'da'] as const) {
        expect(() => validate(chart, { ruleSet: [missing], locale, translations })).toThrow(
          'Rule "speaks" reported message "span" without its placeholder "count"',
        );
      }
    });
  });
});
