import { defineMessages } from '../../i18n/catalogue.js';

/** The history buttons' texts, keyed by the `@orgwise/editor` command they perform. */
export const messages = defineMessages({
  en: { history: 'History', undo: 'Undo', redo: 'Redo', withShortcut: '{label} ({shortcut})' },
  da: {
    history: 'Historik',
    undo: 'Fortryd',
    redo: 'Gentag',
    withShortcut: '{label} ({shortcut})',
  },
  nl: {
    history: 'Geschiedenis',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    withShortcut: '{label} ({shortcut})',
  },
});
