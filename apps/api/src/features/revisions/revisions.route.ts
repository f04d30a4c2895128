import { endpoints } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { inputProblem, statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { requestLocale } from '../../http/request-locale.js';
import {
  revisionParam,
  savedParams,
  scenarioIdParam,
  workspaceIdParam,
} from '../../http/saved-params.js';
import { toInputIssues } from '../../http/validated.js';
import { scenarioNotFound } from '../scenarios/scenario-not-found.js';

const defaultPageSize = 100;

export function revisionsRoutes({ store }: AppDeps): Implementation[] {
  return [
    implement(endpoints.listRevisions, savedParams, async (req, res) => {
      const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
      // The record's query schema: parsed here, since Express leaves the query as text.
      const query = endpoints.listRevisions.request.query.safeParse(req.query);
      if (!query.success) {
        throw inputProblem(
          'invalid-request',
          problemText('queryMismatch'),
          toInputIssues(query.error, requestLocale(req)).map((issue) => ({
            ...issue,
            path: ['query', ...issue.path],
          })),
        );
      }
      const limit = query.data.limit ?? defaultPageSize;
      // One more than asked tells whether there is a next page.
      const page = await store.listRevisions(workspaceId, scenarioId, {
        before: query.data.before,
        limit: limit + 1,
      });
      if (page === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
      const revisions = page.slice(0, limit);
      res.setHeader('Cache-Control', 'private, no-store');
      res.json({
        revisions,
        nextBefore: page.length > limit ? revisions[revisions.length - 1]!.version : null,
      });
    }),
    implement(endpoints.getRevision, savedParams, async (req, res) => {
      const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
      const version = revisionParam(req);
      const revision = await store.getRevision(workspaceId, scenarioId, version);
      if (revision === undefined) {
        throw await revisionNotFound(workspaceId, scenarioId, version);
      }
      sendVersioned(res, 200, revision);
    }),
    implement(
      endpoints.restoreRevision,
      savedParams,
      requireIfMatch('scenario'),
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const version = revisionParam(req);
        const outcome = await store.restoreRevision(
          workspaceId,
          scenarioId,
          version,
          ifMatchVersion(req, 'scenario'),
        );
        if (outcome.status === 'revision-not-found') {
          throw await revisionNotFound(workspaceId, scenarioId, version);
        }
        const scenario = await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        sendVersioned(res, 200, scenario);
      },
    ),
  ];

  async function revisionNotFound(
    workspaceId: string,
    scenarioId: string,
    version: number,
  ): Promise<Error> {
    const scenario = await store.getScenario(workspaceId, scenarioId);
    if (scenario === undefined) return scenarioNotFound(store, workspaceId, scenarioId);
    return statusProblem(
      404,
      problemText('revisionNotFound', { version, latest: scenario.version }),
    );
  }
}
