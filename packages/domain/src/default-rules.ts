import type { Chart } from './chart/schema.js';
import {
  type DescribeRulesOptions,
  describeRulesOf,
  type RuleDescription,
} from './engine/describe-rules.js';
import type { RuleRegistry } from './engine/rule-registry.js';
import { type ParsedRuleSettings, parseRuleSettingsWith } from './engine/settings.js';
import type { ValidationReport } from './engine/types.js';
import { type ValidateOptions, validateWith } from './engine/validate.js';
import { ruleTranslations } from './messages/rule-translations.js';
import { rules } from './rules/index.js';

// The engine with the default rules: the package's public validate, parseRuleSettings and
// describeRules (contract §2). The engine takes its rules as input so that it need not import the
// rules, which import it.

/**
 * Runs the default rules (or `options.ruleSet`) over the chart; see validateWith.
 */
export function validate(chart: Chart, options: ValidateOptions = {}): ValidationReport {
  return validateWith(rules, chart, { translations: ruleTranslations, ...options });
}

/** Checks rule settings against the default rules, or against `ruleSet` when given. */
export function parseRuleSettings(
  input: unknown,
  ruleSet: RuleRegistry = rules,
): ParsedRuleSettings {
  return parseRuleSettingsWith(ruleSet, input);
}

/** Every default rule's metadata, as the API and the CLI publish it, in `options.locale`. */
export function describeRules(options: DescribeRulesOptions = {}): RuleDescription[] {
  return describeRulesOf(rules, { translations: ruleTranslations, ...options });
}
