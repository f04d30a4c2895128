import { endpoints } from '@orgwise/contract';
import { checkedJson, checkLimits } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { rawJsonBody } from '../../http/json-body.js';
import { requestLocale } from '../../http/request-locale.js';

/**
 * Findings are not errors: a broken chart is a 200 with findings. src/checking does the work from
 * the raw bytes, bypassing zod on the happy path for speed; the record's schema gives the errors.
 */
export function validateRoutes({ config }: AppDeps, checks: ChartChecks): Implementation[] {
  const limits = checkLimits(config);
  return [
    implement(
      endpoints.validateChart,
      ...rawJsonBody(config),
      checkedJson(checks, (req) => ({
        kind: 'validate',
        body: req.body,
        limits,
        locale: requestLocale(req),
      })),
    ),
  ];
}
