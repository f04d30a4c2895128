import { endpoints, type problemTypeSchema, problemTypes } from '@orgwise/contract';
import type { z } from 'zod';
import { type Implementation, implement } from '../../http/implement.js';
import { statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';

/** GET /api/problems/<slug>: what the `type` of one of the API's problem documents means. */
export function problemsRoutes(): Implementation[] {
  return [
    implement(endpoints.getProblemType, (req, res) => {
      const type = problemTypes.get(String(req.params.slug));
      if (type === undefined) {
        throw statusProblem(404, problemText('noProblemType', { slug: String(req.params.slug) }));
      }
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.json({
        type: `/api/problems/${type.slug}`,
        title: type.title,
        status: type.status,
        description: type.description,
      } satisfies z.output<typeof problemTypeSchema>);
    }),
  ];
}
