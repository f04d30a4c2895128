// The dates the editor shows, in the reader's own locale: one formatter each, made once.

/** "23 Nov 2026, 16:04": when something was saved or deleted. */
export const dateAndTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** "23 Nov 2026". */
export const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
