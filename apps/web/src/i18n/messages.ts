import { defineMessages } from './catalogue.js';

/** The i18n layer's own texts: the language switch. */
export const messages = defineMessages({
  en: {
    language: 'Language',
    languageHint: 'The language of the editor, the findings and the fixes',
  },
  da: {
    language: 'Sprog',
    languageHint: 'Sproget i editoren, fundene og løsningerne',
  },
  nl: {
    language: 'Taal',
    languageHint: 'De taal van de editor, de bevindingen en de oplossingen',
  },
});
