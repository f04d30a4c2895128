import { endpoints, type Scenario } from '@orgwise/contract';
import type { Chart, PatchOp } from '@orgwise/domain';
import type { Request } from 'express';
import { applyWithinLimit } from '../../checking/apply-within-limit.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement, parsedBody } from '../../http/implement.js';
import { jsonBody } from '../../http/json-body.js';
import { positionLimit } from '../../http/position-limit.js';
import {
  ifMatchVersion,
  requireIfMatch,
  sendVersioned,
  settle,
  versionMismatch,
} from '../../http/preconditions.js';
import { inputProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';
import { scenarioNotFound } from './scenario-not-found.js';

const emptyChart: Chart = { version: 1, positions: [] };

export function scenariosRoutes({ config, store }: AppDeps): Implementation[] {
  const body = [...jsonBody(config), storableText, positionLimit(config.maxPositions)];

  return [
    implement(endpoints.listScenarios, ...workspaceList('scenarios', store.listScenarios)),
    implement(
      endpoints.createScenario,
      savedParams,
      ...body,
      parsedBody(endpoints.createScenario, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const outcome = await store.createScenario(
          workspaceId,
          {
            name: input.name,
            description: input.description ?? '',
            derivedFrom: input.derivedFrom ?? null,
          },
          input.duplicateOf === undefined
            ? { kind: 'chart', chart: input.chart ?? emptyChart }
            : { kind: 'duplicate', scenarioId: input.duplicateOf, version: input.version },
        );
        if (outcome.status === 'not-found') throw workspaceNotFound(workspaceId);
        if (outcome.status === 'source-not-found') {
          const named = outcome.field === 'version' ? input.version : input[outcome.field];
          throw inputProblem(
            'unknown-reference',
            outcome.field === 'version'
              ? problemText('sourceRevisionNotFound', {
                  scenarioId: String(input.duplicateOf),
                  version: String(named),
                })
              : problemText('sourceNotFound', { scenarioId: String(named) }),
            [
              {
                path: [outcome.field],
                message: problemText(
                  outcome.field === 'version' ? 'noSuchRevision' : 'notInWorkspace',
                ),
              },
            ],
          );
        }
        const scenario = outcome.value;
        res.location(`/api/v1/workspaces/${workspaceId}/scenarios/${scenario.id}`);
        sendVersioned(res, 201, scenario);
      }),
    ),
    implement(endpoints.getScenario, savedParams, async (req, res) => {
      const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
      const scenario = await store.getScenario(workspaceId, scenarioId);
      if (scenario === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
      sendVersioned(res, 200, scenario);
    }),
    implement(
      endpoints.updateScenario,
      savedParams,
      requireIfMatch('scenario'),
      ...body,
      parsedBody(endpoints.updateScenario, async ({ patch, ...changes }, req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const expected = ifMatchVersion(req, 'scenario');
        if (patch !== undefined) {
          changes.chart = await patchedChart(req, workspaceId, scenarioId, expected, patch);
        }
        const outcome = await store.updateScenario(workspaceId, scenarioId, expected, changes);
        if (outcome.status === 'source-not-found') {
          throw inputProblem(
            'unknown-reference',
            changes.derivedFrom === scenarioId
              ? problemText('derivedFromItself')
              : problemText('sourceNotFound', { scenarioId: String(changes.derivedFrom) }),
            [{ path: ['derivedFrom'], message: problemText('mustNameAnother') }],
          );
        }
        const scenario = await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        sendVersioned(res, 200, scenario);
      }),
    ),
    implement(
      endpoints.deleteScenario,
      savedParams,
      requireIfMatch('scenario'),
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const outcome = await store.deleteScenario(
          workspaceId,
          scenarioId,
          ifMatchVersion(req, 'scenario'),
        );
        await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        res.status(204).end();
      },
    ),
  ];

  /**
   * The saved chart with the patch applied, read at the version the client names: a patch only
   * means something against the chart it was made for.
   */
  async function patchedChart(
    req: Request,
    workspaceId: string,
    scenarioId: string,
    expected: number,
    patch: PatchOp[],
  ): Promise<Chart> {
    const current: Scenario | undefined = await store.getScenario(workspaceId, scenarioId);
    if (current === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
    if (current.version !== expected) throw versionMismatch(req, 'scenario', current);
    return applyWithinLimit(current.chart, patch, config.maxPositions);
  }
}
