import { endpoints } from '@orgwise/contract';
import { validate } from '@orgwise/domain';
import { limitFindings } from '../../checking/limit-findings.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { answerIn, requestLocale } from '../../http/request-locale.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import { checkSavedRuleSettings } from '../../http/saved-rule-settings.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';
import { scenarioNotFound } from './scenario-not-found.js';

/** GET …/report: the stored chart, validated with the workspace's stored rule settings. */
export function scenarioReportRoutes({ config, store }: AppDeps): Implementation[] {
  return [
    implement(endpoints.getScenarioReport, savedParams, async (req, res) => {
      const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
      const [workspace, scenario] = await Promise.all([
        store.getWorkspace(workspaceId),
        store.getScenario(workspaceId, scenarioId),
      ]);
      if (workspace === undefined) throw workspaceNotFound(workspaceId);
      if (scenario === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
      // Saved under an older configuration, a chart may be over today's limit: same problem.
      const count = scenario.chart.positions.length;
      if (count > config.maxPositions) {
        throw tooManyPositions(
          count,
          config.maxPositions,
          ['chart', 'positions'],
          'The saved chart',
        );
      }
      checkSavedRuleSettings(workspace.rules, 'patch');
      res.setHeader('Cache-Control', 'private, no-store');
      const locale = requestLocale(req);
      const report = validate(scenario.chart, { rules: workspace.rules, locale });
      answerIn(res, locale);
      res.json(limitFindings(report, config.maxFindingsPerRule));
    }),
  ];
}
