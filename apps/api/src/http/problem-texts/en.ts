/**
 * The details of the API's problem documents and the messages of its input errors, by id, as ICU
 * MessageFormat (a literal brace is quoted: '{'). English is the source; Danish and Dutch must
 * have the same ids and placeholders (`problem-texts.test.ts`). Quoted values (`{id}`) are the
 * client's own and shown as sent.
 */
export const en = {
  bodyMismatch: 'The request body does not match the schema; see `errors`.',
  queryMismatch: 'The query string does not match the schema; see `errors`.',
  unsavableText: 'The request body contains text that cannot be saved; see `errors`.',
  unsavableKey: 'This key: {problem}',
  forbiddenKey: 'The request body contains a forbidden key.',
  protoKey:
    'The key "__proto__" is not allowed: JavaScript gives it a special meaning, so it could not be kept as data.',
  notJson: 'Send the body as JSON with "Content-Type: application/json" (got "{contentType}").',
  notUtf8Charset:
    'Send the JSON in UTF-8: charset={charset} is not accepted. Leave the charset out or say charset=utf-8.',
  notUtf8:
    'The request body is not valid UTF-8: it holds bytes that are not text in UTF-8. Send the JSON encoded as UTF-8.',
  tooDeep: 'The JSON is nested deeper than {maxDepth} levels of arrays and objects.',
  invalidJson: 'The request body is not valid JSON: {reason}',
  tooLarge: 'The request body is larger than the limit of {limit}.',
  internal:
    'Something went wrong on our side. The error has been logged; quote the requestId when you report it.',
  methodNotAllowed: '{method} is not allowed here; use {allowed}.',
  noEndpoint: 'There is no endpoint at {path}. The API reference is at /api/docs.',
  tookTooLong: 'The request took longer than {ms} ms to process.',
  bodyTooSlow: 'The request body did not arrive within {ms} ms.',
  shuttingDown: 'The server is shutting down.',
  keyMissing:
    'This server keeps its workspaces behind an API key: send it as "Authorization: Bearer <key>". Ask the server’s operator for the key.',
  keyWrong:
    'The API key in the Authorization header is not the one this server expects. Check it for typing errors, or ask the server’s operator for the current key.',
  ifMatchMissing:
    'Send an If-Match header with the version of the {what, select, scenario {scenario} other {workspace}} you read (the ETag of your GET, e.g. If-Match: "3"), so that this change cannot overwrite one you have not seen.',
  ifMatchAny:
    'If-Match: * is not accepted: name the version of the {what, select, scenario {scenario} other {workspace}} you read (e.g. If-Match: "3"). Changes are only applied to a version the client has seen.',
  ifMatchMany:
    'If-Match names {count} entity tags; name the one version of the {what, select, scenario {scenario} other {workspace}} you read.',
  versionMismatch:
    '{what, select, scenario {The scenario} other {The workspace}}{name, select, none {} other { “{name}”}} has changed since you read it: If-Match names {sent}, but the current version is {current}. Nothing was changed. Apply your change to the current version (in `current`) and send it again with If-Match: "{current}".',
  malformedId:
    'There is no {what, select, scenario {scenario} other {workspace}} {id}: {what, select, scenario {scenario} other {workspace}} ids are 22 characters of letters, digits, "-" and "_". Check that the link is complete.',
  malformedRevision:
    'There is no revision {version}: revisions are numbered 1, 2, 3, … (see the list of revisions).',
  workspaceNotFound:
    'There is no workspace with the id "{id}". It may have been deleted, or the link is incomplete.',
  scenarioDeleted:
    'The scenario "{scenarioId}" was deleted. It can be brought back with POST /api/v1/workspaces/{workspaceId}/deleted-scenarios/{scenarioId}/restore.',
  scenarioNotFound:
    'The workspace has no scenario with the id "{scenarioId}". It may have been deleted; the list of scenarios is at /api/v1/workspaces/{workspaceId}/scenarios.',
  scenarioNotDeleted:
    'The scenario "{scenarioId}" is not deleted: it is at /api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}.',
  deletedScenarioNotFound:
    'The workspace has no deleted scenario with the id "{scenarioId}". Deleted scenarios are kept for {days} days; those that can be brought back are listed at /api/v1/workspaces/{workspaceId}/deleted-scenarios.',
  revisionNotFound:
    'The scenario has no revision {version}: its revisions are numbered 1 to {latest}.',
  sourceRevisionNotFound: 'The scenario "{scenarioId}" has no revision {version}.',
  sourceNotFound: 'The workspace has no scenario with the id "{scenarioId}".',
  noSuchRevision: 'No such revision',
  notInWorkspace: 'Not in this workspace',
  derivedFromItself: 'A scenario cannot be derived from itself.',
  mustNameAnother: 'Must name another scenario of this workspace',
  orderMismatch:
    'The order must name each of the workspace’s scenarios once: {missing, plural, =0 {} other {# missing}}{missing, plural, =0 {} other {{unknown, plural, =0 {} other { and }}}}{unknown, plural, =0 {} other {# not in the workspace}}. Read the list again and send the whole order.',
  orderMissing: 'Missing: "{id}"',
  orderUnknown: 'Not a scenario of this workspace: "{id}"',
  shareLinkNotFound:
    'This workspace has no share link with the id "{id}". It may have been revoked already.',
  shareTokenNotFound:
    'This share link does not open anything: it has been revoked, or it was not copied completely. Ask whoever shared it for a new link.',
  shareExpired:
    'This link stopped working on {expiredAt}. Ask whoever shared it for a new link, or to extend this one.',
  sharePasswordMissing:
    "This link has a password: send it to POST /api/v1/shared/'{'token'}'/unlock as '{' \"password\": \"…\" '}'.",
  sharePasswordWrong:
    'That is not the password of this link. Check it with whoever shared the link.',
  outdatedRules:
    'The workspace’s rule settings name rules or options this version of Orgwise does not know; {whatToDo, select, share {its charts cannot be checked. Ask whoever shared the link to correct them.} other {correct them with PATCH on the workspace.}}',
  tooManyPositions:
    '{what, select, patched {The patched chart} aSaved {A saved chart} saved {The saved chart} document {The document} other {The chart}} has {count, number} positions; this server accepts at most {limit, number}.',
  atMostPositions: 'At most {limit, number} positions are allowed',
  noProblemType: 'There is no problem type "{slug}".',
  tooManyRequests:
    'Too many {what, select, passwords {wrong passwords or links} other {requests}} from this client: at most {limit, number} every {unit, select, minutes {{count, plural, one {minute} other {# minutes}}} other {{count, plural, one {second} other {# seconds}}}}. Try again in {seconds, plural, one {# second} other {# seconds}}.',
} as const;

export type ProblemTextId = keyof typeof en;
