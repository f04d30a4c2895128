import { defineMessages } from '../../i18n/catalogue.js';
import type { Translate } from '../../i18n/translate.js';

/**
 * The import and export controls' and dialogs' texts. A chart export format's label and
 * description are keyed by its id in `@orgwise/formats` (`<id>.label`, `<id>.description`), a CSV
 * column by its mapped field (`field.<name>`, `hint.<name>`).
 */
export const messages = defineMessages({
  en: {
    import: 'Import…',
    importInput:
      'Choose a file to import: chart JSON, CSV, Excel, or a SCIM, Microsoft Graph or Google Directory export',
    export: 'Export',
    exportMenu: 'Export the chart as',
    undoHint: '{message} Undo brings the previous chart back.',
    imported:
      'Imported {count, plural, one {# position} other {# positions}} from {file}.{unmapped, plural, =0 {} one { # part of the file could not be mapped.} other { # parts of the file could not be mapped.}}',
    unexpected: 'Unexpected error: {reason}',
    drawing: 'Drawing the {format}…',
    exported: 'Exported {count, plural, one {# position} other {# positions}} to {file}.',
    exportedPicture: 'Exported the chart to {file}.',
    collapsedNote: 'Collapsed teams are drawn collapsed; expand them first to include them.',
    notImported: '{file} could not be imported',
    notExported: 'The {format} could not be exported',
    close: 'Close',
    cancel: 'Cancel',
    nothingChanged: 'Nothing was changed. Fix the file and import it again.',
    blocking: '{count, plural, one {# problem} other {# problems}} to fix before the import:',
    moreErrors: '…and {count, number} more of the same kinds.',
    issuesTitle: '{file}: what could not be mapped',
    issuesIntro:
      'The chart was imported. These parts of the file were left out or changed; fix them in the directory and import again to keep them.',
    issuesSummary: '{count, plural, one {# part of the file:} other {# parts of the file:}}',
    csvTitle: 'Import {file}',
    csvRows:
      '{count, plural, one {# row} other {# rows}} {delimiter, select, sheet {in the first sheet} comma {separated by commas} semicolon {separated by semicolons} tab {separated by tabs} pipe {separated by pipes} other {separated by “{character}”}}. Choose which column holds what. The import replaces the positions and dotted lines on the canvas; the company details stay, and Undo brings the old chart back.',
    columns: 'Columns',
    chooseColumn: 'Choose a column',
    notInFile: 'Not in the file',
    previewCaption:
      '{count, plural, one {The first row as it will be imported} other {The first # rows as they will be imported}}',
    row: 'Row',
    rolesRecognised: 'Roles (recognised)',
    importRows: 'Import {count, plural, one {# position} other {# positions}}',
    'field.id': 'Id',
    'field.title': 'Title',
    'field.holder': 'Holder (person)',
    'field.reportsTo': 'Reports to',
    'field.roles': 'Roles',
    'field.vacant': 'Vacant',
    'field.interim': 'Interim',
    'field.department': 'Department',
    'field.location': 'Location',
    'field.employeeNumber': 'Employee number',
    'field.fte': 'FTE',
    'field.cost': 'Cost',
    'hint.id':
      'Without one, ids are made from the titles and “reports to” names the manager’s title or holder.',
    'hint.title': 'Required.',
    'hint.reportsTo': 'The manager’s id, or their title or name when that names one position.',
    'hint.roles': 'Without one, roles are recognised from the titles.',
    'hint.yesNo': 'yes/no, true/false, 1/0, ja/nej, ja/nee',
    'hint.kept': 'Kept on the position.',
    'hint.fte': 'A number: 1 for full time, 0.8 or 80%.',
    'hint.cost': 'A number, in the currency of the file.',
    'chart-json.label': 'JSON',
    'chart-json.description': 'Everything in the chart; imports back exactly.',
    'chart-csv.label': 'CSV',
    'chart-csv.description': 'A row per position, for Excel and HR systems.',
    'chart-xlsx.label': 'Excel workbook',
    'chart-xlsx.description': 'A row per position, for Excel; import maps the columns as for CSV.',
    'chart-png.label': 'PNG image',
    'chart-png.description': 'The whole chart as a picture, for slides and e-mail.',
    'chart-svg.label': 'SVG image',
    'chart-svg.description': 'The whole chart, sharp at any size, for print.',
    'chart-drawio.label': 'draw.io diagram',
    'chart-drawio.description': 'The chart as cards and lines to edit in draw.io (diagrams.net).',
    'chart-mmd.label': 'Mermaid flowchart',
    'chart-mmd.description': 'The chart as a Mermaid flowchart, for wikis and Markdown.',
    noCanvas: 'The chart canvas is not shown, so there is nothing to draw.',
    notDrawn: 'The image could not be drawn ({reason}). Try SVG instead.',
  },
  da: {
    import: 'Importér…',
    importInput:
      'Vælg en fil at importere: diagram-JSON, CSV, Excel eller et udtræk fra SCIM, Microsoft Graph eller Google Directory',
    export: 'Eksportér',
    exportMenu: 'Eksportér diagrammet som',
    undoHint: '{message} Fortryd henter det forrige diagram tilbage.',
    imported:
      'Importerede {count, plural, one {# stilling} other {# stillinger}} fra {file}.{unmapped, plural, =0 {} one { # del af filen kunne ikke overføres.} other { # dele af filen kunne ikke overføres.}}',
    unexpected: 'Uventet fejl: {reason}',
    drawing: 'Tegner {format}…',
    exported: 'Eksporterede {count, plural, one {# stilling} other {# stillinger}} til {file}.',
    exportedPicture: 'Eksporterede diagrammet til {file}.',
    collapsedNote: 'Sammenfoldede teams tegnes sammenfoldet; fold dem ud først for at få dem med.',
    notImported: '{file} kunne ikke importeres',
    notExported: '{format} kunne ikke eksporteres',
    close: 'Luk',
    cancel: 'Annuller',
    nothingChanged: 'Intet blev ændret. Ret filen, og importér den igen.',
    blocking: '{count, plural, one {# problem} other {# problemer}} skal rettes før importen:',
    moreErrors: '…og {count, number} flere af samme slags.',
    issuesTitle: '{file}: det, der ikke kunne overføres',
    issuesIntro:
      'Diagrammet blev importeret. Disse dele af filen blev udeladt eller ændret; ret dem i kataloget, og importér igen for at beholde dem.',
    issuesSummary: '{count, plural, one {# del af filen:} other {# dele af filen:}}',
    csvTitle: 'Importér {file}',
    csvRows:
      '{count, plural, one {# række} other {# rækker}} {delimiter, select, sheet {i det første ark} comma {adskilt af kommaer} semicolon {adskilt af semikoloner} tab {adskilt af tabulatorer} pipe {adskilt af lodrette streger} other {adskilt af “{character}”}}. Vælg, hvilken kolonne der indeholder hvad. Importen erstatter stillingerne og de stiplede linjer på lærredet; virksomhedsoplysningerne bliver, og Fortryd henter det gamle diagram tilbage.',
    columns: 'Kolonner',
    chooseColumn: 'Vælg en kolonne',
    notInFile: 'Ikke i filen',
    previewCaption:
      '{count, plural, one {Den første række, som den bliver importeret} other {De første # rækker, som de bliver importeret}}',
    row: 'Række',
    rolesRecognised: 'Roller (genkendt)',
    importRows: 'Importér {count, plural, one {# stilling} other {# stillinger}}',
    'field.id': 'Id',
    'field.title': 'Titel',
    'field.holder': 'Indehaver (person)',
    'field.reportsTo': 'Refererer til',
    'field.roles': 'Roller',
    'field.vacant': 'Ubesat',
    'field.interim': 'Konstitueret',
    'field.department': 'Afdeling',
    'field.location': 'Lokation',
    'field.employeeNumber': 'Medarbejdernummer',
    'field.fte': 'Årsværk',
    'field.cost': 'Omkostning',
    'hint.id':
      'Uden en id-kolonne laves id’erne ud fra titlerne, og “refererer til” angiver lederens titel eller indehaver.',
    'hint.title': 'Skal udfyldes.',
    'hint.reportsTo':
      'Lederens id, eller lederens titel eller navn, når det kun passer på én stilling.',
    'hint.roles': 'Uden en rollekolonne genkendes rollerne ud fra titlerne.',
    'hint.yesNo': 'ja/nej, yes/no, true/false, 1/0, ja/nee',
    'hint.kept': 'Gemmes på stillingen.',
    'hint.fte': 'Et tal: 1 for fuld tid, 0,8 eller 80 %.',
    'hint.cost': 'Et tal i filens valuta.',
    'chart-json.label': 'JSON',
    'chart-json.description': 'Alt i diagrammet; kan importeres igen uden tab.',
    'chart-csv.label': 'CSV',
    'chart-csv.description': 'En række pr. stilling, til Excel og HR-systemer.',
    'chart-xlsx.label': 'Excel-projektmappe',
    'chart-xlsx.description':
      'En række pr. stilling, til Excel; ved import overføres kolonnerne som for CSV.',
    'chart-png.label': 'PNG-billede',
    'chart-png.description': 'Hele diagrammet som et billede, til slides og e-mail.',
    'chart-svg.label': 'SVG-billede',
    'chart-svg.description': 'Hele diagrammet, skarpt i enhver størrelse, til tryk.',
    'chart-drawio.label': 'draw.io-diagram',
    'chart-drawio.description':
      'Diagrammet som kort og linjer, der kan redigeres i draw.io (diagrams.net).',
    'chart-mmd.label': 'Mermaid-flowchart',
    'chart-mmd.description': 'Diagrammet som et Mermaid-flowchart, til wikier og Markdown.',
    noCanvas: 'Diagrammets lærred vises ikke, så der er intet at tegne.',
    notDrawn: 'Billedet kunne ikke tegnes ({reason}). Prøv SVG i stedet.',
  },
  nl: {
    import: 'Importeren…',
    importInput:
      'Kies een bestand om te importeren: organogram-JSON, CSV, Excel, of een export uit SCIM, Microsoft Graph of Google Directory',
    export: 'Exporteren',
    exportMenu: 'Het organogram exporteren als',
    undoHint: '{message} Ongedaan maken haalt het vorige organogram terug.',
    imported:
      '{count, plural, one {# functie} other {# functies}} geïmporteerd uit {file}.{unmapped, plural, =0 {} one { # deel van het bestand kon niet worden overgenomen.} other { # delen van het bestand konden niet worden overgenomen.}}',
    unexpected: 'Onverwachte fout: {reason}',
    drawing: '{format} wordt getekend…',
    exported: '{count, plural, one {# functie} other {# functies}} geëxporteerd naar {file}.',
    exportedPicture: 'Het organogram is geëxporteerd naar {file}.',
    collapsedNote:
      'Ingeklapte teams worden ingeklapt getekend; klap ze eerst uit om ze mee te nemen.',
    notImported: '{file} kon niet worden geïmporteerd',
    notExported: '{format} kon niet worden geëxporteerd',
    close: 'Sluiten',
    cancel: 'Annuleren',
    nothingChanged: 'Er is niets gewijzigd. Herstel het bestand en importeer het opnieuw.',
    blocking:
      '{count, plural, one {# probleem} other {# problemen}} om op te lossen vóór de import:',
    moreErrors: '…en nog {count, number} van dezelfde soort.',
    issuesTitle: '{file}: wat niet kon worden overgenomen',
    issuesIntro:
      'Het organogram is geïmporteerd. Deze delen van het bestand zijn weggelaten of gewijzigd; herstel ze in de directory en importeer opnieuw om ze te behouden.',
    issuesSummary:
      '{count, plural, one {# deel van het bestand:} other {# delen van het bestand:}}',
    csvTitle: '{file} importeren',
    csvRows:
      '{count, plural, one {# rij} other {# rijen}} {delimiter, select, sheet {in het eerste werkblad} comma {gescheiden door komma’s} semicolon {gescheiden door puntkomma’s} tab {gescheiden door tabs} pipe {gescheiden door verticale strepen} other {gescheiden door “{character}”}}. Kies welke kolom wat bevat. De import vervangt de functies en stippellijnen op het canvas; de bedrijfsgegevens blijven, en Ongedaan maken haalt het oude organogram terug.',
    columns: 'Kolommen',
    chooseColumn: 'Kies een kolom',
    notInFile: 'Niet in het bestand',
    previewCaption:
      '{count, plural, one {De eerste rij zoals die wordt geïmporteerd} other {De eerste # rijen zoals ze worden geïmporteerd}}',
    row: 'Rij',
    rolesRecognised: 'Rollen (herkend)',
    importRows: '{count, plural, one {# functie} other {# functies}} importeren',
    'field.id': 'Id',
    'field.title': 'Titel',
    'field.holder': 'Functiehouder (persoon)',
    'field.reportsTo': 'Rapporteert aan',
    'field.roles': 'Rollen',
    'field.vacant': 'Vacant',
    'field.interim': 'Interim',
    'field.department': 'Afdeling',
    'field.location': 'Locatie',
    'field.employeeNumber': 'Personeelsnummer',
    'field.fte': 'Fte',
    'field.cost': 'Kosten',
    'hint.id':
      'Zonder id-kolom worden de id’s uit de titels gemaakt en noemt “rapporteert aan” de titel of de functiehouder van de leidinggevende.',
    'hint.title': 'Verplicht.',
    'hint.reportsTo':
      'De id van de leidinggevende, of diens titel of naam als die één functie aanwijst.',
    'hint.roles': 'Zonder rolkolom worden de rollen uit de titels herkend.',
    'hint.yesNo': 'ja/nee, yes/no, true/false, 1/0, ja/nej',
    'hint.kept': 'Blijft bij de functie bewaard.',
    'hint.fte': 'Een getal: 1 voor voltijds, 0,8 of 80%.',
    'hint.cost': 'Een bedrag, in de valuta van het bestand.',
    'chart-json.label': 'JSON',
    'chart-json.description': 'Alles in het organogram; wordt precies zo weer geïmporteerd.',
    'chart-csv.label': 'CSV',
    'chart-csv.description': 'Een rij per functie, voor Excel en hr-systemen.',
    'chart-xlsx.label': 'Excel-werkmap',
    'chart-xlsx.description':
      'Een rij per functie, voor Excel; bij het importeren worden de kolommen toegewezen zoals bij CSV.',
    'chart-png.label': 'PNG-afbeelding',
    'chart-png.description': 'Het hele organogram als afbeelding, voor slides en e-mail.',
    'chart-svg.label': 'SVG-afbeelding',
    'chart-svg.description': 'Het hele organogram, scherp op elk formaat, om af te drukken.',
    'chart-drawio.label': 'draw.io-diagram',
    'chart-drawio.description':
      'Het organogram als kaarten en lijnen om te bewerken in draw.io (diagrams.net).',
    'chart-mmd.label': 'Mermaid-stroomdiagram',
    'chart-mmd.description': 'Het organogram als Mermaid-stroomdiagram, voor wiki’s en Markdown.',
    noCanvas: 'Het canvas van het organogram wordt niet getoond, dus er is niets te tekenen.',
    notDrawn: 'De afbeelding kon niet worden getekend ({reason}). Probeer SVG.',
  },
});

type Key = keyof typeof messages.en;

/**
 * An export format's label or description in the language of `t`; a format the catalogue does
 * not know yet shows the registry's English.
 */
export function formatText(
  t: Translate<Key>,
  format: { id: string; label: string; description: string },
  part: 'label' | 'description',
): string {
  const key = `${format.id}.${part}`;
  return key in messages.en ? t(key as Key) : format[part];
}
