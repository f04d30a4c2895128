import { da } from './da.js';
import { type DeckMessageId, en } from './en.js';
import { nl } from './nl.js';

/** The languages a deck can be written in; English is the default. */
export const deckLocales = ['en', 'da', 'nl'] as const;
export type DeckLocale = (typeof deckLocales)[number];

/** One language's deck texts: every id English has, as ICU MessageFormat. */
export type DeckMessages = Readonly<Record<DeckMessageId, string>>;

export const deckMessages: Readonly<Record<DeckLocale, DeckMessages>> = { en, da, nl };
