import { applyPatch } from '../chart/apply-patch.js';
import { parseChart } from '../chart/parse-chart.js';
import { PatchError } from '../chart/patch-error.js';
import { patchSchema } from '../chart/patch-schema.js';
import type { Chart } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import type { AnyRule } from '../engine/define-rule.js';
import { renderRuleMessage } from '../engine/rule-messages.js';
import type { RuleSetting } from '../engine/settings.js';
import type { Finding, Severity } from '../engine/types.js';
import { locales } from '../i18n/locales.js';
import type { MessageData } from '../i18n/message-data.js';
import { ruleTranslations } from '../messages/rule-translations.js';

export interface ValidCase {
  name: string;
  chart: Chart;
  setting?: RuleSetting;
}

export interface ExpectedSuggestion {
  /** The title's message id, one of the rule's `messages`. */
  messageId?: string;
  /** The title's placeholders, exactly. */
  data?: MessageData;
  /** The title in English, exactly or as a pattern (ids and data are the better test). */
  title?: string | RegExp;
  /** The chart after applying the patch, when the test wants to pin it exactly. */
  output?: Chart;
}

export interface ExpectedFinding {
  positionIds: string[];
  severity?: Severity;
  /** The message's id, one of the rule's `messages`. */
  messageId?: string;
  /** The message's placeholders, exactly. */
  data?: MessageData;
  /** The message in English, exactly or as a pattern (ids and data are the better test). */
  message?: string | RegExp;
  /** Every suggestion the finding offers, in order; omitted means none. */
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Table-driven tests for one rule, after ESLint's RuleTester. Valid charts must give no finding of
 * the rule; invalid ones exactly the expected findings. Every suggestion must be declared in the
 * case, its patch must be one the API accepts (it is sent back to `/api/v1/apply` as it is), and
 * applying it must give a well-formed chart in which the finding has disappeared or turned milder.
 * A case's own chart must be well-formed too: the engine only ever sees parsed charts.
 *
 * Set `RuleTester.describe` and `RuleTester.it` once from the test framework (e.g. in a Vitest
 * setup file); the package itself depends on no test framework.
 */
export const RuleTester: {
  describe: Describe | undefined;
  it: It | undefined;
  run(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void;
} = {
  describe: undefined,
  it: undefined,
  run(rule, cases) {
    const describe = RuleTester.describe;
    const it = RuleTester.it;
    if (describe === undefined || it === undefined) {
      throw new Error('Set RuleTester.describe and RuleTester.it from your test framework first');
    }
    describe(rule.id, () => {
      describe('valid', () => {
        for (const testCase of cases.valid) {
          it(testCase.name, () => {
            const found = findingsOf(rule, testCase.chart, testCase.setting);
            if (found.length > 0) {
              fail(`expected no "${rule.id}" finding, got ${found.length}:\n${show(found)}`);
            }
          });
        }
      });
      describe('invalid', () => {
        for (const testCase of cases.invalid) {
          it(testCase.name, () => checkInvalid(rule, testCase));
        }
      });
    });
  },
};

function findingsOf(rule: AnyRule, chart: Chart, setting: RuleSetting | undefined): Finding[] {
  const parsed = parseChart(chart);
  if (!parsed.ok) fail(`the case's chart is not a valid chart: ${JSON.stringify(parsed.issues)}`);
  const report = validate(chart, {
    ruleSet: [rule],
    rules: setting === undefined ? {} : { [rule.id]: setting },
  });
  return report.findings.filter((finding) => finding.ruleId === rule.id);
}

function checkInvalid(rule: AnyRule, testCase: InvalidCase): void {
  const found = findingsOf(rule, testCase.chart, testCase.setting);
  if (found.length !== testCase.findings.length) {
    fail(
      `expected ${testCase.findings.length} "${rule.id}" finding(s), got ${found.length}:\n${show(found)}`,
    );
  }
  testCase.findings.forEach((expected, index) => {
    const actual = found[index]!;
    const where = `finding ${index}`;
    if (JSON.stringify(actual.positionIds) !== JSON.stringify(expected.positionIds)) {
      fail(
        `${where}: expected positions ${JSON.stringify(expected.positionIds)}, got ${JSON.stringify(actual.positionIds)}`,
      );
    }
    if (expected.severity !== undefined && actual.severity !== expected.severity) {
      fail(`${where}: expected severity ${expected.severity}, got ${actual.severity}`);
    }
    if (expected.messageId !== undefined && actual.messageId !== expected.messageId) {
      fail(`${where}: expected message id ${expected.messageId}, got ${actual.messageId}`);
    }
    if (expected.data !== undefined && !sameData(actual.data ?? {}, expected.data)) {
      fail(
        `${where}: expected data ${JSON.stringify(expected.data)}, got ${JSON.stringify(actual.data)}`,
      );
    }
    if (expected.message !== undefined && !matches(actual.message, expected.message)) {
      fail(
        `${where}: message ${JSON.stringify(actual.message)} does not match ${String(expected.message)}`,
      );
    }
    if (actual.sources.length === 0) fail(`${where}: a finding must cite its sources`);
    rendersInEveryLanguage(rule, actual, where);
    const suggestions = expected.suggestions ?? [];
    if (actual.suggestions.length !== suggestions.length) {
      fail(
        `${where}: expected ${suggestions.length} suggestion(s), got ${actual.suggestions.length}: ${JSON.stringify(actual.suggestions)}`,
      );
    }
    suggestions.forEach((expectedSuggestion, s) => {
      const suggestion = actual.suggestions[s]!;
      if (
        expectedSuggestion.messageId !== undefined &&
        suggestion.messageId !== expectedSuggestion.messageId
      ) {
        fail(
          `${where}, suggestion ${s}: expected message id ${expectedSuggestion.messageId}, got ${suggestion.messageId}`,
        );
      }
      if (
        expectedSuggestion.data !== undefined &&
        !sameData(suggestion.data, expectedSuggestion.data)
      ) {
        fail(
          `${where}, suggestion ${s}: expected data ${JSON.stringify(expectedSuggestion.data)}, got ${JSON.stringify(suggestion.data)}`,
        );
      }
      if (
        expectedSuggestion.title !== undefined &&
        !matches(suggestion.title, expectedSuggestion.title)
      ) {
        fail(
          `${where}, suggestion ${s}: title ${JSON.stringify(suggestion.title)} does not match ${String(expectedSuggestion.title)}`,
        );
      }
      const what = `${where}, suggestion "${suggestion.title}"`;
      if (!suggestion.title.trim()) fail(`${where}, suggestion ${s}: the title is empty`);
      const patch = patchSchema.safeParse(suggestion.patch);
      if (!patch.success) {
        fail(`${what}: the patch is not one the API accepts: ${patch.error.message}`);
      }
      const output = patched(testCase.chart, suggestion.patch, what);
      if (
        expectedSuggestion.output !== undefined &&
        JSON.stringify(output) !== JSON.stringify(expectedSuggestion.output)
      ) {
        fail(
          `${where}, suggestion ${s}: expected output\n${JSON.stringify(expectedSuggestion.output)}\ngot\n${JSON.stringify(output)}`,
        );
      }
      const after = findingsOf(rule, output, testCase.setting);
      const remaining = after.find(
        (finding) =>
          finding.positionIds[0] === actual.positionIds[0] &&
          severityRank[finding.severity] >= severityRank[actual.severity],
      );
      if (remaining !== undefined) {
        fail(`${what} did not resolve the finding:\n${show([remaining])}`);
      }
    });
  });
}

function patched(
  chart: Chart,
  patch: Finding['suggestions'][number]['patch'],
  what: string,
): Chart {
  let output: Chart;
  try {
    output = applyPatch(chart, patch);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    fail(`${what}: operation ${error.opIndex} does not apply: ${error.message}`);
  }
  const parsed = parseChart(output);
  if (!parsed.ok) {
    fail(`${what}: the patched chart is not a valid chart: ${JSON.stringify(parsed.issues)}`);
  }
  return output;
}

/**
 * The finding's message and titles, with their data, render in every language: a translation
 * that picks a plural by a value the rule passes as text fails here, not in a user's report.
 */
function rendersInEveryLanguage(rule: AnyRule, finding: Finding, where: string): void {
  const texts = [
    { messageId: finding.messageId ?? '', data: finding.data },
    ...finding.suggestions,
  ];
  for (const locale of locales) {
    for (const { messageId, data } of texts) {
      try {
        renderRuleMessage(rule, messageId, data, locale, ruleTranslations);
      } catch (error) {
        fail(`${where}: message "${messageId}" does not render in ${locale}: ${String(error)}`);
      }
    }
  }
}

/** Data equal key by key, whatever the order the rule wrote them in. */
function sameData(actual: MessageData, expected: MessageData): boolean {
  const keys = Object.keys(expected);
  return (
    keys.length === Object.keys(actual).length &&
    keys.every((key) => JSON.stringify(actual[key]) === JSON.stringify(expected[key]))
  );
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

function show(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `  ${f.severity} [${f.positionIds.join(', ')}] ${f.messageId} ${JSON.stringify(f.data)}: ${f.message}`,
    )
    .join('\n');
}

function fail(message: string): never {
  throw new Error(message);
}
