import { defineMessages } from '../i18n/catalogue.js';

/** What the store says in the status line after an edit. Positions are named quoted (“CTO”). */
export const messages = defineMessages({
  en: {
    stepDropped: 'Part of that step no longer applies: {reason}.',
    addedTop: 'Added {position} as a new top of the chart.',
    addedUnder: 'Added {position} under {manager}.',
    movedTop: '{position} is now a top of the chart.',
    moved: '{position} now reports to {manager}.',
    removed: 'Removed {position}; its reports now report to {manager}.',
    removedTop: 'Removed {position}; its reports now report to nobody (they are tops now).',
    copied:
      'Copied {position}{others, plural, =0 {} one { with a team of #} other { with a team of #}}. Select a manager and paste with Ctrl+V.',
    nothingToPaste: 'Nothing to paste: copy a position first (Ctrl+C).',
    pasted: '{count, plural, one {Pasted a copy.} other {Pasted a team of #.}}',
    settingsReset: 'The saved rule settings were not valid and were reset: {issues}',
  },
  da: {
    stepDropped: 'En del af det trin gælder ikke længere: {reason}.',
    addedTop: 'Tilføjede {position} som en ny top i diagrammet.',
    addedUnder: 'Tilføjede {position} under {manager}.',
    movedTop: '{position} er nu en top i diagrammet.',
    moved: '{position} refererer nu til {manager}.',
    removed: 'Fjernede {position}; dens medarbejdere refererer nu til {manager}.',
    removedTop:
      'Fjernede {position}; dens medarbejdere refererer nu ikke til nogen (de er toppe nu).',
    copied:
      'Kopierede {position}{others, plural, =0 {} one { med et team på #} other { med et team på #}}. Vælg en leder, og indsæt med Ctrl+V.',
    nothingToPaste: 'Intet at indsætte: kopiér først en stilling (Ctrl+C).',
    pasted: '{count, plural, one {Indsatte en kopi.} other {Indsatte et team på #.}}',
    settingsReset: 'De gemte regelindstillinger var ugyldige og er nulstillet: {issues}',
  },
  nl: {
    stepDropped: 'Een deel van die stap is niet meer van toepassing: {reason}.',
    addedTop: '{position} toegevoegd als nieuwe top van het organogram.',
    addedUnder: '{position} toegevoegd onder {manager}.',
    movedTop: '{position} is nu een top van het organogram.',
    moved: '{position} rapporteert nu aan {manager}.',
    removed: '{position} verwijderd; de medewerkers rapporteren nu aan {manager}.',
    removedTop:
      '{position} verwijderd; de medewerkers rapporteren nu aan niemand (ze zijn nu toppen).',
    copied:
      '{position} gekopieerd{others, plural, =0 {} one { met een team van #} other { met een team van #}}. Selecteer een leidinggevende en plak met Ctrl+V.',
    nothingToPaste: 'Niets om te plakken: kopieer eerst een functie (Ctrl+C).',
    pasted: '{count, plural, one {Een kopie geplakt.} other {Een team van # geplakt.}}',
    settingsReset: 'De opgeslagen regelinstellingen waren ongeldig en zijn teruggezet: {issues}',
  },
});
