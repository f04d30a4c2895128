// Regenerates the committed openapi.json: `pnpm --filter @orgwise/api openapi`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './document.js';
import { serializeOpenApi } from './serialize.js';

const target = fileURLToPath(new URL('./openapi.json', import.meta.url));
writeFileSync(target, serializeOpenApi(buildOpenApiDocument()));
console.log(`Wrote ${target}`);
