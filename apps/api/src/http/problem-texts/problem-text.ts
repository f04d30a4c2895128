import { formatMessage, type Locale, type MessageData } from '@orgwise/domain';
import { da } from './da.js';
import { en, type ProblemTextId } from './en.js';
import { nl } from './nl.js';

/** One language's problem texts: every id English has, as ICU MessageFormat. */
export type ProblemTexts = Readonly<Record<ProblemTextId, string>>;

export const problemTexts: Readonly<Record<Locale, ProblemTexts>> = { en, da, nl };

/** A problem's detail or an input error's message as an id and its values, rendered when sent. */
export interface ProblemText {
  id: ProblemTextId;
  data?: MessageData;
}

/** The text for `id`, to be rendered in the language the problem is answered in. */
export function problemText(id: ProblemTextId, data?: MessageData): ProblemText {
  return data === undefined ? { id } : { id, data };
}

export function renderProblemText(locale: Locale, text: ProblemText): string {
  return formatMessage(locale, problemTexts[locale][text.id], text.data);
}
