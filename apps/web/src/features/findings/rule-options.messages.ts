import { defineMessages } from '../../i18n/catalogue.js';

/**
 * The rule options form's texts. `optionLabel` names the default rules' options (`row_<name>` a
 * column of a table of them); an option it does not know (a rule added later) is shown by its
 * name in words (`fallback`).
 */
export const ruleOptionMessages = defineMessages({
  en: {
    optionLabel:
      '{name, select, max {Most direct reports} frontlineMax {Most direct reports, frontline team} warnBelow {Warning below (employees)} infoBelow {Note below (employees)} minHeadcount {From (employees)} enterpriseCioFrom {Expect a CIO from (employees)} limits {Most layers by company size} row_below {Below (employees)} row_maxLayers {Most layers} maxLayers {Most layers, larger companies} other {{fallback}}}',
    advanced: 'Advanced: edit as JSON',
    applyJson: 'Apply JSON',
    addRow: 'Add a row',
    remove: 'Remove',
    removeRow: 'Remove row {row, number} of {field}',
    cell: '{field}, row {row, number}: {column}',
  },
  da: {
    optionLabel:
      '{name, select, max {Højst direkte medarbejdere} frontlineMax {Højst direkte medarbejdere, frontlinjeteam} warnBelow {Advarsel under (medarbejdere)} infoBelow {Bemærkning under (medarbejdere)} minHeadcount {Fra (medarbejdere)} enterpriseCioFrom {Forvent en CIO fra (medarbejdere)} limits {Højst antal niveauer efter virksomhedens størrelse} row_below {Under (medarbejdere)} row_maxLayers {Højst antal niveauer} maxLayers {Højst antal niveauer, større virksomheder} other {{fallback}}}',
    advanced: 'Avanceret: redigér som JSON',
    applyJson: 'Anvend JSON',
    addRow: 'Tilføj en række',
    remove: 'Fjern',
    removeRow: 'Fjern række {row, number} i {field}',
    cell: '{field}, række {row, number}: {column}',
  },
  nl: {
    optionLabel:
      '{name, select, max {Maximaal aantal directe medewerkers} frontlineMax {Maximaal aantal directe medewerkers, uitvoerend team} warnBelow {Waarschuwing onder (medewerkers)} infoBelow {Opmerking onder (medewerkers)} minHeadcount {Vanaf (medewerkers)} enterpriseCioFrom {CIO verwacht vanaf (medewerkers)} limits {Maximaal aantal lagen naar bedrijfsgrootte} row_below {Onder (medewerkers)} row_maxLayers {Maximaal aantal lagen} maxLayers {Maximaal aantal lagen, grotere bedrijven} other {{fallback}}}',
    advanced: 'Geavanceerd: bewerken als JSON',
    applyJson: 'JSON toepassen',
    addRow: 'Rij toevoegen',
    remove: 'Verwijderen',
    removeRow: 'Rij {row, number} van {field} verwijderen',
    cell: '{field}, rij {row, number}: {column}',
  },
});
