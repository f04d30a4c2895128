import { defineMessages } from '../i18n/catalogue.js';

/**
 * What the session says about saving, opening and the options: notices, busy lines, reasons.
 * Names of options and workspaces come quoted by the message (“Option A”).
 */
export const messages = defineMessages({
  en: {
    untitled: 'Untitled workspace',
    firstOption: 'Current',
    optionWord: 'Option',
    thisOption: 'This option',
    needsKey: 'This Orgwise server needs an API key to open saved workspaces.',
    linkGone:
      'The option in this link no longer exists (it may have been deleted), so “{name}” is shown.',
    orderNotSaved:
      'The options were changed elsewhere (one was added or deleted), so your new order was not saved. The list now shows the options as saved; move them again if needed.',
    'notSaved.retrying': 'the server cannot be reached right now',
    'notSaved.refused': 'the server refused the last change',
    'notSaved.conflict': 'someone else saved it meanwhile',
    'notSaved.gone': 'it was deleted elsewhere',
    'notSaved.other': 'saving has not finished',
    notSavedFirst:
      'Could not {action, select, open {open “{target}”} create {create a new option} other {bring back “{target}”}}: “{name}” is not saved yet ({reason}).',
    opening: 'Opening “{name}”…',
    deletedElsewhere: '“{name}” was deleted elsewhere.',
    notOpened: 'Could not open “{name}”: {reason}',
    creating: 'Creating a new option…',
    notCreated: 'Could not create a new option: {reason}',
    created:
      'Created “{name}” as a copy of “{source}”. Rename it and say why it is worth considering.',
    needsName: 'An option needs a name; the old one is kept.',
    keepsOne: 'A workspace keeps at least one option, so the last one cannot be deleted.',
    deleting: 'Deleting “{name}”…',
    notDeleted: 'Could not delete “{name}”: {reason}',
    notDeletedChanged:
      'Could not delete “{name}”: someone else changed it since you opened it. Open it to see their changes',
    deletedAlready: '“{name}” was deleted elsewhere already. Deleted options can bring it back.',
    deleted: 'Deleted “{name}”.',
    undo: 'Undo',
    bringingBack: 'Bringing back “{name}”…',
    backAlready: '“{name}” is back already: someone brought it back first.',
    notBroughtBack: 'Could not bring back “{name}”: {reason}',
    notBroughtBackErased:
      'Could not bring back “{name}”: it is no longer kept (deleted options are erased after 30 days).',
    broughtBack: 'Brought back “{name}” with its saved versions.',
    restoring: 'Restoring version {version} of “{name}”…',
    notRestoredUnsaved: 'Could not restore: “{name}” is not saved yet ({reason}).',
    notRestored: 'Could not restore version {version} of “{name}”: {reason}',
    notRestoredChanged:
      'Could not restore version {version} of “{name}”: someone else saved it meanwhile. Reload the history and try again',
    restored:
      'Restored version {version} of “{name}”, saved as version {saved}. The version before it stays in the history.',
    slowDown: 'The server asked the editor to slow down; saving again in {seconds, number} s.',
    unreachable: 'The Orgwise server cannot be reached.',
    unreadable:
      'The server sent an answer the editor does not understand. A proxy may be in the way, or the server is a different version: reload the page.',
    workspaceLoaded:
      'Loaded the workspace’s name, details, rules and order of options as saved elsewhere.',
    downloadMine: 'Download my version',
    discardedGone: 'Discarded your changes to “{name}”, which was deleted elsewhere.',
    loadedTheirs: 'Loaded their version of “{name}”.',
    yourVersion: '{name} (your version)',
    savingMine: 'Saving your version as a new option…',
    mineNotSaved: 'Could not save your version as a new option: {reason}',
    savedMine:
      'Saved your version as “{name}”. {gone, select, yes {“{original}” was deleted elsewhere.} other {“{original}” keeps their version.}}',
    combineOnlyOption: 'Only an option’s chart can be combined.',
    combineOpenIt: 'Open this option to combine both versions.',
    combineNoTheirs: 'The server did not send their version, so it cannot be combined.',
    combineNoBase:
      'Combining both is not possible here: the version your changes started from is not known in this tab any more.',
    combineWhole:
      'Combining both is not possible here: their version changes the chart as a whole (it reorders positions or changes more than positions, company details and dotted lines), which cannot be merged with your changes field by field.',
    combinedUnsaved:
      'Combined their version of “{name}” with your changes; saving is not finished yet.',
    combined: 'Combined their version of “{name}” with your changes, and saved it.',
    leftOut:
      '{what, select, update {Your change to the {fields} of {position}} move {Your move of {position}} roles {Your change to the roles of {position}} add {Your new position {position}} remove {Your removal of {position}} replace {Your change to {position}} dotted {Your dotted line from {position} to {target}} undotted {Your removal of the dotted line from {position} to {target}} company {Your change to the company details} other {One of your changes}} was left out: {reason}.',
    moreLeftOut:
      '{count, plural, one {# more of your changes was left out for the same kind of reason.} other {# more of your changes were left out for the same kind of reason.}}',
    'field.title': 'title',
    'field.holder': 'holder',
    'field.vacant': 'vacancy',
    'field.interim': 'interim mark',
    'field.scope': 'scope',
  },
  da: {
    untitled: 'Arbejdsområde uden navn',
    firstOption: 'Nuværende',
    optionWord: 'Scenarie',
    thisOption: 'Dette scenarie',
    needsKey: 'Denne Orgwise-server kræver en API-nøgle for at åbne gemte arbejdsområder.',
    linkGone:
      'Scenariet i dette link findes ikke længere (det er måske slettet), så “{name}” vises i stedet.',
    orderNotSaved:
      'Scenarierne er ændret et andet sted (et er tilføjet eller slettet), så din nye rækkefølge blev ikke gemt. Listen viser nu scenarierne, som de er gemt; flyt dem igen, hvis det er nødvendigt.',
    'notSaved.retrying': 'serveren kan ikke nås lige nu',
    'notSaved.refused': 'serveren afviste den seneste ændring',
    'notSaved.conflict': 'en anden har gemt det i mellemtiden',
    'notSaved.gone': 'det er slettet et andet sted',
    'notSaved.other': 'gemningen er ikke færdig',
    notSavedFirst:
      'Kunne ikke {action, select, open {åbne “{target}”} create {oprette et nyt scenarie} other {hente “{target}” tilbage}}: “{name}” er ikke gemt endnu ({reason}).',
    opening: 'Åbner “{name}”…',
    deletedElsewhere: '“{name}” er slettet et andet sted.',
    notOpened: 'Kunne ikke åbne “{name}”: {reason}',
    creating: 'Opretter et nyt scenarie…',
    notCreated: 'Kunne ikke oprette et nyt scenarie: {reason}',
    created:
      'Oprettede “{name}” som en kopi af “{source}”. Giv det et nyt navn, og skriv, hvorfor det er værd at overveje.',
    needsName: 'Et scenarie skal have et navn; det gamle beholdes.',
    keepsOne: 'Et arbejdsområde har altid mindst ét scenarie, så det sidste kan ikke slettes.',
    deleting: 'Sletter “{name}”…',
    notDeleted: 'Kunne ikke slette “{name}”: {reason}',
    notDeletedChanged:
      'Kunne ikke slette “{name}”: en anden har ændret det, siden du åbnede det. Åbn det for at se deres ændringer',
    deletedAlready:
      '“{name}” var allerede slettet et andet sted. Slettede scenarier kan hente det tilbage.',
    deleted: 'Slettede “{name}”.',
    undo: 'Fortryd',
    bringingBack: 'Henter “{name}” tilbage…',
    backAlready: '“{name}” er allerede tilbage: en anden hentede det tilbage først.',
    notBroughtBack: 'Kunne ikke hente “{name}” tilbage: {reason}',
    notBroughtBackErased:
      'Kunne ikke hente “{name}” tilbage: det gemmes ikke længere (slettede scenarier slettes helt efter 30 dage).',
    broughtBack: 'Hentede “{name}” tilbage med alle dets gemte versioner.',
    restoring: 'Gendanner version {version} af “{name}”…',
    notRestoredUnsaved: 'Kunne ikke gendanne: “{name}” er ikke gemt endnu ({reason}).',
    notRestored: 'Kunne ikke gendanne version {version} af “{name}”: {reason}',
    notRestoredChanged:
      'Kunne ikke gendanne version {version} af “{name}”: en anden har gemt det i mellemtiden. Genindlæs historikken, og prøv igen',
    restored:
      'Gendannede version {version} af “{name}”, gemt som version {saved}. Versionen før bliver i historikken.',
    slowDown: 'Serveren bad editoren om at sætte tempoet ned; gemmer igen om {seconds, number} s.',
    unreachable: 'Orgwise-serveren kan ikke nås.',
    unreadable:
      'Serveren sendte et svar, som editoren ikke forstår. Måske er der en proxy imellem, eller serveren kører en anden version: genindlæs siden.',
    workspaceLoaded:
      'Hentede arbejdsområdets navn, oplysninger, regler og rækkefølgen af scenarier, som de er gemt et andet sted.',
    downloadMine: 'Download min version',
    discardedGone: 'Kasserede dine ændringer af “{name}”, som er slettet et andet sted.',
    loadedTheirs: 'Hentede deres version af “{name}”.',
    yourVersion: '{name} (din version)',
    savingMine: 'Gemmer din version som et nyt scenarie…',
    mineNotSaved: 'Kunne ikke gemme din version som et nyt scenarie: {reason}',
    savedMine:
      'Gemte din version som “{name}”. {gone, select, yes {“{original}” er slettet et andet sted.} other {“{original}” beholder deres version.}}',
    combineOnlyOption: 'Kun et scenaries diagram kan kombineres.',
    combineOpenIt: 'Åbn dette scenarie for at kombinere begge versioner.',
    combineNoTheirs: 'Serveren sendte ikke deres version, så den kan ikke kombineres.',
    combineNoBase:
      'Begge kan ikke kombineres her: den version, dine ændringer bygger på, kendes ikke længere i denne fane.',
    combineWhole:
      'Begge kan ikke kombineres her: deres version ændrer diagrammet som helhed (den ændrer stillingernes rækkefølge eller mere end stillinger, virksomhedsoplysninger og stiplede linjer), og det kan ikke flettes med dine ændringer felt for felt.',
    combinedUnsaved:
      'Kombinerede deres version af “{name}” med dine ændringer; gemningen er ikke færdig endnu.',
    combined: 'Kombinerede deres version af “{name}” med dine ændringer og gemte den.',
    leftOut:
      '{what, select, update {Din ændring af {fields} for {position}} move {Din flytning af {position}} roles {Din ændring af rollerne for {position}} add {Din nye stilling {position}} remove {Din fjernelse af {position}} replace {Din ændring af {position}} dotted {Din stiplede linje fra {position} til {target}} undotted {Din fjernelse af den stiplede linje fra {position} til {target}} company {Din ændring af virksomhedsoplysningerne} other {En af dine ændringer}} blev udeladt: {reason}.',
    moreLeftOut:
      '{count, plural, one {# ændring mere blev udeladt af samme slags grund.} other {# ændringer mere blev udeladt af samme slags grund.}}',
    'field.title': 'titlen',
    'field.holder': 'indehaveren',
    'field.vacant': 'vakancen',
    'field.interim': 'konstitueringen',
    'field.scope': 'omfanget',
  },
  nl: {
    untitled: 'Naamloze werkruimte',
    firstOption: 'Huidig',
    optionWord: 'Scenario',
    thisOption: 'Dit scenario',
    needsKey: 'Deze Orgwise-server vraagt om een API-sleutel om opgeslagen werkruimtes te openen.',
    linkGone:
      'Het scenario in deze link bestaat niet meer (het is misschien verwijderd), dus wordt “{name}” getoond.',
    orderNotSaved:
      'De scenario’s zijn elders gewijzigd (er is er een toegevoegd of verwijderd), dus je nieuwe volgorde is niet opgeslagen. De lijst toont nu de scenario’s zoals ze zijn opgeslagen; verplaats ze zo nodig opnieuw.',
    'notSaved.retrying': 'de server is nu niet bereikbaar',
    'notSaved.refused': 'de server heeft de laatste wijziging geweigerd',
    'notSaved.conflict': 'iemand anders heeft het intussen opgeslagen',
    'notSaved.gone': 'het is elders verwijderd',
    'notSaved.other': 'het opslaan is nog niet klaar',
    notSavedFirst:
      'Kon {action, select, open {“{target}” niet openen} create {geen nieuw scenario maken} other {“{target}” niet terughalen}}: “{name}” is nog niet opgeslagen ({reason}).',
    opening: '“{name}” wordt geopend…',
    deletedElsewhere: '“{name}” is elders verwijderd.',
    notOpened: 'Kon “{name}” niet openen: {reason}',
    creating: 'Een nieuw scenario wordt gemaakt…',
    notCreated: 'Kon geen nieuw scenario maken: {reason}',
    created:
      '“{name}” gemaakt als kopie van “{source}”. Geef het een naam en schrijf op waarom het het overwegen waard is.',
    needsName: 'Een scenario heeft een naam nodig; de oude blijft staan.',
    keepsOne:
      'Een werkruimte houdt minstens één scenario, dus het laatste kan niet worden verwijderd.',
    deleting: '“{name}” wordt verwijderd…',
    notDeleted: 'Kon “{name}” niet verwijderen: {reason}',
    notDeletedChanged:
      'Kon “{name}” niet verwijderen: iemand anders heeft het gewijzigd sinds je het opende. Open het om hun wijzigingen te zien',
    deletedAlready:
      '“{name}” was elders al verwijderd. Via Verwijderde scenario’s kun je het terughalen.',
    deleted: '“{name}” verwijderd.',
    undo: 'Ongedaan maken',
    bringingBack: '“{name}” wordt teruggehaald…',
    backAlready: '“{name}” is al terug: iemand anders haalde het eerder terug.',
    notBroughtBack: 'Kon “{name}” niet terughalen: {reason}',
    notBroughtBackErased:
      'Kon “{name}” niet terughalen: het wordt niet meer bewaard (verwijderde scenario’s worden na 30 dagen gewist).',
    broughtBack: '“{name}” teruggehaald met al zijn opgeslagen versies.',
    restoring: 'Versie {version} van “{name}” wordt teruggezet…',
    notRestoredUnsaved: 'Kon niet terugzetten: “{name}” is nog niet opgeslagen ({reason}).',
    notRestored: 'Kon versie {version} van “{name}” niet terugzetten: {reason}',
    notRestoredChanged:
      'Kon versie {version} van “{name}” niet terugzetten: iemand anders heeft het intussen opgeslagen. Laad de geschiedenis opnieuw en probeer het nog eens',
    restored:
      'Versie {version} van “{name}” teruggezet en opgeslagen als versie {saved}. De versie daarvoor blijft in de geschiedenis.',
    slowDown:
      'De server vroeg de editor om het rustiger aan te doen; opnieuw opslaan over {seconds, number} s.',
    unreachable: 'De Orgwise-server is niet bereikbaar.',
    unreadable:
      'De server stuurde een antwoord dat de editor niet begrijpt. Misschien zit er een proxy tussen, of draait de server een andere versie: laad de pagina opnieuw.',
    workspaceLoaded:
      'De naam, gegevens, regels en volgorde van scenario’s van de werkruimte geladen zoals ze elders zijn opgeslagen.',
    downloadMine: 'Mijn versie downloaden',
    discardedGone: 'Je wijzigingen aan “{name}”, dat elders is verwijderd, zijn weggegooid.',
    loadedTheirs: 'Hun versie van “{name}” geladen.',
    yourVersion: '{name} (jouw versie)',
    savingMine: 'Je versie wordt opgeslagen als nieuw scenario…',
    mineNotSaved: 'Kon je versie niet opslaan als nieuw scenario: {reason}',
    savedMine:
      'Je versie is opgeslagen als “{name}”. {gone, select, yes {“{original}” is elders verwijderd.} other {“{original}” houdt hun versie.}}',
    combineOnlyOption: 'Alleen het organogram van een scenario kan worden gecombineerd.',
    combineOpenIt: 'Open dit scenario om beide versies te combineren.',
    combineNoTheirs: 'De server stuurde hun versie niet mee, dus die kan niet worden gecombineerd.',
    combineNoBase:
      'Combineren kan hier niet: de versie waarop je wijzigingen voortbouwen, is in dit tabblad niet meer bekend.',
    combineWhole:
      'Combineren kan hier niet: hun versie verandert het organogram als geheel (de volgorde van functies, of meer dan functies, bedrijfsgegevens en stippellijnen), en dat kan niet veld voor veld met je wijzigingen worden samengevoegd.',
    combinedUnsaved:
      'Hun versie van “{name}” is gecombineerd met je wijzigingen; het opslaan is nog niet klaar.',
    combined: 'Hun versie van “{name}” is gecombineerd met je wijzigingen en opgeslagen.',
    leftOut:
      '{what, select, update {Je wijziging van {fields} van {position}} move {Je verplaatsing van {position}} roles {Je wijziging van de rollen van {position}} add {Je nieuwe functie {position}} remove {Het verwijderen van {position}} replace {Je wijziging van {position}} dotted {Je stippellijn van {position} naar {target}} undotted {Het verwijderen van de stippellijn van {position} naar {target}} company {Je wijziging van de bedrijfsgegevens} other {Een van je wijzigingen}} is weggelaten: {reason}.',
    moreLeftOut:
      '{count, plural, one {Nog # wijziging is om dezelfde soort reden weggelaten.} other {Nog # wijzigingen zijn om dezelfde soort reden weggelaten.}}',
    'field.title': 'de titel',
    'field.holder': 'de functiehouder',
    'field.vacant': 'de vacature',
    'field.interim': 'de interimmarkering',
    'field.scope': 'de reikwijdte',
  },
});
