// The API's own problem types (RFC 9457 §3.1.1). Errors that HTTP's status code already explains
// (404, 405, 413 for bytes, 415, 429, 500, ...) use "about:blank" and the status phrase as title, as
// the RFC recommends; these types say more than a status can. Each type's URI is a relative
// reference that resolves to its description (GET /api/problems/<slug>), so clients can both
// compare it as a string and follow it.

export interface ProblemType {
  slug: string;
  title: string;
  status: number;
  description: string;
}

const problemTypeList = [
  {
    slug: 'invalid-json',
    title: 'The request body is not valid JSON',
    status: 400,
    description:
      'The body could not be read as JSON: a syntax error, or arrays and objects nested deeper than the server allows. Fix the JSON and send it again.',
  },
  {
    slug: 'invalid-request',
    title: 'The request does not match the schema',
    status: 400,
    description:
      'The JSON is well-formed but parts of it have the wrong shape: a missing chart, a field of the wrong type, an unknown rule, bad rule options or an unknown patch operation. The `errors` list names each part by its path in the request body.',
  },
  {
    slug: 'too-many-positions',
    title: 'The chart has more positions than the server accepts',
    status: 413,
    description:
      'The chart (or the chart a patch would produce) has more positions than the configured limit, given in `limit`. Split the chart or ask the operator to raise MAX_POSITIONS.',
  },
  {
    slug: 'patch-conflict',
    title: 'The patch does not apply to this chart',
    status: 422,
    description:
      'The patch is well-formed but an operation cannot apply to the chart: it names a position that does not exist, adds an id that is taken, or merges a position with itself. The `errors` list names the operation and field (["patch", <operation index>, <field>]).',
  },
  {
    slug: 'unreadable-document',
    title: 'The document cannot be read as the format named',
    status: 422,
    description:
      'POST /api/v1/import received the body but could not read it as the format the `format` query names: JSON that is not a SCIM, Microsoft Graph or Google Directory answer, a CSV file or workbook without a title column or with rows that cannot become positions, a file that is not a workbook. `detail` names the format; the `errors` list names each place (a member of the document, or a row and column).',
  },
  {
    slug: 'unknown-reference',
    title: 'The request names a scenario that is not there',
    status: 422,
    description:
      'The request is well-formed but names a scenario (to duplicate, to derive from) or a revision that this workspace does not have. The `errors` list names the member.',
  },
  {
    slug: 'scenario-order-mismatch',
    title: 'The order does not list the workspace’s scenarios',
    status: 409,
    description:
      'A new order must name every scenario of the workspace exactly once. Scenarios were added or deleted since you read the list: the `errors` list names the ids that are missing or unknown. Read the list again and send the order once more.',
  },
  {
    slug: 'scenario-not-deleted',
    title: 'The scenario is not deleted',
    status: 409,
    description:
      'Only a deleted scenario can be brought back, and this one is in the workspace (perhaps someone brought it back already). Nothing was changed; the scenario is at the URL the detail names.',
  },
  {
    slug: 'outdated-rule-settings',
    title: 'The workspace’s rule settings are out of date',
    status: 409,
    description:
      'The rule settings saved with the workspace name rules or options that this version of Orgwise does not know, so a report cannot be made with them. The `errors` list names them; save corrected settings with PATCH on the workspace.',
  },
  {
    slug: 'version-mismatch',
    title: 'The resource has changed since you read it',
    status: 412,
    description:
      'The If-Match header names a version that is no longer the current one: someone else saved in between. Nothing was changed. `currentVersion` is the version now stored and `current` the resource as it is now (also in the ETag header): show the difference, apply your change to it, and send it again with If-Match set to the new version.',
  },
  {
    slug: 'share-password-required',
    title: 'This link needs its password',
    status: 401,
    description:
      'Whoever shared the link gave it a password. Send it as `{ "password": "…" }` to POST /api/v1/shared/{token}/unlock; the answer is the shared workspace. A wrong password gets this answer again.',
  },
  {
    slug: 'share-link-expired',
    title: 'This link has expired',
    status: 410,
    description:
      'Whoever shared the link set it to stop working at the time in the detail. Ask them for a new link, or to extend this one.',
  },
  {
    slug: 'if-match-required',
    title: 'Say which version you are changing',
    status: 428,
    description:
      'Changing or deleting a saved workspace, scenario or order needs an If-Match header with the version you read (the ETag of your GET, e.g. If-Match: "3"), so that nobody overwrites a change they have not seen.',
  },
] as const satisfies readonly ProblemType[];

export type ProblemSlug = (typeof problemTypeList)[number]['slug'];

export const problemTypes: ReadonlyMap<string, ProblemType> = new Map(
  problemTypeList.map((type) => [type.slug, type]),
);

/** The `type` member of a problem document of this kind. */
export function problemTypeUri(slug: ProblemSlug): string {
  return `/api/problems/${slug}`;
}

export function problemType(slug: ProblemSlug): ProblemType {
  return problemTypes.get(slug)!;
}
