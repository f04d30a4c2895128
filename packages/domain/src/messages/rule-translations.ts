import type { RuleTranslations } from '../i18n/rule-catalogue.js';
import { da } from './da.js';
import { nl } from './nl.js';

/** The default rules' texts in every language besides English, which the rules declare. */
export const ruleTranslations: RuleTranslations = { da, nl };
