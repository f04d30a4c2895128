import { z } from 'zod';

/**
 * The OpenAPI document as any JSON object: documented as `{ "type": "object" }`, since describing
 * OpenAPI 3.1 in itself would say nothing a reader needs.
 */
export const openApiDocumentSchema = z.record(z.string(), z.unknown()).meta({
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    jsonSchema.type = 'object';
  },
});
