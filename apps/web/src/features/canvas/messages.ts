import { defineMessages } from '../../i18n/catalogue.js';

/** The canvas's texts: the cards, their badges, the legend and React Flow's controls. */
export const messages = defineMessages({
  en: {
    dropOnManager: 'To move a position, drop it onto its new manager.',
    legend: 'Legend',
    legendReports: 'Reports to',
    legendDotted: 'Dotted line',
    legendLoop: 'Reporting loop',
    untitled: 'Untitled position',
    vacant: 'Vacant',
    noHolder: 'No holder named',
    interim: 'Interim',
    cardRole: 'position',
    cardLabel:
      '{title}, {person}{roles, select, none {} other {, {roleCount, plural, one {role} other {roles}} {roles}}}{interim, select, yes {, interim} other {}}',
    markCycle: 'On a reporting loop; the loop is cut here to draw it.',
    markDuplicate: 'Shares its id with another position; edits go to the first one.',
    markUnknownManager: 'Reports to “{manager}”, which does not exist.',
    handleIn: 'Drag to a manager’s lower handle to set the manager',
    handleOut: 'Drag to another position’s upper handle to make it a report',
    showTeam: 'Show the team of {count, number} under {title}',
    hideTeam: 'Hide the team of {count, number} under {title}',
    badge:
      '{count, plural, one {# finding} other {# findings}}, the most serious: {worst, select, error {error} warning {warning} other {info}}',
  },
  da: {
    dropOnManager: 'Slip en stilling på dens nye leder for at flytte den.',
    legend: 'Signaturforklaring',
    legendReports: 'Refererer til',
    legendDotted: 'Stiplet linje',
    legendLoop: 'Rapporteringsløkke',
    untitled: 'Stilling uden titel',
    vacant: 'Ubesat',
    noHolder: 'Ingen indehaver angivet',
    interim: 'Konstitueret',
    cardRole: 'stilling',
    cardLabel:
      '{title}, {person}{roles, select, none {} other {, {roleCount, plural, one {rolle} other {roller}} {roles}}}{interim, select, yes {, konstitueret} other {}}',
    markCycle: 'Indgår i en rapporteringsløkke; løkken er brudt her for at kunne tegnes.',
    markDuplicate: 'Har samme id som en anden stilling; ændringer går til den første.',
    markUnknownManager: 'Refererer til “{manager}”, som ikke findes.',
    handleIn: 'Træk til en leders nederste håndtag for at vælge leder',
    handleOut: 'Træk til en anden stillings øverste håndtag for at gøre den til medarbejder',
    showTeam: 'Vis teamet på {count, number} under {title}',
    hideTeam: 'Skjul teamet på {count, number} under {title}',
    badge:
      '{count, plural, one {# fund} other {# fund}}, det alvorligste: {worst, select, error {fejl} warning {advarsel} other {bemærkning}}',
  },
  nl: {
    dropOnManager: 'Zet een functie neer op de nieuwe leidinggevende om haar te verplaatsen.',
    legend: 'Legenda',
    legendReports: 'Rapporteert aan',
    legendDotted: 'Stippellijn',
    legendLoop: 'Rapportagelus',
    untitled: 'Functie zonder titel',
    vacant: 'Vacant',
    noHolder: 'Geen functiehouder genoemd',
    interim: 'Interim',
    cardRole: 'functie',
    cardLabel:
      '{title}, {person}{roles, select, none {} other {, {roleCount, plural, one {rol} other {rollen}} {roles}}}{interim, select, yes {, interim} other {}}',
    markCycle: 'Ligt op een rapportagelus; de lus is hier doorgeknipt om haar te tekenen.',
    markDuplicate: 'Heeft dezelfde id als een andere functie; wijzigingen gaan naar de eerste.',
    markUnknownManager: 'Rapporteert aan “{manager}”, die niet bestaat.',
    handleIn: 'Sleep naar de onderste greep van een leidinggevende om die in te stellen',
    handleOut: 'Sleep naar de bovenste greep van een andere functie om die hieronder te plaatsen',
    showTeam: 'Toon het team van {count, number} onder {title}',
    hideTeam: 'Verberg het team van {count, number} onder {title}',
    badge:
      '{count, plural, one {# bevinding} other {# bevindingen}}, de ernstigste: {worst, select, error {fout} warning {waarschuwing} other {opmerking}}',
  },
});
