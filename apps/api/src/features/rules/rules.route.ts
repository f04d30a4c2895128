import { endpoints, type rulesResponseSchema } from '@orgwise/contract';
import { describeRules } from '@orgwise/domain';
import type { z } from 'zod';
import { type Implementation, implement } from '../../http/implement.js';
import { staticJson } from '../../http/static-json.js';

export function rulesRoutes(): Implementation[] {
  const rules: z.output<typeof rulesResponseSchema> = { rules: describeRules() };
  return [implement(endpoints.listRules, staticJson(rules))];
}
