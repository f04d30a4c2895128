import type { DeckMessages } from './deck-messages.js';

// Dutch as a Dutch adviser writes a presentation for a raad van bestuur: "rapporteert aan" for
// reporting lines, "organogram" for the chart, "leidingspanne" for the span of control.
export const nl: DeckMessages = {
  restructuringOptions: 'Opties voor herstructurering',
  untitledWorkspace: 'Werkruimte zonder naam',
  untitledOption: 'Optie zonder naam',
  untitledPosition: 'Functie zonder titel',
  preparedFor: 'Opgesteld voor {client}',
  optionsInDeck: 'Opties in deze presentatie',
  andMore: 'en nog {count, number}',
  keyMetrics: 'Kerncijfers',
  positions: 'Functies',
  layers: 'Managementlagen',
  largestSpan: 'Grootste leidingspanne',
  meanSpan: 'Gemiddelde leidingspanne',
  executiveTeam: 'Directieteam',
  vacancies: 'Vacatures',
  interimRoles: 'Interimrollen',
  errorsRow: 'Fouten',
  warningsRow: 'Waarschuwingen',
  infosRow: 'Opmerkingen',
  findings: 'Bevindingen',
  finding: 'Bevinding',
  noFindings: 'Geen bevindingen.',
  severityCount:
    '{severity, select, error {{count, plural, one {# fout} other {# fouten}}} warning {{count, plural, one {# waarschuwing} other {# waarschuwingen}}} other {{count, plural, one {# opmerking} other {# opmerkingen}}}}',
  noErrorsOrWarnings: 'Geen fouten of waarschuwingen; {breakdown}.',
  andMoreFindings: 'En nog {count, number}: {breakdown}.',
  severity: '{severity, select, error {Fout} warning {Waarschuwing} other {Opmerking}}',
  change:
    '{change, select, added {Toegevoegd} moved {Verplaatst} retitled {Nieuwe titel} other {Rol gewijzigd}}',
  vacant: 'Vacant',
  dottedLine: 'Stippellijn',
  interim: 'Interim',
  holderInterim: '{holder} (a.i.)',
  reportsTo: 'Rapporteert aan {title}',
  managerPart: ', deel {part, number}',
  teamIn: 'Team verder in {parts}',
  onePart: 'deel {part}',
  someParts: 'delen {parts}',
  partsAndMore: 'delen {parts} en nog {count, number}',
  noPositions: 'Deze optie heeft nog geen functies in het organogram.',
  fullWidthNext:
    'Te klein om naast de bevindingen te lezen: op de volgende dia over de volle breedte.',
  inParts:
    'Te groot voor één dia: verdeeld over {count, number} delen op de volgende dia’s; elk nummer geeft aan waar zijn deel begint.',
  fullChart: '(volledig organogram)',
  partOf: '({part, number} van {count, number})',
  sideBySide: 'Opties naast elkaar',
  comparedWith: 'Vergeleken met {name}',
};
