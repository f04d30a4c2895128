import { defineMessages } from '../../i18n/catalogue.js';

/**
 * Saving and opening workspaces: the save status, the offline banner, the API key, conflicts, the
 * workspace menu, and the gate shown while a workspace opens or when it cannot.
 */
export const messages = defineMessages({
  en: {
    'state.saved': 'Saved',
    'state.saving': 'Saving…',
    'state.offline': 'Offline',
    'state.retrying': 'Not saved yet',
    'state.unauthorized': 'API key needed',
    'state.conflict': 'Conflict',
    'state.error': 'Not saved',
    kept: 'Your changes are kept in this browser and saved as soon as the server answers.',
    allSaved: 'All changes saved (last at {time, time, short}).',
    enterKey: 'Enter key',
    tryNow: 'Try now',
    offlineHeading: 'Your latest changes are not saved yet.',
    unreachable: 'The Orgwise server cannot be reached.',
    offlineKeepWorking:
      'Keep working: your changes are kept in this browser and saved as soon as the server answers{seconds, select, none {.} other {{next, plural, =0 { (trying now).} other { (next try in # s).}}}}',
    keyTitle: 'This server needs an API key',
    keyHelp:
      'This Orgwise server keeps saved workspaces private with a key. Ask whoever runs it for the key. It is kept in this browser tab only, until you close it.',
    keyRejected:
      'The server did not accept the key given last. Check it (keys are case-sensitive) and try again.',
    apiKey: 'API key',
    notNow: 'Not now',
    useKey: 'Use this key',
    recent: 'Recent workspaces',
    recentStart: 'Or open a recent workspace',
    recentOther: 'Other recent workspaces',
    saveMineAsOption: 'Save mine as a new option',
    saveMineGone: 'Saves your version as “{name} (your version)” and keeps working on it.',
    saveMineBeside:
      '“{name}” keeps their version; yours is saved as “{name} (your version)”, next to it.',
    discardMine: 'Discard my changes',
    discardMineExplanation:
      'Your unsaved changes are dropped; download them first if you may want them.',
    combine: 'Combine both',
    combineExplanation:
      'Adds your changes on top of theirs and saves the result. Where you both changed the same thing, theirs stays; your changes can still be undone.',
    loadTheirs: 'Load their version',
    loadTheirsExplanation:
      '{target, select, workspace {Shows the workspace as they saved it.} other {Shows this option as they saved it.}} Your changes are discarded; download them first if you may want them.',
    keepMine: 'Keep mine',
    keepMineWorkspace: 'Saves your name, details, rule settings and order of options over theirs.',
    keepMineOption:
      'Saves your version over theirs. Theirs stays in the option’s history, so it can be restored.',
    headingGone: '“{name}” was deleted elsewhere',
    headingWorkspace: 'Someone else changed the workspace “{name}”',
    headingOption: 'Someone else saved “{name}”',
    explainGone:
      'Someone deleted this option while you were editing it. Your latest changes are not saved.',
    explainWorkspace:
      'Its name, details, rule settings or order of options were saved somewhere else{version, select, none {} other { (it is now at version {version})}}. Your latest change to them is not saved yet, and nothing is overwritten until you choose.',
    explainOption:
      'While you were editing, this option was saved somewhere else{version, select, none {} other { (it is now at version {version})}}, for example in another tab or by a colleague. Your latest changes are not saved yet, and nothing is overwritten until you choose.',
    downloadMine: 'Download my version (JSON)',
    importReadsIt: 'Import reads it back.',
    'failed.bad-link': 'This link does not open a workspace',
    'failed.not-found': 'This workspace was not found',
    'failed.network': 'The Orgwise server cannot be reached',
    'failed.unauthorized': 'This server needs an API key',
    'failed.problem': 'The workspace could not be opened',
    'advice.bad-link': 'Check that the whole link was copied, or start a new chart.',
    'advice.not-found': 'Check the link, open a recent workspace, or start a new chart.',
    'advice.network':
      'Nothing was lost: the workspace is saved on the server. Check your connection, or that the server is running, and try again.',
    'advice.unauthorized': 'Ask whoever runs this Orgwise server for the key, then try again.',
    'advice.problem':
      'Try again; if it keeps happening, start a new chart and tell whoever runs the server.',
    opening: 'Opening the workspace',
    openingBusy: 'Opening the workspace…',
    enterTheKey: 'Enter the API key',
    tryAgain: 'Try again',
    startNew: 'Start a new chart',
    dismiss: 'Dismiss this message',
    linkCopied: 'Copied the link to this option. Anyone who can reach this server can open it.',
    linkNotCopied: 'Copy this link from the address bar: {url}',
    workspaceTitle: 'Workspace: name, client, notes and link',
    workspaceLabel: 'Workspace: ',
    workspace: 'Workspace',
    workspaceName: 'Workspace name',
    client: 'Client',
    clientPlaceholder: 'Whom it is for (optional)',
    notes: 'Private notes',
    notesHelp: 'Only for the people who edit this workspace: share links never show them.',
    copyLink: 'Copy link',
    deletedOptions: 'Deleted options…',
    newWorkspace: 'New workspace',
  },
  da: {
    'state.saved': 'Gemt',
    'state.saving': 'Gemmer…',
    'state.offline': 'Offline',
    'state.retrying': 'Ikke gemt endnu',
    'state.unauthorized': 'API-nøgle kræves',
    'state.conflict': 'Konflikt',
    'state.error': 'Ikke gemt',
    kept: 'Dine ændringer bevares i denne browser og gemmes, så snart serveren svarer.',
    allSaved: 'Alle ændringer er gemt (senest kl. {time, time, short}).',
    enterKey: 'Angiv nøgle',
    tryNow: 'Prøv nu',
    offlineHeading: 'Dine seneste ændringer er ikke gemt endnu.',
    unreachable: 'Orgwise-serveren kan ikke nås.',
    offlineKeepWorking:
      'Arbejd bare videre: dine ændringer bevares i denne browser og gemmes, så snart serveren svarer{seconds, select, none {.} other {{next, plural, =0 { (prøver nu).} other { (næste forsøg om # s).}}}}',
    keyTitle: 'Denne server kræver en API-nøgle',
    keyHelp:
      'Denne Orgwise-server beskytter gemte arbejdsområder med en nøgle. Bed den, der driver serveren, om nøglen. Den gemmes kun i denne browserfane, indtil du lukker den.',
    keyRejected:
      'Serveren godtog ikke den senest angivne nøgle. Kontrollér den (der skelnes mellem store og små bogstaver), og prøv igen.',
    apiKey: 'API-nøgle',
    notNow: 'Ikke nu',
    useKey: 'Brug denne nøgle',
    recent: 'Seneste arbejdsområder',
    recentStart: 'Eller åbn et nyligt arbejdsområde',
    recentOther: 'Andre nylige arbejdsområder',
    saveMineAsOption: 'Gem min version som et nyt scenarie',
    saveMineGone: 'Gemmer din version som “{name} (din version)” og arbejder videre på den.',
    saveMineBeside:
      '“{name}” beholder deres version; din gemmes som “{name} (din version)” ved siden af.',
    discardMine: 'Kassér mine ændringer',
    discardMineExplanation:
      'Dine ikke-gemte ændringer kasseres; download dem først, hvis du måske vil bruge dem.',
    combine: 'Kombinér begge',
    combineExplanation:
      'Lægger dine ændringer oven på deres og gemmer resultatet. Hvor I begge har ændret det samme, bliver deres stående; dine ændringer kan stadig fortrydes.',
    loadTheirs: 'Hent deres version',
    loadTheirsExplanation:
      '{target, select, workspace {Viser arbejdsområdet, som de gemte det.} other {Viser scenariet, som de gemte det.}} Dine ændringer kasseres; download dem først, hvis du måske vil bruge dem.',
    keepMine: 'Behold min',
    keepMineWorkspace:
      'Gemmer dit navn, dine oplysninger, regelindstillinger og rækkefølgen af scenarier oven i deres.',
    keepMineOption:
      'Gemmer din version oven i deres. Deres bliver i scenariets historik, så den kan gendannes.',
    headingGone: '“{name}” er slettet et andet sted',
    headingWorkspace: 'En anden har ændret arbejdsområdet “{name}”',
    headingOption: 'En anden har gemt “{name}”',
    explainGone:
      'Nogen slettede dette scenarie, mens du redigerede det. Dine seneste ændringer er ikke gemt.',
    explainWorkspace:
      'Navnet, oplysningerne, regelindstillingerne eller rækkefølgen af scenarier er gemt et andet sted{version, select, none {} other { (det er nu i version {version})}}. Din seneste ændring af dem er ikke gemt endnu, og intet overskrives, før du vælger.',
    explainOption:
      'Mens du redigerede, blev dette scenarie gemt et andet sted{version, select, none {} other { (det er nu i version {version})}}, for eksempel i en anden fane eller af en kollega. Dine seneste ændringer er ikke gemt endnu, og intet overskrives, før du vælger.',
    downloadMine: 'Download min version (JSON)',
    importReadsIt: 'Importér kan læse den igen.',
    'failed.bad-link': 'Dette link åbner ikke et arbejdsområde',
    'failed.not-found': 'Arbejdsområdet blev ikke fundet',
    'failed.network': 'Orgwise-serveren kan ikke nås',
    'failed.unauthorized': 'Denne server kræver en API-nøgle',
    'failed.problem': 'Arbejdsområdet kunne ikke åbnes',
    'advice.bad-link': 'Kontrollér, at hele linket blev kopieret, eller start et nyt diagram.',
    'advice.not-found':
      'Kontrollér linket, åbn et nyligt arbejdsområde, eller start et nyt diagram.',
    'advice.network':
      'Intet er gået tabt: arbejdsområdet er gemt på serveren. Kontrollér din forbindelse, eller at serveren kører, og prøv igen.',
    'advice.unauthorized': 'Bed den, der driver denne Orgwise-server, om nøglen, og prøv igen.',
    'advice.problem':
      'Prøv igen; hvis det bliver ved, så start et nyt diagram og giv besked til den, der driver serveren.',
    opening: 'Åbner arbejdsområdet',
    openingBusy: 'Åbner arbejdsområdet…',
    enterTheKey: 'Angiv API-nøglen',
    tryAgain: 'Prøv igen',
    startNew: 'Start et nyt diagram',
    dismiss: 'Luk denne besked',
    linkCopied:
      'Linket til dette scenarie er kopieret. Alle, der kan nå denne server, kan åbne det.',
    linkNotCopied: 'Kopiér dette link fra adresselinjen: {url}',
    workspaceTitle: 'Arbejdsområde: navn, kunde, noter og link',
    workspaceLabel: 'Arbejdsområde: ',
    workspace: 'Arbejdsområde',
    workspaceName: 'Arbejdsområdets navn',
    client: 'Kunde',
    clientPlaceholder: 'Hvem det er til (valgfrit)',
    notes: 'Private noter',
    notesHelp: 'Kun for dem, der redigerer arbejdsområdet: delte links viser dem aldrig.',
    copyLink: 'Kopiér link',
    deletedOptions: 'Slettede scenarier…',
    newWorkspace: 'Nyt arbejdsområde',
  },
  nl: {
    'state.saved': 'Opgeslagen',
    'state.saving': 'Opslaan…',
    'state.offline': 'Offline',
    'state.retrying': 'Nog niet opgeslagen',
    'state.unauthorized': 'API-sleutel nodig',
    'state.conflict': 'Conflict',
    'state.error': 'Niet opgeslagen',
    kept: 'Je wijzigingen blijven in deze browser bewaard en worden opgeslagen zodra de server antwoordt.',
    allSaved: 'Alle wijzigingen opgeslagen (laatst om {time, time, short}).',
    enterKey: 'Sleutel invoeren',
    tryNow: 'Nu proberen',
    offlineHeading: 'Je laatste wijzigingen zijn nog niet opgeslagen.',
    unreachable: 'De Orgwise-server is niet bereikbaar.',
    offlineKeepWorking:
      'Werk gewoon door: je wijzigingen blijven in deze browser bewaard en worden opgeslagen zodra de server antwoordt{seconds, select, none {.} other {{next, plural, =0 { (nu aan het proberen).} other { (volgende poging over # s).}}}}',
    keyTitle: 'Deze server vraagt om een API-sleutel',
    keyHelp:
      'Deze Orgwise-server beschermt opgeslagen werkruimtes met een sleutel. Vraag de sleutel aan wie de server beheert. Hij blijft alleen in dit browsertabblad bewaard, tot je het sluit.',
    keyRejected:
      'De server accepteerde de laatst ingevoerde sleutel niet. Controleer hem (let op hoofdletters en kleine letters) en probeer het opnieuw.',
    apiKey: 'API-sleutel',
    notNow: 'Niet nu',
    useKey: 'Deze sleutel gebruiken',
    recent: 'Recente werkruimtes',
    recentStart: 'Of open een recente werkruimte',
    recentOther: 'Andere recente werkruimtes',
    saveMineAsOption: 'Mijn versie opslaan als nieuw scenario',
    saveMineGone: 'Slaat je versie op als “{name} (jouw versie)” en werkt daarin verder.',
    saveMineBeside:
      '“{name}” houdt hun versie; de jouwe wordt ernaast opgeslagen als “{name} (jouw versie)”.',
    discardMine: 'Mijn wijzigingen weggooien',
    discardMineExplanation:
      'Je niet-opgeslagen wijzigingen vervallen; download ze eerst als je ze misschien nog wilt gebruiken.',
    combine: 'Beide combineren',
    combineExplanation:
      'Zet je wijzigingen bovenop de hunne en slaat het resultaat op. Waar jullie allebei hetzelfde wijzigden, blijft de hunne staan; je wijzigingen kun je nog ongedaan maken.',
    loadTheirs: 'Hun versie laden',
    loadTheirsExplanation:
      '{target, select, workspace {Toont de werkruimte zoals zij die opsloegen.} other {Toont dit scenario zoals zij het opsloegen.}} Je wijzigingen vervallen; download ze eerst als je ze misschien nog wilt gebruiken.',
    keepMine: 'Mijn versie houden',
    keepMineWorkspace:
      'Slaat je naam, gegevens, regelinstellingen en volgorde van scenario’s op over de hunne heen.',
    keepMineOption:
      'Slaat je versie op over de hunne heen. De hunne blijft in de geschiedenis van het scenario, zodat je die kunt terugzetten.',
    headingGone: '“{name}” is elders verwijderd',
    headingWorkspace: 'Iemand anders heeft de werkruimte “{name}” gewijzigd',
    headingOption: 'Iemand anders heeft “{name}” opgeslagen',
    explainGone:
      'Iemand heeft dit scenario verwijderd terwijl je het bewerkte. Je laatste wijzigingen zijn niet opgeslagen.',
    explainWorkspace:
      'De naam, gegevens, regelinstellingen of volgorde van scenario’s zijn elders opgeslagen{version, select, none {} other { (nu versie {version})}}. Je laatste wijziging daarvan is nog niet opgeslagen, en er wordt niets overschreven tot je kiest.',
    explainOption:
      'Terwijl je bewerkte, is dit scenario elders opgeslagen{version, select, none {} other { (nu versie {version})}}, bijvoorbeeld in een ander tabblad of door een collega. Je laatste wijzigingen zijn nog niet opgeslagen, en er wordt niets overschreven tot je kiest.',
    downloadMine: 'Mijn versie downloaden (JSON)',
    importReadsIt: 'Importeren leest hem weer in.',
    'failed.bad-link': 'Deze link opent geen werkruimte',
    'failed.not-found': 'Deze werkruimte is niet gevonden',
    'failed.network': 'De Orgwise-server is niet bereikbaar',
    'failed.unauthorized': 'Deze server vraagt om een API-sleutel',
    'failed.problem': 'De werkruimte kon niet worden geopend',
    'advice.bad-link': 'Controleer of de hele link is gekopieerd, of begin een nieuw organogram.',
    'advice.not-found':
      'Controleer de link, open een recente werkruimte, of begin een nieuw organogram.',
    'advice.network':
      'Er is niets verloren: de werkruimte staat op de server. Controleer je verbinding, of dat de server draait, en probeer het opnieuw.',
    'advice.unauthorized':
      'Vraag de sleutel aan wie deze Orgwise-server beheert en probeer het dan opnieuw.',
    'advice.problem':
      'Probeer het opnieuw; blijft het gebeuren, begin dan een nieuw organogram en meld het aan wie de server beheert.',
    opening: 'De werkruimte wordt geopend',
    openingBusy: 'De werkruimte wordt geopend…',
    enterTheKey: 'De API-sleutel invoeren',
    tryAgain: 'Opnieuw proberen',
    startNew: 'Een nieuw organogram beginnen',
    dismiss: 'Dit bericht sluiten',
    linkCopied:
      'De link naar dit scenario is gekopieerd. Iedereen die deze server kan bereiken, kan hem openen.',
    linkNotCopied: 'Kopieer deze link uit de adresbalk: {url}',
    workspaceTitle: 'Werkruimte: naam, klant, notities en link',
    workspaceLabel: 'Werkruimte: ',
    workspace: 'Werkruimte',
    workspaceName: 'Naam van de werkruimte',
    client: 'Klant',
    clientPlaceholder: 'Voor wie het is (optioneel)',
    notes: 'Privénotities',
    notesHelp: 'Alleen voor wie deze werkruimte bewerkt: gedeelde links tonen ze nooit.',
    copyLink: 'Link kopiëren',
    deletedOptions: 'Verwijderde scenario’s…',
    newWorkspace: 'Nieuwe werkruimte',
  },
});
