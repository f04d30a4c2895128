import type { ProblemTexts } from './problem-text.js';

// Danish as a Danish developer reads an API's errors: direct, "du", the HTTP words as they are.
export const da: ProblemTexts = {
  bodyMismatch: 'Anmodningens indhold passer ikke til skemaet; se `errors`.',
  queryMismatch: 'Forespørgselsstrengen passer ikke til skemaet; se `errors`.',
  unsavableText: 'Anmodningens indhold rummer tekst, der ikke kan gemmes; se `errors`.',
  unsavableKey: 'Denne nøgle: {problem}',
  forbiddenKey: 'Anmodningens indhold rummer en forbudt nøgle.',
  protoKey:
    'Nøglen "__proto__" er ikke tilladt: JavaScript giver den en særlig betydning, så den kan ikke gemmes som data.',
  notJson: 'Send indholdet som JSON med "Content-Type: application/json" (fik "{contentType}").',
  notUtf8Charset:
    'Send JSON i UTF-8: charset={charset} modtages ikke. Udelad charset, eller angiv charset=utf-8.',
  notUtf8:
    'Anmodningens indhold er ikke gyldig UTF-8: det rummer bytes, der ikke er tekst i UTF-8. Send JSON kodet som UTF-8.',
  tooDeep: 'JSON er indlejret dybere end {maxDepth} niveauer af lister og objekter.',
  invalidJson: 'Anmodningens indhold er ikke gyldig JSON: {reason}',
  tooLarge: 'Anmodningens indhold er større end grænsen på {limit}.',
  internal: 'Noget gik galt hos os. Fejlen er logget; oplys requestId, når du rapporterer den.',
  methodNotAllowed: '{method} er ikke tilladt her; brug {allowed}.',
  noEndpoint: 'Der er intet endpoint på {path}. API-referencen ligger på /api/docs.',
  tookTooLong: 'Anmodningen tog mere end {ms} ms at behandle.',
  bodyTooSlow: 'Anmodningens indhold nåede ikke frem inden for {ms} ms.',
  shuttingDown: 'Serveren lukker ned.',
  keyMissing:
    'Denne server beskytter sine arbejdsområder med en API-nøgle: send den som "Authorization: Bearer <key>". Spørg serverens driftsansvarlige om nøglen.',
  keyWrong:
    'API-nøglen i Authorization-headeren er ikke den, serveren forventer. Tjek den for tastefejl, eller spørg serverens driftsansvarlige om den gældende nøgle.',
  ifMatchMissing:
    'Send en If-Match-header med versionen af {what, select, scenario {scenariet} other {arbejdsområdet}}, du læste (ETag fra din GET, fx If-Match: "3"), så ændringen ikke kan overskrive en, du ikke har set.',
  ifMatchAny:
    'If-Match: * modtages ikke: angiv versionen af {what, select, scenario {scenariet} other {arbejdsområdet}}, du læste (fx If-Match: "3"). Ændringer anvendes kun på en version, klienten har set.',
  ifMatchMany:
    'If-Match nævner {count} entity tags; angiv den ene version af {what, select, scenario {scenariet} other {arbejdsområdet}}, du læste.',
  versionMismatch:
    '{what, select, scenario {Scenariet} other {Arbejdsområdet}}{name, select, none {} other { “{name}”}} er ændret, siden du læste det: If-Match nævner {sent}, men den aktuelle version er {current}. Intet er ændret. Anvend din ændring på den aktuelle version (i `current`), og send den igen med If-Match: "{current}".',
  malformedId:
    'Der er intet {what, select, scenario {scenarie} other {arbejdsområde}} {id}: id’er er 22 tegn af bogstaver, cifre, "-" og "_". Tjek, at linket er komplet.',
  malformedRevision:
    'Der er ingen revision {version}: revisioner er nummereret 1, 2, 3, … (se listen over revisioner).',
  workspaceNotFound:
    'Der er intet arbejdsområde med id’et "{id}". Det kan være slettet, eller linket er ufuldstændigt.',
  scenarioDeleted:
    'Scenariet "{scenarioId}" er slettet. Det kan hentes tilbage med POST /api/v1/workspaces/{workspaceId}/deleted-scenarios/{scenarioId}/restore.',
  scenarioNotFound:
    'Arbejdsområdet har intet scenarie med id’et "{scenarioId}". Det kan være slettet; listen over scenarier ligger på /api/v1/workspaces/{workspaceId}/scenarios.',
  scenarioNotDeleted:
    'Scenariet "{scenarioId}" er ikke slettet: det ligger på /api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}.',
  deletedScenarioNotFound:
    'Arbejdsområdet har intet slettet scenarie med id’et "{scenarioId}". Slettede scenarier gemmes i {days} dage; dem, der kan hentes tilbage, står på /api/v1/workspaces/{workspaceId}/deleted-scenarios.',
  revisionNotFound:
    'Scenariet har ingen revision {version}: dets revisioner er nummereret 1 til {latest}.',
  sourceRevisionNotFound: 'Scenariet "{scenarioId}" har ingen revision {version}.',
  sourceNotFound: 'Arbejdsområdet har intet scenarie med id’et "{scenarioId}".',
  noSuchRevision: 'Revisionen findes ikke',
  notInWorkspace: 'Ikke i dette arbejdsområde',
  derivedFromItself: 'Et scenarie kan ikke være afledt af sig selv.',
  mustNameAnother: 'Skal nævne et andet scenarie i dette arbejdsområde',
  orderMismatch:
    'Rækkefølgen skal nævne hvert af arbejdsområdets scenarier én gang: {missing, plural, =0 {} other {# mangler}}{missing, plural, =0 {} other {{unknown, plural, =0 {} other { og }}}}{unknown, plural, =0 {} other {# er ikke i arbejdsområdet}}. Hent listen igen, og send hele rækkefølgen.',
  orderMissing: 'Mangler: "{id}"',
  orderUnknown: 'Ikke et scenarie i dette arbejdsområde: "{id}"',
  shareLinkNotFound:
    'Dette arbejdsområde har intet delingslink med id’et "{id}". Det kan allerede være trukket tilbage.',
  shareTokenNotFound:
    'Dette delingslink åbner ikke noget: det er trukket tilbage, eller det blev ikke kopieret helt. Bed den, der delte det, om et nyt link.',
  shareExpired:
    'Dette link holdt op med at virke {expiredAt}. Bed den, der delte det, om et nyt link eller om at forlænge dette.',
  sharePasswordMissing:
    "Dette link har en adgangskode: send den til POST /api/v1/shared/'{'token'}'/unlock som '{' \"password\": \"…\" '}'.",
  sharePasswordWrong:
    'Det er ikke adgangskoden til dette link. Tjek den med den, der delte linket.',
  outdatedRules:
    'Arbejdsområdets regelindstillinger nævner regler eller indstillinger, som denne version af Orgwise ikke kender; {whatToDo, select, share {dets diagrammer kan ikke kontrolleres. Bed den, der delte linket, om at rette dem.} other {ret dem med PATCH på arbejdsområdet.}}',
  tooManyPositions:
    '{what, select, patched {Det ændrede diagram} aSaved {Et gemt diagram} saved {Det gemte diagram} document {Dokumentet} other {Diagrammet}} har {count, number} stillinger; denne server modtager højst {limit, number}.',
  atMostPositions: 'Højst {limit, number} stillinger er tilladt',
  noProblemType: 'Der er ingen problemtype "{slug}".',
  tooManyRequests:
    'For mange {what, select, passwords {forkerte adgangskoder eller links} other {anmodninger}} fra denne klient: højst {limit, number} {unit, select, minutes {{count, plural, one {i minuttet} other {pr. # minutter}}} other {{count, plural, one {i sekundet} other {pr. # sekunder}}}}. Prøv igen om {seconds, plural, one {# sekund} other {# sekunder}}.',
};
