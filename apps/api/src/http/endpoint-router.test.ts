import { endpoints } from '@orgwise/contract';
import express from 'express';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { endpointRouter, expressPath } from './endpoint-router.js';
import { errorHandler } from './error-handler.js';
import { implement } from './implement.js';

/** Every record of the contract, each answering its operationId. */
const all = () =>
  Object.values(endpoints).map((endpoint) =>
    implement(endpoint, (_req, res) => {
      res.json({ operationId: endpoint.operationId });
    }),
  );

describe('endpointRouter', () => {
  test('routes every record at its path and method, under /api', async () => {
    const app = express().use('/api', endpointRouter(all())).use(errorHandler);
    const res = await request(app).patch('/api/v1/workspaces/abc/scenarios/def');
    expect(res.body).toEqual({ operationId: 'updateScenario' });
    const wrong = await request(app).put('/api/v1/workspaces/abc/scenarios/def');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET, PATCH, DELETE, HEAD, OPTIONS');
  });

  test('refuses to start with a record left without a handler', () => {
    const some = all().filter(({ endpoint }) => endpoint.operationId !== 'getRevision');
    expect(() => endpointRouter(some)).toThrow('Endpoints without a handler: getRevision');
  });

  test('refuses a record implemented twice, or one that is not the contract’s', () => {
    const twice = [...all(), implement(endpoints.getHealth, (_req, res) => res.end())];
    expect(() => endpointRouter(twice)).toThrow('getHealth is implemented twice');
    const copy = { ...endpoints.getHealth };
    const foreign = [...all().slice(1), implement(copy, (_req, res) => res.end())];
    expect(() => endpointRouter(foreign)).toThrow('not a record of the contract');
  });

  test('turns the record’s path into an Express path under the /api router', () => {
    expect(expressPath(endpoints.restoreRevision)).toBe(
      '/v1/workspaces/:workspaceId/scenarios/:scenarioId/revisions/:version/restore',
    );
  });
});
