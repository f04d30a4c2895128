import { endpoints } from '@orgwise/contract';
import { checkedJson, checkLimits } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { rawJsonBody } from '../../http/json-body.js';
import { requestLocale } from '../../http/request-locale.js';

/** The patched chart and its report (src/checking does the work, as for validate). */
export function applyRoutes({ config }: AppDeps, checks: ChartChecks): Implementation[] {
  const limits = checkLimits(config);
  return [
    implement(
      endpoints.applyPatch,
      ...rawJsonBody(config),
      checkedJson(checks, (req) => ({
        kind: 'apply',
        body: req.body,
        limits,
        locale: requestLocale(req),
      })),
    ),
  ];
}
