import { defineMessages } from '../../i18n/catalogue.js';

/**
 * The rule options form's texts. `optionLabel` names the default rules' options; an option it
 * does not know (a rule added later) is shown by its name in words (`fallback`).
 */
export const ruleOptionMessages = defineMessages({
  en: {
    optionLabel:
      '{name, select, max {Most direct reports} frontlineMax {Most direct reports, frontline team} warnBelow {Warning below (employees)} infoBelow {Note below (employees)} minHeadcount {From (employees)} enterpriseCioFrom {Expect a CIO from (employees)} limits {Most layers by company size} below {Below (employees)} maxLayers {Most layers} other {{fallback}}}',
    advanced: 'Advanced: edit as JSON',
    applyJson: 'Apply JSON',
    addRow: 'Add a row',
    remove: 'Remove',
    removeRow: 'Remove row {row, number} of {field}',
    cell: '{field}, row {row, number}: {column}',
  },
  da: {
    optionLabel:
      '{name, select, max {Højst direkte medarbejdere} frontlineMax {Højst direkte medarbejdere, frontlinjeteam} warnBelow {Advarsel under (medarbejdere)} infoBelow {Bemærkning under (medarbejdere)} minHeadcount {Fra (medarbejdere)} enterpriseCioFrom {Forvent en CIO fra (medarbejdere)} limits {Højst antal niveauer efter virksomhedens størrelse} below {Under (medarbejdere)} maxLayers {Højst antal niveauer} other {{fallback}}}',
    advanced: 'Avanceret: redigér som JSON',
    applyJson: 'Anvend JSON',
    addRow: 'Tilføj en række',
    remove: 'Fjern',
    removeRow: 'Fjern række {row, number} i {field}',
    cell: '{field}, række {row, number}: {column}',
  },
  nl: {
    optionLabel:
      '{name, select, max {Maximaal aantal directe medewerkers} frontlineMax {Maximaal aantal directe medewerkers, uitvoerend team} warnBelow {Waarschuwing onder (medewerkers)} infoBelow {Opmerking onder (medewerkers)} minHeadcount {Vanaf (medewerkers)} enterpriseCioFrom {CIO verwacht vanaf (medewerkers)} limits {Maximaal aantal lagen naar bedrijfsgrootte} below {Onder (medewerkers)} maxLayers {Maximaal aantal lagen} other {{fallback}}}',
    advanced: 'Geavanceerd: bewerken als JSON',
    applyJson: 'JSON toepassen',
    addRow: 'Rij toevoegen',
    remove: 'Verwijderen',
    removeRow: 'Rij {row, number} van {field} verwijderen',
    cell: '{field}, rij {row, number}: {column}',
  },
});
