import { describe, expect, test } from 'vitest';
import { createApiClient } from './api-client.js';

// What the editor's client adds to the contract's (whose own tests cover paths, headers and
// errors): same-origin paths, the key from the key store, a timeout, and cheap shape checks.

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

describe('the editor’s client', () => {
  test('calls the same-origin path with If-Match, the body as JSON, and a timeout; reads the ETag', async () => {
    let signal: AbortSignal | undefined;
    const { fetch, requests } = fakeFetch(() => json(200, scenario, { ETag: '"5"' }));
    const api = createApiClient({
      fetch: (url, init) => {
        signal = init?.signal ?? undefined;
        return fetch(url, init);
      },
    });
    const result = await api.updateScenario({
      workspaceId: workspace.id,
      scenarioId: scenario.id,
      ifMatch: 4,
      body: { name: 'Option A' },
    });
    expect(result).toEqual({ ok: true, value: scenario, version: 5 });
    expect(requests[0]).toMatchObject({
      url: `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}`,
      method: 'PATCH',
      headers: { 'if-match': '"4"', 'content-type': 'application/json' },
      body: { name: 'Option A' },
    });
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  test('sends the API key from the key store, asked on every call', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, workspace));
    let key: string | null = null;
    const api = createApiClient({ fetch, apiKey: { get: () => key } });
    await api.getWorkspace({ workspaceId: workspace.id });
    key = 's3cret-key-0123456789';
    await api.getWorkspace({ workspaceId: workspace.id });
    expect(requests[0]?.headers.authorization).toBeUndefined();
    expect(requests[1]?.headers.authorization).toBe('Bearer s3cret-key-0123456789');
  });

  test('asks for the answers in the chosen language, on every call', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, workspace));
    let language = 'da';
    const api = createApiClient({ fetch, language: () => language });
    await api.getWorkspace({ workspaceId: workspace.id });
    language = 'nl';
    await api.getWorkspace({ workspaceId: workspace.id });
    expect(requests.map((request) => request.headers['accept-language'])).toEqual(['da', 'nl']);
  });

  test('a timeout is the server being unreachable', async () => {
    const { fetch } = fakeFetch(() => {
      throw new DOMException('signal timed out', 'TimeoutError');
    });
    const result = await createApiClient({ fetch }).getWorkspace({ workspaceId: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'network', message: 'The Orgwise server did not answer in time.' },
    });
  });

  test('a 200 that is not the expected JSON (a captive portal, a proxy) is a problem, not a crash', async () => {
    const answers = [
      new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }),
      json(200, { hello: 'world' }),
      json(200, { id: 'x', version: 1 }),
    ];
    const { fetch } = fakeFetch(() => answers.shift()!);
    const api = createApiClient({ fetch });
    const input = { workspaceId: 'w', scenarioId: 's' };
    for (const result of [
      await api.getScenario(input),
      await api.getScenario(input),
      await api.getScenario(input),
    ]) {
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.error.kind).toBe('problem');
      expect(result.ok === false && result.error.message).toMatch(/does not understand/);
    }
  });

  test('errors keep the contract’s kinds, with the problem document', async () => {
    const problem = { type: 'about:blank', status: 404, title: 'Not Found', detail: 'No "x".' };
    const { fetch } = fakeFetch(() => json(404, problem));
    expect(await createApiClient({ fetch }).getWorkspace({ workspaceId: 'x' })).toEqual({
      ok: false,
      error: { kind: 'not-found', status: 404, message: 'No "x".', problem },
    });
  });
});
