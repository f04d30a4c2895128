import { formatMessage, type Locale, type MessageData } from '@orgwise/domain';
import { type CliMessageId, cliMessages } from './cli-messages.js';

/** Renders the CLI's texts in one language. */
export type CliText = (id: CliMessageId, data?: MessageData) => string;

export function cliText(locale: Locale): CliText {
  return (id, data) => formatMessage(locale, cliMessages[locale][id], data);
}
