import { describe, expect, it } from 'vitest';
import { createClient } from './create-client.js';
import type { FetchInit, FetchLike, FetchResponse } from './fetch-like.js';

// The client against a stub fetch: what it sends for a record, and how it reads what comes back.
// apps/api/src/contract-client.test.ts runs it against the real API.

interface Sent {
  url: string;
  init: FetchInit;
}

function answer(status: number, body: string, headers: Record<string, string> = {}): FetchResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name) => lower[name.toLowerCase()] ?? null },
    text: async () => body,
  };
}

const json = { 'Content-Type': 'application/json' };
const problemJson = { 'Content-Type': 'application/problem+json' };

function stub(response: FetchResponse | Error) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  };
  return { fetch, sent };
}

const workspace = {
  id: 'k3JzVq0cR1mXo8Lw2bT9aA',
  name: 'Acme',
  client: null,
  notes: '',
  sharedNotes: '',
  rules: {},
  language: null,
  version: 4,
  createdAt: '2026-11-23T09:36:56.636Z',
  updatedAt: '2026-11-23T09:36:56.636Z',
};

describe('createClient', () => {
  it('fills the path, encodes its values, and adds the query', async () => {
    const { fetch, sent } = stub(answer(200, '{"revisions":[],"nextBefore":null}', json));
    const client = createClient({ baseUrl: 'http://host', fetch });
    await client.listRevisions({
      workspaceId: 'a/b',
      scenarioId: 's c',
      query: { limit: 5, before: undefined },
    });
    expect(sent[0]?.url).toBe(
      'http://host/api/v1/workspaces/a%2Fb/scenarios/s%20c/revisions?limit=5',
    );
    expect(sent[0]?.init).toMatchObject({ method: 'GET', cache: 'no-store' });
    expect(sent[0]?.init.body).toBeUndefined();
  });

  it('sends the body as JSON, the version as If-Match, and the key only where the record asks', async () => {
    const { fetch, sent } = stub(answer(200, JSON.stringify(workspace), { ...json, ETag: '"5"' }));
    const client = createClient({ baseUrl: '', fetch, apiKey: () => 'secret-key' });
    const saved = await client.updateWorkspace({
      workspaceId: workspace.id,
      ifMatch: 4,
      body: { name: 'Acme A/S' },
    });
    expect(saved).toEqual({ ok: true, value: workspace, version: 5 });
    expect(sent[0]?.init).toMatchObject({
      method: 'PATCH',
      body: '{"name":"Acme A/S"}',
      headers: {
        'Content-Type': 'application/json',
        'If-Match': '"4"',
        Authorization: 'Bearer secret-key',
      },
    });
    await client.validateChart({ body: { chart: { version: 1, positions: [] } } });
    await client.getSharedWorkspace({ token: 't' });
    expect(sent[1]?.init.headers.Authorization).toBeUndefined();
    expect(sent[2]?.init.headers.Authorization).toBeUndefined();
  });

  it('answers a 204 with no value', async () => {
    const { fetch } = stub(answer(204, ''));
    const client = createClient({ baseUrl: '', fetch, apiKey: 'k' });
    const result = await client.revokeShareLink({ workspaceId: 'w', linkId: 'l' });
    expect(result).toEqual({ ok: true, value: undefined, version: null });
  });

  it('turns a 412 into a conflict carrying the current resource', async () => {
    const problem = {
      type: '/api/problems/version-mismatch',
      title: 'Version mismatch',
      status: 412,
      detail: 'The workspace “Acme” has changed since you read it.',
      currentVersion: 4,
      current: workspace,
    };
    const { fetch } = stub(answer(412, JSON.stringify(problem), { ...problemJson, ETag: '"4"' }));
    const result = await createClient({ baseUrl: '', fetch }).deleteWorkspace({
      workspaceId: workspace.id,
      ifMatch: 3,
    });
    if (result.ok || result.error.kind !== 'conflict') throw new Error('expected a conflict');
    expect(result.error.currentVersion).toBe(4);
    expect(result.error.current.name).toBe('Acme');
    expect(result.error.message).toBe(problem.detail);
  });

  it.each([
    [401, 'unauthorized'],
    [404, 'not-found'],
  ] as const)('turns a %i into %s, keeping the problem document', async (status, kind) => {
    const problem = { type: 'about:blank', title: 'No', status, detail: 'Why not.' };
    const { fetch } = stub(answer(status, JSON.stringify(problem), problemJson));
    const result = await createClient({ baseUrl: '', fetch }).getWorkspace({ workspaceId: 'w' });
    expect(result).toEqual({ ok: false, error: { kind, status, message: 'Why not.', problem } });
  });

  it('turns a 429 into rate-limited with Retry-After', async () => {
    const problem = { type: 'about:blank', title: 'Too Many Requests', status: 429 };
    const { fetch } = stub(
      answer(429, JSON.stringify(problem), { ...problemJson, 'Retry-After': '7' }),
    );
    const result = await createClient({ baseUrl: '', fetch }).listRoles();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'rate-limited', retryAfterMs: 7000 },
    });
  });

  it('lists the input errors of any other problem', async () => {
    const errors = [{ path: ['name'], message: 'The name must not be empty' }];
    const problem = { type: '/api/problems/invalid-request', title: 'Bad', status: 400, errors };
    const { fetch } = stub(answer(400, JSON.stringify(problem), problemJson));
    const result = await createClient({ baseUrl: '', fetch }).createWorkspace({
      body: { name: '' },
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'problem', status: 400, errors } });
  });

  it('takes a gateway’s page for an unreachable server, and a thrown fetch too', async () => {
    const gateway = stub(answer(502, '<html>Bad Gateway</html>', { 'Content-Type': 'text/html' }));
    const down = stub(new TypeError('fetch failed'));
    const slow = stub(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
    for (const { fetch } of [gateway, down, slow]) {
      const result = await createClient({ baseUrl: '', fetch }).getHealth();
      expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    }
  });

  it('refuses a success answer that is not the JSON the record promises', async () => {
    const { fetch } = stub(answer(200, '<html>login</html>', json));
    const result = await createClient({ baseUrl: '', fetch }).listRules();
    expect(result).toMatchObject({ ok: false, error: { kind: 'problem', status: 200 } });
  });

  it('reads a record’s other media types as text', async () => {
    const { fetch } = stub(answer(200, '<!doctype html>', { 'Content-Type': 'text/html' }));
    const result = await createClient({ baseUrl: '', fetch }).getApiReference();
    expect(result).toEqual({ ok: true, value: '<!doctype html>', version: null });
  });
});
