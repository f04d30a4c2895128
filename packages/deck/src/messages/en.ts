/**
 * Every text a deck shows besides what the caller gives it (names, findings, the delta sentence),
 * by id, as ICU MessageFormat. English is the source: the other languages must have the same ids
 * and placeholders (`deck-messages.test.ts`).
 */
export const en = {
  restructuringOptions: 'Restructuring options',
  untitledWorkspace: 'Untitled workspace',
  untitledOption: 'Untitled option',
  untitledPosition: 'Untitled position',
  preparedFor: 'Prepared for {client}',
  optionsInDeck: 'Options in this deck',
  andMore: 'and {count, number} more',
  keyMetrics: 'Key metrics',
  positions: 'Positions',
  layers: 'Management layers',
  largestSpan: 'Largest span',
  meanSpan: 'Mean span',
  executiveTeam: 'Executive team',
  vacancies: 'Vacancies',
  interimRoles: 'Interim roles',
  errorsRow: 'Errors',
  warningsRow: 'Warnings',
  infosRow: 'Info findings',
  findings: 'Findings',
  finding: 'Finding',
  noFindings: 'No findings.',
  severityCount:
    '{severity, select, error {{count, plural, one {# error} other {# errors}}} warning {{count, plural, one {# warning} other {# warnings}}} other {{count, plural, other {# info}}}}',
  noErrorsOrWarnings: 'No errors or warnings; {breakdown}.',
  andMoreFindings: 'And {count, number} more: {breakdown}.',
  severity: '{severity, select, error {Error} warning {Warning} other {Info}}',
  change: '{change, select, added {Added} moved {Moved} retitled {Retitled} other {Role changed}}',
  vacant: 'Vacant',
  dottedLine: 'Dotted line',
  interim: 'Interim',
  holderInterim: '{holder} (interim)',
  reportsTo: 'Reports to {title}',
  managerPart: ', part {part, number}',
  teamIn: 'Team in {parts}',
  onePart: 'part {part}',
  someParts: 'parts {parts}',
  partsAndMore: 'parts {parts} and {count, number} more',
  noPositions: 'This option has no positions on its chart yet.',
  fullWidthNext: 'Too small to read beside the findings: shown full width on the next slide.',
  inParts:
    'Too large to read on one slide: shown in {count, number} parts on the next slides; each number marks where its part starts.',
  fullChart: '(full chart)',
  partOf: '({part, number} of {count, number})',
  sideBySide: 'Options side by side',
  comparedWith: 'Compared with {name}',
} as const;

export type DeckMessageId = keyof typeof en;
