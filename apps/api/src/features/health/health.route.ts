import { endpoints, type Health } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';

export function healthRoutes(deps: AppDeps): Implementation[] {
  return [
    implement(endpoints.getHealth, (_req, res) => {
      if (deps.isShuttingDown?.()) throw statusProblem(503, problemText('shuttingDown'));
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ok' } satisfies Health);
    }),
  ];
}
