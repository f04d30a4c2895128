import type { ProblemTexts } from './problem-text.js';

// Dutch as a Dutch developer reads an API's errors: direct, "je", the HTTP words as they are.
export const nl: ProblemTexts = {
  bodyMismatch: 'De inhoud van het verzoek komt niet overeen met het schema; zie `errors`.',
  queryMismatch: 'De querystring komt niet overeen met het schema; zie `errors`.',
  unsavableText:
    'De inhoud van het verzoek bevat tekst die niet kan worden opgeslagen; zie `errors`.',
  unsavableKey: 'Deze sleutel: {problem}',
  forbiddenKey: 'De inhoud van het verzoek bevat een verboden sleutel.',
  protoKey:
    'De sleutel "__proto__" is niet toegestaan: JavaScript geeft hem een speciale betekenis, dus hij kan niet als gegevens worden bewaard.',
  notJson:
    'Stuur de inhoud als JSON met "Content-Type: application/json" (ontvangen: "{contentType}").',
  notUtf8Charset:
    'Stuur de JSON in UTF-8: charset={charset} wordt niet geaccepteerd. Laat de charset weg of geef charset=utf-8.',
  notUtf8:
    'De inhoud van het verzoek is geen geldige UTF-8: hij bevat bytes die in UTF-8 geen tekst zijn. Stuur de JSON gecodeerd als UTF-8.',
  tooDeep: 'De JSON is dieper genest dan {maxDepth} niveaus van arrays en objecten.',
  invalidJson: 'De inhoud van het verzoek is geen geldige JSON: {reason}',
  tooLarge: 'De inhoud van het verzoek is groter dan de limiet van {limit}.',
  internal: 'Er ging bij ons iets mis. De fout is gelogd; vermeld de requestId als je hem meldt.',
  methodNotAllowed: '{method} is hier niet toegestaan; gebruik {allowed}.',
  noEndpoint: 'Er is geen endpoint op {path}. De API-referentie staat op /api/docs.',
  tookTooLong: 'Het verwerken van het verzoek duurde langer dan {ms} ms.',
  bodyTooSlow: 'De inhoud van het verzoek kwam niet binnen {ms} ms aan.',
  shuttingDown: 'De server wordt afgesloten.',
  keyMissing:
    'Deze server beschermt zijn werkruimtes met een API-sleutel: stuur die als "Authorization: Bearer <key>". Vraag de beheerder van de server om de sleutel.',
  keyWrong:
    'De API-sleutel in de Authorization-header is niet de sleutel die deze server verwacht. Controleer hem op typefouten, of vraag de beheerder van de server om de huidige sleutel.',
  ifMatchMissing:
    'Stuur een If-Match-header met de versie van {what, select, scenario {het scenario} other {de werkruimte}} die je hebt gelezen (de ETag van je GET, bijv. If-Match: "3"), zodat deze wijziging er geen overschrijft die je niet hebt gezien.',
  ifMatchAny:
    'If-Match: * wordt niet geaccepteerd: noem de versie van {what, select, scenario {het scenario} other {de werkruimte}} die je hebt gelezen (bijv. If-Match: "3"). Wijzigingen worden alleen toegepast op een versie die de client heeft gezien.',
  ifMatchMany:
    'If-Match noemt {count} entity tags; noem de ene versie van {what, select, scenario {het scenario} other {de werkruimte}} die je hebt gelezen.',
  versionMismatch:
    '{what, select, scenario {Het scenario} other {De werkruimte}}{name, select, none {} other { “{name}”}} is gewijzigd sinds je het las: If-Match noemt {sent}, maar de huidige versie is {current}. Er is niets gewijzigd. Pas je wijziging toe op de huidige versie (in `current`) en stuur hem opnieuw met If-Match: "{current}".',
  malformedId:
    'Er is geen {what, select, scenario {scenario} other {werkruimte}} {id}: id’s zijn 22 tekens aan letters, cijfers, "-" en "_". Controleer of de link volledig is.',
  malformedRevision:
    'Er is geen revisie {version}: revisies zijn genummerd 1, 2, 3, … (zie de lijst met revisies).',
  workspaceNotFound:
    'Er is geen werkruimte met het id "{id}". Misschien is ze verwijderd, of is de link onvolledig.',
  scenarioDeleted:
    'Het scenario "{scenarioId}" is verwijderd. Het is terug te halen met POST /api/v1/workspaces/{workspaceId}/deleted-scenarios/{scenarioId}/restore.',
  scenarioNotFound:
    'De werkruimte heeft geen scenario met het id "{scenarioId}". Misschien is het verwijderd; de lijst met scenario’s staat op /api/v1/workspaces/{workspaceId}/scenarios.',
  scenarioNotDeleted:
    'Het scenario "{scenarioId}" is niet verwijderd: het staat op /api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}.',
  deletedScenarioNotFound:
    'De werkruimte heeft geen verwijderd scenario met het id "{scenarioId}". Verwijderde scenario’s worden {days} dagen bewaard; de scenario’s die terug te halen zijn, staan op /api/v1/workspaces/{workspaceId}/deleted-scenarios.',
  revisionNotFound:
    'Het scenario heeft geen revisie {version}: de revisies zijn genummerd 1 tot en met {latest}.',
  sourceRevisionNotFound: 'Het scenario "{scenarioId}" heeft geen revisie {version}.',
  sourceNotFound: 'De werkruimte heeft geen scenario met het id "{scenarioId}".',
  noSuchRevision: 'Deze revisie bestaat niet',
  notInWorkspace: 'Niet in deze werkruimte',
  derivedFromItself: 'Een scenario kan niet van zichzelf zijn afgeleid.',
  mustNameAnother: 'Moet een ander scenario van deze werkruimte noemen',
  orderMismatch:
    'De volgorde moet elk scenario van de werkruimte één keer noemen: {missing, plural, =0 {} other {# ontbreken}}{missing, plural, =0 {} other {{unknown, plural, =0 {} other { en }}}}{unknown, plural, =0 {} other {# niet in de werkruimte}}. Haal de lijst opnieuw op en stuur de hele volgorde.',
  orderMissing: 'Ontbreekt: "{id}"',
  orderUnknown: 'Geen scenario van deze werkruimte: "{id}"',
  shareLinkNotFound:
    'Deze werkruimte heeft geen deellink met het id "{id}". Misschien is hij al ingetrokken.',
  shareTokenNotFound:
    'Deze deellink opent niets: hij is ingetrokken, of hij is niet volledig gekopieerd. Vraag degene die hem deelde om een nieuwe link.',
  shareExpired:
    'Deze link werkt niet meer sinds {expiredAt}. Vraag degene die hem deelde om een nieuwe link, of om deze te verlengen.',
  sharePasswordMissing:
    "Deze link heeft een wachtwoord: stuur het naar POST /api/v1/shared/'{'token'}'/unlock als '{' \"password\": \"…\" '}'.",
  sharePasswordWrong:
    'Dat is niet het wachtwoord van deze link. Controleer het bij degene die de link deelde.',
  outdatedRules:
    'De regelinstellingen van de werkruimte noemen regels of opties die deze versie van Orgwise niet kent; {whatToDo, select, share {de organogrammen ervan kunnen niet worden gecontroleerd. Vraag degene die de link deelde om ze te corrigeren.} other {corrigeer ze met PATCH op de werkruimte.}}',
  tooManyPositions:
    '{what, select, patched {Het gewijzigde organogram} aSaved {Een opgeslagen organogram} saved {Het opgeslagen organogram} document {Het document} other {Het organogram}} heeft {count, number} functies; deze server accepteert er hoogstens {limit, number}.',
  atMostPositions: 'Hoogstens {limit, number} functies zijn toegestaan',
  noProblemType: 'Er is geen probleemtype "{slug}".',
  tooManyRequests:
    'Te veel {what, select, passwords {verkeerde wachtwoorden of links} other {verzoeken}} van deze client: hoogstens {limit, number} {unit, select, minutes {{count, plural, one {per minuut} other {per # minuten}}} other {{count, plural, one {per seconde} other {per # seconden}}}}. Probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.',
};
