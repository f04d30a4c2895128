import { endpoints, ruleSettingsComponent } from '@orgwise/contract';
import { chartSchema, patchOpSchema, positionSchema } from '@orgwise/domain';
import { createDocument, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import { apiKeyScheme, operationOf } from './operation.js';

/** The paths of every endpoint record, in the records' order. */
function pathsOf(records: typeof endpoints): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of Object.values(records)) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operationOf(endpoint) };
  }
  return paths;
}

const description = `Validate leadership org charts against Orgwise's rules, apply suggested fixes, and save work in workspaces of scenarios with their revision history.

- **Findings are not errors.** A chart with a reporting cycle or a misplaced CTO is a \`200\` whose report lists the findings; only a body that is not a chart is an error.
- **Errors** are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) problem documents (\`application/problem+json\`). Input errors carry an \`errors\` list of \`{ path, message }\`, the path leading into the request body (\`["chart", "positions", 2, "title"]\`).
- **Limits** (set by the operator): body size (default 10 MB), positions per chart (default 100,000), JSON nesting depth (default 64), requests per client and minute (default 300, announced in the \`RateLimit\` headers), and request time (default 30 s).
- **Saved work** (workspaces, scenarios, revisions): reads carry the version as \`ETag\`; every change needs \`If-Match\` with the version you read (\`428\` without it) and answers \`412\` with the current resource when someone saved in between. Ids are 128 random bits; there is no list of workspaces. When the operator sets \`ORGWISE_API_KEY\`, these routes need \`Authorization: Bearer <key>\`.
- Every response has an \`X-Request-Id\`; send your own (letters, digits, \`._:-\`, up to 128) to correlate logs.`;

/** The OpenAPI 3.1 document, generated from the contract's endpoint records and their schemas. */
export function buildOpenApiDocument(): oas31.OpenAPIObject {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Orgwise API',
      version: '1.0.0',
      description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'Charts', description: 'Validate charts and apply patches.' },
      {
        name: 'Workspaces',
        description: 'Saved workspaces: a client’s or a team’s planning space.',
      },
      { name: 'Scenarios', description: 'Options for the structure, saved in a workspace.' },
      {
        name: 'Revisions',
        description:
          'The saved states of a scenario, restorable: the newest 50, the first and every restore always; older saves thinned to the last of each 10 minutes for a day, each hour for 30 days, then each day.',
      },
      {
        name: 'Sharing',
        description: 'Read-only links to a workspace, for clients without the API key.',
      },
      { name: 'Reference', description: 'The roles, rules and problem types.' },
      { name: 'Service', description: 'Health and documentation.' },
    ],
    paths: pathsOf(endpoints),
    components: {
      securitySchemes: apiKeyScheme,
      schemas: {
        Chart: chartSchema,
        Position: positionSchema,
        PatchOperation: patchOpSchema,
        ...ruleSettingsComponent,
      },
    },
  });
}
