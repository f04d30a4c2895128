import type { Locale, Messages } from '@orgwise/domain';

/**
 * The CLI's own texts (the text report, help, the rule list and explanations, errors), by id, as
 * ICU MessageFormat in each language (a literal brace is quoted: '{').
 */
export type CliMessageId =
  | 'errors'
  | 'warnings'
  | 'infos'
  | 'noProblems'
  | 'positions'
  | 'morePositions'
  | 'fix'
  | 'summary'
  | 'unreadable'
  | 'explainHint'
  | 'programDescription'
  | 'versionOption'
  | 'helpOption'
  | 'helpCommand'
  | 'afterError'
  | 'helpUsage'
  | 'helpOptions'
  | 'helpArguments'
  | 'helpCommands'
  | 'exitCodes'
  | 'checkDescription'
  | 'checkFiles'
  | 'formatOption'
  | 'maxWarningsOption'
  | 'rulesOption'
  | 'fromOption'
  | 'colorOption'
  | 'noColorOption'
  | 'langOption'
  | 'checkHelp'
  | 'examples'
  | 'importDescription'
  | 'importFile'
  | 'importFormat'
  | 'importOutput'
  | 'importHelp'
  | 'rulesDescription'
  | 'explainDescription'
  | 'explainArgument'
  | 'formatsDescription'
  | 'wholeNumber'
  | 'ruleColumn'
  | 'defaultColumn'
  | 'fixesColumn'
  | 'descriptionColumn'
  | 'yes'
  | 'no'
  | 'rulesFooter'
  | 'defaultSeverity'
  | 'suggestsFixes'
  | 'optionsLabel'
  | 'none'
  | 'optionDefault'
  | 'rationale'
  | 'sources'
  | 'configure'
  | 'unknownRule'
  | 'invalidRuleSettings'
  | 'tooManyWarnings'
  | 'unknownOption'
  | 'unknownCommand'
  | 'missingArgument'
  | 'invalidValue'
  | 'allowedChoices'
  | 'didYouMean'
  | 'tooManyArguments'
  | 'cannotRead'
  | 'unreadableWhy'
  | 'moreProblems'
  | 'positionSubject';

export const cliMessages: Record<Locale, Messages<CliMessageId>> = {
  en: {
    errors: 'Errors ({count, number})',
    warnings: 'Warnings ({count, number})',
    infos: 'Infos ({count, number})',
    noProblems: 'No problems found.',
    positions: 'positions:',
    morePositions: '… and {count, number} more',
    fix: 'fix:',
    summary:
      '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}} in {files, plural, one {# file} other {# files}}',
    unreadable: '; {count, plural, one {# file} other {# files}} could not be checked',
    explainHint: 'Run "orgwise explain <rule>" to see why a rule exists.',
    programDescription: 'Check leadership org charts against Orgwise rules.',
    versionOption: 'print the version',
    helpOption: 'show help',
    helpCommand: 'show help for a command',
    afterError: '(run "orgwise --help" for usage)',
    helpUsage: 'Usage:',
    helpOptions: 'Options:',
    helpArguments: 'Arguments:',
    helpCommands: 'Commands:',
    exitCodes:
      '\nExit codes:\n  0  no errors, and no more warnings than --max-warnings\n  1  errors found, or more warnings than --max-warnings\n  2  wrong usage, or a file that cannot be read, is not valid JSON or is not a chart',
    checkDescription: 'validate chart files (JSON) and report the findings',
    checkFiles: 'chart files',
    formatOption: 'output format',
    maxWarningsOption: 'exit 1 when all files together have more warnings than this',
    rulesOption:
      'rule settings (JSON): \'{\' "<rule>": "off" | severity | [severity, options] \'}\'',
    fromOption:
      'read the files as an import format (a directory export or an HR spreadsheet) instead of chart JSON',
    colorOption: 'colour the text output even when it does not go to a terminal',
    noColorOption: 'never colour the text output',
    langOption:
      'language of the texts: English, Danish or Dutch (default: from LC_ALL, LC_MESSAGES or LANG, else English)',
    checkHelp:
      '\nOutput formats:\n  text   per file, the findings grouped by severity, with positions and suggested fixes\n  json   always an array, one element per checked file: [\'{\' "file", "report" \'}\'], where\n         "report" is the ValidationReport of the Orgwise contract (as POST /api/v1/validate)\n  sarif  SARIF 2.1.0, for code scanning and review tools',
    examples: 'Examples:',
    importDescription: 'read a directory export or HR spreadsheet and write the chart JSON',
    importFile: 'the document: SCIM, Microsoft Graph or Google Directory JSON, CSV or XLSX',
    importFormat: 'the format of the document',
    importOutput: 'write the chart JSON to this file instead of stdout',
    importHelp:
      '\nWhat could not be mapped (disabled accounts left out, managers nobody in the document is) is\nlisted on stderr as "file: where: why". CSV and XLSX columns are mapped from their headers\n(English, Danish and Dutch HR exports).',
    rulesDescription: 'list the rules with their default severity',
    explainDescription:
      "print a rule's description, default severity, options, rationale and sources",
    explainArgument: 'rule id, e.g. reporting-cycle',
    formatsDescription: 'list the file formats Orgwise reads and writes, as the editor lists them',
    wholeNumber: 'Expected a whole number, 0 or more.',
    ruleColumn: 'Rule',
    defaultColumn: 'Default',
    fixesColumn: 'Fixes',
    descriptionColumn: 'Description',
    yes: 'yes',
    no: 'no',
    rulesFooter:
      '{count, number} rules. Run "orgwise explain <rule>" for a rule’s rationale, options and sources.',
    defaultSeverity: 'Default severity:',
    suggestsFixes: 'Suggests fixes:',
    optionsLabel: 'Options:',
    none: 'none',
    optionDefault: '{name} (default {value})',
    rationale: 'Rationale',
    sources: 'Sources',
    configure:
      'Configure it in a --rules file, e.g. \'{\' "{rule}": {example} \'}\', or turn it off with "off".',
    unknownRule:
      'orgwise: unknown rule "{rule}".{hints, select, none {} other { Did you mean {hints}?}} Run "orgwise rules" to list the rules.',
    invalidRuleSettings: 'orgwise: no chart was checked, because the rule settings are invalid',
    tooManyWarnings:
      'orgwise: too many warnings: {warnings, number}, more than the maximum of {max, number} (--max-warnings)',
    unknownOption: 'error: unknown option {option}',
    unknownCommand: 'error: unknown command {command}',
    missingArgument: 'error: missing required argument {argument}',
    invalidValue: 'error: option {option} argument {value} is invalid. {reason}',
    allowedChoices: 'Allowed choices are {choices}.',
    didYouMean: '(Did you mean {hints}?)',
    cannotRead: 'Cannot read the file: {reason}',
    unreadableWhy:
      '{why, select, missing {no such file} directory {it is a directory, not a file} other {permission denied}}',
    moreProblems: '… and {count, plural, one {# more problem} other {# more problems}}',
    positionSubject: 'position {id}',
    tooManyArguments:
      'error: too many arguments{command, select, none {} other { for {command}}}. Expected {expected, plural, one {# argument} other {# arguments}} but got {received, number}.',
  },
  da: {
    errors: 'Fejl ({count, number})',
    warnings: 'Advarsler ({count, number})',
    infos: 'Bemærkninger ({count, number})',
    noProblems: 'Ingen problemer fundet.',
    positions: 'stillinger:',
    morePositions: '… og {count, number} flere',
    fix: 'løsning:',
    summary:
      '{errors, plural, one {# fejl} other {# fejl}}, {warnings, plural, one {# advarsel} other {# advarsler}}, {infos, plural, one {# bemærkning} other {# bemærkninger}} i {files, plural, one {# fil} other {# filer}}',
    unreadable: '; {count, plural, one {# fil} other {# filer}} kunne ikke kontrolleres',
    explainHint: 'Kør "orgwise explain <regel>" for at se, hvorfor en regel findes.',
    programDescription: 'Kontrollér ledelsens organisationsdiagrammer mod Orgwises regler.',
    versionOption: 'vis versionen',
    helpOption: 'vis hjælp',
    helpCommand: 'vis hjælp til en kommando',
    afterError: '(kør "orgwise --help" for at se brugen)',
    helpUsage: 'Brug:',
    helpOptions: 'Tilvalg:',
    helpArguments: 'Argumenter:',
    helpCommands: 'Kommandoer:',
    exitCodes:
      '\nAfslutningskoder:\n  0  ingen fejl og ikke flere advarsler end --max-warnings\n  1  fejl fundet, eller flere advarsler end --max-warnings\n  2  forkert brug, eller en fil, der ikke kan læses, ikke er gyldig JSON eller ikke er et diagram',
    checkDescription: 'kontrollér diagramfiler (JSON), og rapportér fundene',
    checkFiles: 'diagramfiler',
    formatOption: 'outputformat',
    maxWarningsOption: 'afslut med 1, når filerne tilsammen har flere advarsler end dette',
    rulesOption:
      'regelindstillinger (JSON): \'{\' "<regel>": "off" | alvorlighed | [alvorlighed, indstillinger] \'}\'',
    fromOption:
      'læs filerne i et importformat (en katalogeksport eller et HR-regneark) i stedet for diagram-JSON',
    colorOption: 'farvelæg tekstoutputtet, også når det ikke går til en terminal',
    noColorOption: 'farvelæg aldrig tekstoutputtet',
    langOption:
      'tekstsprog: engelsk, dansk eller hollandsk (standard: fra LC_ALL, LC_MESSAGES eller LANG, ellers engelsk)',
    checkHelp:
      '\nOutputformater:\n  text   pr. fil fundene grupperet efter alvorlighed, med stillinger og foreslåede løsninger\n  json   altid en liste med ét element pr. kontrolleret fil: [\'{\' "file", "report" \'}\'], hvor\n         "report" er Orgwise-kontraktens ValidationReport (som POST /api/v1/validate)\n  sarif  SARIF 2.1.0 til kodescanning og reviewværktøjer',
    examples: 'Eksempler:',
    importDescription: 'læs en katalogeksport eller et HR-regneark, og skriv diagrammets JSON',
    importFile: 'dokumentet: SCIM-, Microsoft Graph- eller Google Directory-JSON, CSV eller XLSX',
    importFormat: 'dokumentets format',
    importOutput: 'skriv diagrammets JSON til denne fil i stedet for stdout',
    importHelp:
      '\nDet, der ikke kunne overføres (deaktiverede konti, ledere som ingen i dokumentet er), står\npå stderr som "fil: hvor: hvorfor". Kolonner i CSV og XLSX overføres ud fra deres overskrifter\n(engelske, danske og hollandske HR-eksporter).',
    rulesDescription: 'vis reglerne med deres standardalvorlighed',
    explainDescription:
      'vis en regels beskrivelse, standardalvorlighed, indstillinger, begrundelse og kilder',
    explainArgument: 'regel-id, fx reporting-cycle',
    formatsDescription: 'vis de filformater, Orgwise læser og skriver, som editoren viser dem',
    wholeNumber: 'Forventede et helt tal, 0 eller derover.',
    ruleColumn: 'Regel',
    defaultColumn: 'Standard',
    fixesColumn: 'Løsninger',
    descriptionColumn: 'Beskrivelse',
    yes: 'ja',
    no: 'nej',
    rulesFooter:
      '{count, number} regler. Kør "orgwise explain <regel>" for at se en regels begrundelse, indstillinger og kilder.',
    defaultSeverity: 'Standardalvorlighed:',
    suggestsFixes: 'Foreslår løsninger:',
    optionsLabel: 'Indstillinger:',
    none: 'ingen',
    optionDefault: '{name} (standard {value})',
    rationale: 'Begrundelse',
    sources: 'Kilder',
    configure:
      'Indstil den i en --rules-fil, fx \'{\' "{rule}": {example} \'}\', eller slå den fra med "off".',
    unknownRule:
      'orgwise: ukendt regel "{rule}".{hints, select, none {} other { Mente du {hints}?}} Kør "orgwise rules" for at se reglerne.',
    invalidRuleSettings:
      'orgwise: intet diagram blev kontrolleret, fordi regelindstillingerne er ugyldige',
    tooManyWarnings:
      'orgwise: for mange advarsler: {warnings, number}, flere end de højst tilladte {max, number} (--max-warnings)',
    unknownOption: 'fejl: ukendt tilvalg {option}',
    unknownCommand: 'fejl: ukendt kommando {command}',
    missingArgument: 'fejl: mangler det påkrævede argument {argument}',
    invalidValue: 'fejl: værdien {value} til tilvalget {option} er ugyldig. {reason}',
    allowedChoices: 'Mulige værdier er {choices}.',
    didYouMean: '(Mente du {hints}?)',
    cannotRead: 'Filen kan ikke læses: {reason}',
    unreadableWhy:
      '{why, select, missing {filen findes ikke} directory {det er en mappe, ikke en fil} other {adgang nægtet}}',
    moreProblems: '… og {count, plural, one {# problem mere} other {# problemer mere}}',
    positionSubject: 'stilling {id}',
    tooManyArguments:
      'fejl: for mange argumenter{command, select, none {} other { til {command}}}. Forventede {expected, plural, one {# argument} other {# argumenter}}, men fik {received, number}.',
  },
  nl: {
    errors: 'Fouten ({count, number})',
    warnings: 'Waarschuwingen ({count, number})',
    infos: 'Opmerkingen ({count, number})',
    noProblems: 'Geen problemen gevonden.',
    positions: 'functies:',
    morePositions: '… en nog {count, number}',
    fix: 'oplossing:',
    summary:
      '{errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {infos, plural, one {# opmerking} other {# opmerkingen}} in {files, plural, one {# bestand} other {# bestanden}}',
    unreadable:
      '; {count, plural, one {# bestand kon} other {# bestanden konden}} niet worden gecontroleerd',
    explainHint: 'Voer "orgwise explain <regel>" uit om te zien waarom een regel bestaat.',
    programDescription: 'Controleer organogrammen van de leiding aan de regels van Orgwise.',
    versionOption: 'toon de versie',
    helpOption: 'toon hulp',
    helpCommand: 'toon hulp bij een opdracht',
    afterError: '(voer "orgwise --help" uit voor het gebruik)',
    helpUsage: 'Gebruik:',
    helpOptions: 'Opties:',
    helpArguments: 'Argumenten:',
    helpCommands: 'Opdrachten:',
    exitCodes:
      '\nAfsluitcodes:\n  0  geen fouten, en niet meer waarschuwingen dan --max-warnings\n  1  fouten gevonden, of meer waarschuwingen dan --max-warnings\n  2  verkeerd gebruik, of een bestand dat niet te lezen is, geen geldige JSON is of geen organogram is',
    checkDescription: 'controleer organogrambestanden (JSON) en meld de bevindingen',
    checkFiles: 'organogrambestanden',
    formatOption: 'uitvoerformaat',
    maxWarningsOption: 'sluit af met 1 als alle bestanden samen meer waarschuwingen hebben dan dit',
    rulesOption: 'regelinstellingen (JSON): \'{\' "<regel>": "off" | ernst | [ernst, opties] \'}\'',
    fromOption:
      'lees de bestanden als importformaat (een directory-export of een HR-spreadsheet) in plaats van organogram-JSON',
    colorOption: 'kleur de tekstuitvoer, ook als die niet naar een terminal gaat',
    noColorOption: 'kleur de tekstuitvoer nooit',
    langOption:
      'taal van de teksten: Engels, Deens of Nederlands (standaard: uit LC_ALL, LC_MESSAGES of LANG, anders Engels)',
    checkHelp:
      '\nUitvoerformaten:\n  text   per bestand de bevindingen naar ernst gegroepeerd, met functies en voorgestelde oplossingen\n  json   altijd een array, één element per gecontroleerd bestand: [\'{\' "file", "report" \'}\'], waarbij\n         "report" het ValidationReport van het Orgwise-contract is (zoals POST /api/v1/validate)\n  sarif  SARIF 2.1.0, voor codescanning en reviewtools',
    examples: 'Voorbeelden:',
    importDescription: 'lees een directory-export of HR-spreadsheet en schrijf de organogram-JSON',
    importFile: 'het document: SCIM-, Microsoft Graph- of Google Directory-JSON, CSV of XLSX',
    importFormat: 'het formaat van het document',
    importOutput: 'schrijf de organogram-JSON naar dit bestand in plaats van naar stdout',
    importHelp:
      '\nWat niet kon worden overgenomen (uitgeschakelde accounts, managers die niemand in het document is)\nstaat op stderr als "bestand: waar: waarom". Kolommen in CSV en XLSX worden herkend aan hun kopjes\n(Engelse, Deense en Nederlandse HR-exports).',
    rulesDescription: 'toon de regels met hun standaardernst',
    explainDescription:
      'toon de beschrijving, standaardernst, opties, onderbouwing en bronnen van een regel',
    explainArgument: 'regel-id, bijv. reporting-cycle',
    formatsDescription:
      'toon de bestandsformaten die Orgwise leest en schrijft, zoals de editor ze toont',
    wholeNumber: 'Verwacht een geheel getal, 0 of meer.',
    ruleColumn: 'Regel',
    defaultColumn: 'Standaard',
    fixesColumn: 'Oplossingen',
    descriptionColumn: 'Beschrijving',
    yes: 'ja',
    no: 'nee',
    rulesFooter:
      '{count, number} regels. Voer "orgwise explain <regel>" uit voor de onderbouwing, opties en bronnen van een regel.',
    defaultSeverity: 'Standaardernst:',
    suggestsFixes: 'Stelt oplossingen voor:',
    optionsLabel: 'Opties:',
    none: 'geen',
    optionDefault: '{name} (standaard {value})',
    rationale: 'Onderbouwing',
    sources: 'Bronnen',
    configure:
      'Stel hem in een --rules-bestand in, bijv. \'{\' "{rule}": {example} \'}\', of zet hem uit met "off".',
    unknownRule:
      'orgwise: onbekende regel "{rule}".{hints, select, none {} other { Bedoelde je {hints}?}} Voer "orgwise rules" uit om de regels te zien.',
    invalidRuleSettings:
      'orgwise: er is geen organogram gecontroleerd, omdat de regelinstellingen ongeldig zijn',
    tooManyWarnings:
      'orgwise: te veel waarschuwingen: {warnings, number}, meer dan het maximum van {max, number} (--max-warnings)',
    unknownOption: 'fout: onbekende optie {option}',
    unknownCommand: 'fout: onbekende opdracht {command}',
    missingArgument: 'fout: verplicht argument {argument} ontbreekt',
    invalidValue: 'fout: waarde {value} van optie {option} is ongeldig. {reason}',
    allowedChoices: 'Toegestane waarden zijn {choices}.',
    didYouMean: '(Bedoelde je {hints}?)',
    cannotRead: 'Het bestand kan niet worden gelezen: {reason}',
    unreadableWhy:
      '{why, select, missing {bestand bestaat niet} directory {het is een map, geen bestand} other {toegang geweigerd}}',
    moreProblems: '… en nog {count, plural, one {# probleem} other {# problemen}}',
    positionSubject: 'functie {id}',
    tooManyArguments:
      'fout: te veel argumenten{command, select, none {} other { voor {command}}}. Verwacht: {expected, plural, one {# argument} other {# argumenten}}, ontvangen: {received, number}.',
  },
};
