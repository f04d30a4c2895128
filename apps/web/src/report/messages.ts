import { defineMessages } from '../i18n/catalogue.js';

export const messages = defineMessages({
  en: { uncheckable: 'The chart could not be checked: {reason}' },
  da: { uncheckable: 'Diagrammet kunne ikke kontrolleres: {reason}' },
  nl: { uncheckable: 'Het organogram kon niet worden gecontroleerd: {reason}' },
});
