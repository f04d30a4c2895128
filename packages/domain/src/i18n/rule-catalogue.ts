import type { Locale } from './locales.js';
import type { Messages } from './message-data.js';

/** A rule's texts in one language: what the rule declares in English, translated. */
export interface RuleTexts {
  description: string;
  /** Why the rule exists ("why this matters"). */
  rationale: string;
  /** The rule's messages by id (findings and suggestion titles), ICU MessageFormat. */
  messages: Messages;
}

/** One language's texts of every rule, by rule id. */
export type RuleCatalogue = Readonly<Record<string, RuleTexts>>;

/** The translations the engine may render in; English is the rules' own text. */
export type RuleTranslations = Readonly<Partial<Record<Exclude<Locale, 'en'>, RuleCatalogue>>>;
