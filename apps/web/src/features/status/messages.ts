import { defineMessages } from '../../i18n/catalogue.js';

export const messages = defineMessages({
  en: { dismiss: 'Dismiss this message' },
  da: { dismiss: 'Luk denne besked' },
  nl: { dismiss: 'Dit bericht sluiten' },
});
