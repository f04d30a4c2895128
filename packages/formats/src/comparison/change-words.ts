import type { DiffRowChange } from '@orgwise/domain';

/**
 * A change between two options in words. The compare view and the comparison CSV say the same, so
 * that a client reading the spreadsheet finds the words they saw on screen.
 */
export const changeWords: Readonly<Record<DiffRowChange, string>> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  retitled: 'Retitled',
  reroled: 'Roles changed',
  'holder-changed': 'Holder changed',
  'vacancy-changed': 'Vacancy changed',
  'interim-changed': 'Interim changed',
  'dotted-line-added': 'Dotted line added',
  'dotted-line-removed': 'Dotted line removed',
};
