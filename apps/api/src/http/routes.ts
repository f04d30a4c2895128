import type { RequestHandler, Router } from 'express';
import { statusProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type MethodHandlers = Partial<Record<Method, RequestHandler | RequestHandler[]>>;

/**
 * Mounts the handlers of one path and answers every other method with 405 and an `Allow` header
 * (OPTIONS gets 204 with `Allow`), so a wrong method is never mistaken for an unknown route. Express
 * answers HEAD with the GET handler.
 */
export function route(router: Router, path: string, handlers: MethodHandlers): void {
  const methods = Object.keys(handlers) as Method[];
  const allowed = methods.map((method) => method.toUpperCase());
  if (allowed.includes('GET')) allowed.push('HEAD');
  allowed.push('OPTIONS');
  const allow = allowed.join(', ');
  const entry = router.route(path);
  for (const method of methods) entry[method](handlers[method] as RequestHandler[]);
  entry.all((req, res) => {
    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', allow);
      res.status(204).end();
      return;
    }
    throw statusProblem(
      405,
      problemText('methodNotAllowed', {
        method: req.method,
        allowed: allowed.filter((m) => m !== 'HEAD' && m !== 'OPTIONS'),
      }),
      {},
      { Allow: allow },
    );
  });
}

/** The last handler: nothing matched the path. */
export const notFound: RequestHandler = (req) => {
  throw statusProblem(404, problemText('noEndpoint', { path: req.path }));
};
