import { endpoints } from '@orgwise/contract';
import { defaultLocale } from '@orgwise/domain';
import type { Request, Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { checkLimits, runForRequest } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement, parsedBody } from '../../http/implement.js';
import { jsonBody } from '../../http/json-body.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { HttpProblem, typedProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { budgets, failedAttemptLimit } from '../../http/rate-limit.js';
import { answerIn, askedLocale } from '../../http/request-locale.js';
import { checkSavedRuleSettings } from '../../http/saved-rule-settings.js';
import { watchReader } from '../../http/slow-readers.js';
import { sharedNotFound } from './share-params.js';
import { isSharePassword } from './share-password.js';
import { writeSharedWorkspace } from './write-shared-workspace.js';

/**
 * GET /v1/shared/{token}, and POST …/unlock with the password of a link that has one: the
 * read-only view of a workspace. Their records' auth is `share-link`, so the API key check lets
 * them by: the people a link is for have no key; nothing here changes anything.
 */
export function sharedRoutes(
  deps: AppDeps,
  checks: ChartChecks,
  passwordAttempts: RateLimiterAbstract,
): Implementation[] {
  const show = sharedView(deps, checks);
  return [
    implement(endpoints.getSharedWorkspace, (req, res) => show(req, res, undefined)),
    implement(
      endpoints.unlockSharedWorkspace,
      failedAttemptLimit(budgets(deps.config)['password-attempts'], passwordAttempts, deps.logger),
      ...jsonBody(deps.config),
      parsedBody(endpoints.unlockSharedWorkspace, ({ password }, req, res) =>
        show(req, res, password),
      ),
    ),
  ];
}

function sharedView({ config, store }: AppDeps, checks: ChartChecks) {
  const limits = checkLimits(config);
  return async (req: Request, res: Response, password: string | undefined): Promise<void> => {
    const link = await store.findShareLink(String(req.params.token));
    if (link === undefined) throw sharedNotFound();
    if (link.expiresAt !== null && link.expiresAt.getTime() <= Date.now()) {
      const expiredAt = link.expiresAt.toISOString();
      throw typedProblem('share-link-expired', problemText('shareExpired', { expiredAt }));
    }
    if (link.passwordHash !== null) {
      if (password === undefined) {
        throw typedProblem('share-password-required', problemText('sharePasswordMissing'));
      }
      if (!(await isSharePassword(password, link.passwordHash))) {
        throw typedProblem('share-password-required', problemText('sharePasswordWrong'));
      }
    }
    const shared = await store.readSharedWorkspace(link.workspaceId);
    if (shared === undefined) throw sharedNotFound();
    const { workspace, scenarios } = shared;
    checkSavedRuleSettings(workspace.rules, 'share');
    for (const [index, scenario] of scenarios.entries()) {
      if (scenario.positionCount > config.maxPositions) {
        throw tooManyPositions(
          scenario.positionCount,
          config.maxPositions,
          ['scenarios', index, 'chart'],
          'A saved chart',
        );
      }
    }
    // One report at a time, each off the main thread when large, all before the first byte is
    // sent: a problem (503 when the checks are full) can still be answered as one.
    const reports: string[] = [];
    // The viewer's language when Accept-Language names one Orgwise speaks; else the workspace's.
    const locale = askedLocale(req) ?? workspace.language ?? defaultLocale;
    for (const scenario of scenarios) {
      const task = {
        kind: 'report',
        chartJson: scenario.chartJson,
        rules: workspace.rules,
        limits,
        locale,
      } as const;
      const result = await runForRequest(res, checks, task);
      if (result === undefined) return;
      if (!result.ok) throw new HttpProblem(result.problem, result.headers, result.texts);
      reports.push(result.json);
    }
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    answerIn(res, locale);
    res.type('application/json');
    watchReader(res, config.slowReaderTimeoutMs);
    await writeSharedWorkspace(res, workspace, scenarios, reports);
  };
}
