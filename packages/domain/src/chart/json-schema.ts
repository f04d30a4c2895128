import { z } from 'zod';
import { chartSchema } from './schema.js';

/** JSON Schema (draft 2020-12) of the chart document, for other systems to validate against. */
export const chartJsonSchema = z.toJSONSchema(chartSchema, { io: 'input' });
