import type { Locale } from '../i18n/locales.js';
import type { MessageData } from '../i18n/message-data.js';
import { formatMessage, requiredPlaceholders } from '../i18n/message-format.js';
import type { RuleTranslations } from '../i18n/rule-catalogue.js';
import type { AnyRule } from './define-rule.js';

const empty: MessageData = Object.freeze({});

/**
 * A rule's message in the language asked for, after the checks ESLint makes of a rule's reports:
 * the id must be one the rule declares and the data must fill every placeholder the message
 * always needs. Both throw, naming the rule: a rule that says something undeclared is a bug, and
 * a translation cannot be found for it. A missing translation falls back to the rule's English
 * (the catalogue tests keep that from happening).
 */
export function renderRuleMessage(
  rule: AnyRule,
  messageId: string,
  data: MessageData | undefined,
  locale: Locale,
  translations: RuleTranslations | undefined,
): string {
  const english = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
  if (english === undefined) {
    throw new Error(`Rule "${rule.id}" reported message "${messageId}", which it does not declare`);
  }
  const values = data ?? empty;
  for (const name of requiredPlaceholders(english)) {
    if (!Object.hasOwn(values, name)) {
      throw new Error(
        `Rule "${rule.id}" reported message "${messageId}" without its placeholder "${name}"`,
      );
    }
  }
  const translated =
    locale === 'en' ? undefined : translations?.[locale]?.[rule.id]?.messages[messageId];
  // English text keeps English numbers and lists: "1,200" in an English sentence, not "1.200".
  return translated === undefined
    ? formatMessage('en', english, data)
    : formatMessage(locale, translated, data);
}
