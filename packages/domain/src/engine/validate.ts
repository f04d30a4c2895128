import { ChartAnalysis } from '../chart/analysis.js';
import { deepFreeze } from '../chart/deep-freeze.js';
import { computeMetrics } from '../chart/metrics.js';
import type { Chart } from '../chart/schema.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import type { RuleTranslations } from '../i18n/rule-catalogue.js';
import { cite } from '../sources/cite.js';
import type { AnyRule, RuleCategory, RuleReport } from './define-rule.js';
import { renderRuleMessage } from './rule-messages.js';
import type { RuleRegistry } from './rule-registry.js';
import { parseRuleSettingsWith, type RuleSettings, RuleSettingsError } from './settings.js';
import type { Finding, Severity, ValidationReport } from './types.js';

export interface ValidateOptions {
  /** ESLint-shaped settings; throws RuleSettingsError when they are invalid (check them first with parseRuleSettings). */
  rules?: RuleSettings;
  /** Rules to run instead of the registry's (RuleTester runs one); `rules` may configure only these. */
  ruleSet?: RuleRegistry;
  /**
   * An analysis of this same chart object, made since it last changed, for a caller that needs one
   * anyway (the editor lays the chart out from it): validating then skips making its own, most of
   * its cost. An analysis of another chart object is ignored.
   */
  analysis?: ChartAnalysis;
  /**
   * The language of messages and suggestion titles (English by default); `matchLocale` finds it
   * for a requested tag such as 'da-DK'. Message ids and data are the same in every language.
   */
  locale?: Locale;
  /** The rules' texts in other languages; the default rules come with Danish and Dutch. */
  translations?: RuleTranslations;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const categoryOrder: Record<RuleCategory, number> = { structure: 0, roles: 1, shape: 2 };

const citations = new WeakMap<AnyRule, string[]>();
function citationsOf(rule: AnyRule): string[] {
  let list = citations.get(rule);
  if (list === undefined) {
    list = cite(rule.sources);
    citations.set(rule, list);
  }
  return list;
}

const defaultOptions = new WeakMap<AnyRule, unknown>();
/**
 * A rule's options when nobody set them: what its schema makes of `{}`, made once per rule and
 * frozen (rules read their options; one that wrote to them would share the change), instead of
 * a schema parse per rule on every validation.
 */
function defaultOptionsOf(rule: AnyRule): unknown {
  if (rule.options === undefined) return undefined;
  let options = defaultOptions.get(rule);
  if (options === undefined) {
    options = deepFreeze(rule.options.parse({}));
    defaultOptions.set(rule, options);
  }
  return options;
}

/**
 * Runs every enabled rule of `registry` over the chart and returns the findings, most important first: by
 * severity (errors first); then the chart's integrity before roles and lines before spans and
 * layers; then by the rank of the primary position (the board and the CEO, then the executives,
 * directors, managers) and how high it sits; then by chart order, rule id and message, so that the
 * same chart always gives the same report. In a 750-row export the executive line that matters
 * comes before the frontline spans.
 *
 * A suggestion of a rule about roles is kept only when the roles of every position it involves
 * rest on a sure reading (set explicitly, or read from a title without mended typos or ambiguous
 * words): a one-click fix must not act on a guess.
 */
export function validateWith(
  registry: RuleRegistry,
  chart: Chart,
  options: ValidateOptions = {},
): ValidationReport {
  const ruleSet = options.ruleSet ?? registry;
  const parsed = parseRuleSettingsWith(ruleSet, options.rules);
  if (!parsed.ok) throw new RuleSettingsError(parsed.issues);
  const analysis = options.analysis?.chart === chart ? options.analysis : new ChartAnalysis(chart);
  const collected: { finding: Finding; primary: number; order: number[] }[] = [];
  const locale = options.locale ?? defaultLocale;
  const translations = options.translations;

  for (const rule of ruleSet) {
    const setting = parsed.settings.get(rule.id);
    const level = setting?.level ?? rule.defaultSeverity;
    if (level === 'off') continue;
    const ruleOptions = setting?.options ?? defaultOptionsOf(rule);
    rule.check({
      chart,
      company: chart.company,
      analysis,
      options: ruleOptions,
      report(report: RuleReport) {
        if (!rule.suggests && report.suggestions !== undefined && report.suggestions.length > 0) {
          throw new Error(
            `Rule "${rule.id}" reported suggestions but does not declare suggests: true`,
          );
        }
        for (const index of report.positions) {
          if (!Number.isInteger(index) || index < 0 || index >= analysis.size) {
            throw new Error(
              `Rule "${rule.id}" reported position ${index}, but the chart has ${analysis.size} positions`,
            );
          }
        }
        const sure =
          rule.category !== 'roles' || report.positions.every((index) => analysis.isSure(index));
        const message = renderRuleMessage(
          rule,
          report.messageId,
          report.data,
          locale,
          translations,
        );
        const suggestions = sure
          ? (report.suggestions ?? []).map((suggestion) => ({
              title: renderRuleMessage(
                rule,
                suggestion.messageId,
                suggestion.data,
                locale,
                translations,
              ),
              messageId: suggestion.messageId,
              data: suggestion.data ?? {},
              patch: suggestion.patch,
            }))
          : [];
        const severity = setting?.explicit ? level : (report.severity ?? level);
        const primary = report.positions[0];
        collected.push({
          primary: primary ?? Number.MAX_SAFE_INTEGER,
          order: [
            severityOrder[severity],
            categoryOrder[rule.category],
            primary === undefined ? 0 : -analysis.rankOf(primary),
            primary === undefined ? 0 : analysis.layerOf(primary),
          ],
          finding: {
            ruleId: rule.id,
            severity,
            message,
            messageId: report.messageId,
            data: report.data ?? {},
            positionIds: report.positions.map((index) => analysis.id(index)),
            // A copy per finding: a caller editing one finding must not change the others.
            sources:
              report.sources === undefined ? citationsOf(rule).slice() : cite(report.sources),
            suggestions,
          },
        });
      },
    });
  }

  collected.sort(
    (a, b) =>
      compareOrder(a.order, b.order) ||
      a.primary - b.primary ||
      compare(a.finding.ruleId, b.finding.ruleId) ||
      compare(a.finding.message, b.finding.message),
  );
  const findings = collected.map((entry) => entry.finding);
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return { findings, summary, metrics: computeMetrics(analysis) };
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
