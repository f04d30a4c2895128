import { chartSchema, patchOpSchema, positionSchema } from '@orgwise/domain';
import { createDocument, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import { applyPaths } from '../features/apply/apply.route.js';
import { docsPaths } from '../features/docs/docs.route.js';
import { healthPaths } from '../features/health/health.route.js';
import { problemsPaths } from '../features/problems/problems.route.js';
import { rolesPaths } from '../features/roles/roles.route.js';
import { rulesPaths } from '../features/rules/rules.route.js';
import { validatePaths } from '../features/validate/validate.route.js';
import { ruleSettingsComponent } from '../schemas/rule-settings-field.js';

const paths: ZodOpenApiPathsObject = {
  ...healthPaths,
  ...validatePaths,
  ...applyPaths,
  ...rolesPaths,
  ...rulesPaths,
  ...problemsPaths,
  ...docsPaths,
};

const description = `Validate leadership org charts against Orgwise's rules, and apply suggested fixes.

- **Findings are not errors.** A chart with a reporting cycle or a misplaced CTO is a \`200\` whose report lists the findings; only a body that is not a chart is an error.
- **Errors** are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) problem documents (\`application/problem+json\`). Input errors carry an \`errors\` list of \`{ path, message }\`, the path leading into the request body (\`["chart", "positions", 2, "title"]\`).
- **Limits** (set by the operator): body size (default 10 MB), positions per chart (default 100,000), JSON nesting depth (default 64), requests per client and minute (default 300, announced in the \`RateLimit\` headers), and request time (default 30 s).
- Every response has an \`X-Request-Id\`; send your own (letters, digits, \`._:-\`, up to 128) to correlate logs.`;

/** The OpenAPI 3.1 document, generated from the zod schemas that parse the requests. */
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
      { name: 'Reference', description: 'The roles, rules and problem types.' },
      { name: 'Service', description: 'Health and documentation.' },
    ],
    paths,
    components: {
      schemas: {
        Chart: chartSchema,
        Position: positionSchema,
        PatchOperation: patchOpSchema,
        ...ruleSettingsComponent,
      },
    },
  });
}
