import { describeRules, type Locale, type RuleDescription } from '@orgwise/domain';

const made = new Map<Locale, readonly RuleDescription[]>();

/**
 * The default rules' descriptions and rationales in a language, made once per language: each
 * description carries its options' JSON Schema, too much to rebuild on every render.
 */
export function ruleDescriptions(locale: Locale): readonly RuleDescription[] {
  let descriptions = made.get(locale);
  if (descriptions === undefined) {
    descriptions = describeRules({ locale });
    made.set(locale, descriptions);
  }
  return descriptions;
}
