import { describe, expect, test } from 'vitest';
import { createApiClient, versionFromEtag } from './api-client.js';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records the request and answers with `respond`'s Response (or throws). */
function fakeFetch(respond: (seen: Seen) => Response | Promise<Response>) {
  const requests: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const seen: Seen = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(seen);
    return respond(seen);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}

const workspace = {
  id: 'k3JzVq0cR1mXo8Lw2bT9aA',
  name: 'Acme',
  client: null,
  notes: '',
  sharedNotes: '',
  rules: {},
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const scenario = {
  id: 'nA9-lCcRteOQehmHJtLdUQ',
  workspaceId: workspace.id,
  name: 'Current',
  description: '',
  derivedFrom: null,
  chart: { version: 1, positions: [{ id: 'ceo', title: 'CEO' }] },
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('versionFromEtag', () => {
  test('reads strong, weak and bare versions, and nothing else', () => {
    expect(versionFromEtag('"3"')).toBe(3);
    expect(versionFromEtag('W/"12"')).toBe(12);
    expect(versionFromEtag('7')).toBe(7);
    expect(versionFromEtag('"abc"')).toBeNull();
    expect(versionFromEtag(null)).toBeNull();
  });
});

describe('requests', () => {
  test('a change sends If-Match with the version and the body as JSON, and reads the ETag', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, scenario, { ETag: '"5"' }));
    const api = createApiClient({ fetch });
    const result = await api.updateScenario(workspace.id, scenario.id, 4, { name: 'Option A' });
    expect(result).toEqual({ ok: true, value: scenario, version: 5 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      url: `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}`,
      method: 'PATCH',
      headers: { 'if-match': '"4"', 'content-type': 'application/json' },
      body: { name: 'Option A' },
    });
  });

  test('reads send no If-Match and no body', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, workspace, { ETag: '"3"' }));
    await createApiClient({ fetch }).getWorkspace(workspace.id);
    expect(requests[0]?.headers['if-match']).toBeUndefined();
    expect(requests[0]?.headers['content-type']).toBeUndefined();
    expect(requests[0]?.body).toBeUndefined();
  });

  test('ids are escaped into the path, so a hostile id cannot reach another route', async () => {
    const { fetch, requests } = fakeFetch(() => json(404, { status: 404, title: 'Not Found' }));
    await createApiClient({ fetch }).getScenario('../../health', 'a?b#c');
    expect(requests[0]?.url).toBe('/api/v1/workspaces/..%2F..%2Fhealth/scenarios/a%3Fb%23c');
  });

  test('the scenario order is a PUT whose answer carries the workspace’s new version', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { scenarios: [] }, { ETag: '"9"' }));
    const result = await createApiClient({ fetch }).putScenarioOrder(workspace.id, 8, ['b', 'a']);
    expect(result).toEqual({ ok: true, value: { scenarios: [] }, version: 9 });
    expect(requests[0]).toMatchObject({
      method: 'PUT',
      url: `/api/v1/workspaces/${workspace.id}/scenario-order`,
      headers: { 'if-match': '"8"' },
      body: { scenarioIds: ['b', 'a'] },
    });
  });

  test('revision pages pass limit and before as a query', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { revisions: [], nextBefore: null }));
    await createApiClient({ fetch }).listRevisions(workspace.id, scenario.id, {
      limit: 20,
      before: 7,
    });
    expect(requests[0]?.url).toMatch(/\/revisions\?limit=20&before=7$/);
  });

  test('a restore is a POST with If-Match of the scenario’s current version and no body', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, scenario, { ETag: '"6"' }));
    await createApiClient({ fetch }).restoreRevision(workspace.id, scenario.id, 2, 5);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}/revisions/2/restore`,
      headers: { 'if-match': '"5"' },
      body: undefined,
    });
  });

  test('the report of a saved option is a validation report', async () => {
    const report = { findings: [], summary: { errors: 0, warnings: 0, infos: 0 }, metrics: {} };
    const { fetch, requests } = fakeFetch(() => json(200, report));
    const result = await createApiClient({ fetch }).getReport(workspace.id, scenario.id);
    expect(result).toEqual({ ok: true, value: report, version: null });
    expect(requests[0]?.url).toBe(
      `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}/report`,
    );
  });

  test('a delete answers 204 with no body', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const result = await createApiClient({ fetch }).deleteScenario(workspace.id, scenario.id, 4);
    expect(result).toEqual({ ok: true, value: undefined, version: null });
  });

  test('sends the API key as a Bearer token when there is one', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, workspace));
    let key: string | null = null;
    const api = createApiClient({ fetch, apiKey: { get: () => key } });
    await api.getWorkspace(workspace.id);
    key = 's3cret-key-0123456789';
    await api.getWorkspace(workspace.id);
    expect(requests[0]?.headers.authorization).toBeUndefined();
    expect(requests[1]?.headers.authorization).toBe('Bearer s3cret-key-0123456789');
  });
});

describe('errors come back as typed results', () => {
  test('412: a conflict with the server’s current version and resource', async () => {
    const { fetch } = fakeFetch(() =>
      json(
        412,
        {
          type: '/api/problems/version-mismatch',
          title: 'The resource has changed since you read it',
          status: 412,
          detail: 'The scenario “Current” has changed since you read it.',
          currentVersion: 5,
          current: { ...scenario, version: 5 },
        },
        { ETag: '"5"' },
      ),
    );
    const result = await createApiClient({ fetch }).updateScenario('w', 's', 4, { name: 'x' });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        message: 'The scenario “Current” has changed since you read it.',
        currentVersion: 5,
        current: { ...scenario, version: 5 },
      },
    });
  });

  test('404, 401 and 429 each have their own kind; 429 says when to ask again', async () => {
    const answers = [
      json(404, { status: 404, title: 'Not Found', detail: 'There is no workspace "x".' }),
      json(401, { status: 401, title: 'Unauthorized', detail: 'Send the API key.' }),
      json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '12' }),
    ];
    const { fetch } = fakeFetch(() => answers.shift()!);
    const api = createApiClient({ fetch });
    expect(await api.getWorkspace('x')).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'There is no workspace "x".' },
    });
    expect(await api.getWorkspace('x')).toEqual({
      ok: false,
      error: { kind: 'unauthorized', message: 'Send the API key.' },
    });
    expect(await api.getWorkspace('x')).toEqual({
      ok: false,
      error: { kind: 'rate-limited', message: 'Too Many Requests', retryAfterMs: 12_000 },
    });
  });

  test('other problem documents keep their detail and input errors', async () => {
    const errors = [
      { path: ['chart', 'positions', 0, 'title'], message: 'Title must be a string' },
    ];
    const { fetch } = fakeFetch(() =>
      json(400, {
        status: 400,
        title: 'Bad',
        detail: 'See `errors`.',
        errors: [...errors, 'junk'],
      }),
    );
    const result = await createApiClient({ fetch }).createWorkspace({ name: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'problem', status: 400, message: 'See `errors`.', errors },
    });
  });

  test('a problem without a detail falls back to its title, then to the status', async () => {
    const answers = [json(428, { status: 428, title: 'Say which version' }), json(500, {})];
    const { fetch } = fakeFetch(() => answers.shift()!);
    const api = createApiClient({ fetch });
    const first = await api.deleteScenario('w', 's', 1);
    const second = await api.deleteScenario('w', 's', 1);
    expect(first.ok === false && first.error.message).toBe('Say which version');
    expect(second.ok === false && second.error.message).toBe(
      'The server answered with status 500.',
    );
  });

  test('a fetch that throws is the server being unreachable', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createApiClient({ fetch }).getWorkspace('x');
    expect(result.ok === false && result.error.kind).toBe('network');
    expect(result.ok === false && result.error.message).toMatch(/cannot be reached/);
  });

  test('a timeout is the server being unreachable, saying how long it waited', async () => {
    const { fetch } = fakeFetch(() => {
      throw new DOMException('signal timed out', 'TimeoutError');
    });
    const result = await createApiClient({ fetch, timeoutMs: 15_000 }).getWorkspace('x');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'network', message: 'The Orgwise server did not answer within 15 seconds.' },
    });
  });

  test('a gateway’s HTML error page is the server being unreachable', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const result = await createApiClient({ fetch }).getWorkspace('x');
    expect(result.ok === false && result.error.kind).toBe('network');
  });

  test('a 200 that is not the expected JSON (a captive portal, a proxy) is a problem, not a crash', async () => {
    const answers = [
      new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }),
      json(200, { hello: 'world' }),
    ];
    const { fetch } = fakeFetch(() => answers.shift()!);
    const api = createApiClient({ fetch });
    for (const result of [await api.getScenario('w', 's'), await api.getScenario('w', 's')]) {
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.error.kind).toBe('problem');
      expect(result.ok === false && result.error.message).toMatch(/does not understand/);
    }
  });
});
