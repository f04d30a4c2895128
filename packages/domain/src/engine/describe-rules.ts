import { z } from 'zod';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import type { RuleTranslations } from '../i18n/rule-catalogue.js';
import { cite } from '../sources/cite.js';
import type { RuleCategory } from './define-rule.js';
import type { RuleRegistry } from './rule-registry.js';
import type { Severity } from './types.js';

/** A rule's metadata as the API and the CLI publish it. */
export interface RuleDescription {
  id: string;
  description: string;
  /** What the rule checks: the chart's structure, the roles' lines, or its shape (spans, layers). */
  category: RuleCategory;
  defaultSeverity: Severity;
  rationale: string;
  suggests: boolean;
  /** JSON Schema of the options, or null when the rule takes none. */
  options: Record<string, unknown> | null;
  /** The options' default values, or null when the rule takes none. */
  defaults: Record<string, unknown> | null;
  sources: string[];
}

export interface DescribeRulesOptions {
  /** The language of descriptions and rationales (English by default). */
  locale?: Locale;
  translations?: RuleTranslations;
}

export function describeRulesOf(
  registry: RuleRegistry,
  { locale = defaultLocale, translations }: DescribeRulesOptions = {},
): RuleDescription[] {
  return registry.map((rule) => {
    const texts = locale === 'en' ? undefined : translations?.[locale]?.[rule.id];
    return {
      id: rule.id,
      description: texts?.description ?? rule.description,
      category: rule.category,
      defaultSeverity: rule.defaultSeverity,
      rationale: texts?.rationale ?? rule.rationale,
      suggests: rule.suggests,
      options:
        rule.options === undefined
          ? null
          : (z.toJSONSchema(rule.options, { io: 'input' }) as Record<string, unknown>),
      defaults:
        rule.options === undefined ? null : (rule.options.parse({}) as Record<string, unknown>),
      sources: cite(rule.sources),
    };
  });
}
