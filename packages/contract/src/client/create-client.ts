import type { Endpoint } from '../endpoints/endpoint.js';
import { type Endpoints, endpoints } from '../endpoints/index.js';
import { errorFromResponse, versionFromEtag } from './client-error.js';
import type { ClientMethod, ClientResult } from './endpoint-types.js';
import type { FetchInit, FetchLike, FetchResponse } from './fetch-like.js';

export interface ClientOptions {
  /** The server's origin (`http://127.0.0.1:3000`), or '' for the page's own. */
  baseUrl: string;
  fetch: FetchLike;
  /**
   * Sent as `Authorization: Bearer <key>` to the endpoints whose auth is `key`, never to the open
   * ones or share links. A function is asked on every call (the editor asks for the key late).
   */
  apiKey?: string | (() => string | null | undefined);
}

export type OrgwiseClient = { [K in keyof Endpoints]: ClientMethod<Endpoints[K]> };

const unreachable =
  'The Orgwise server cannot be reached. Check your connection, or that the server is running.';

/** A typed client of the Orgwise API: one method per endpoint record, named by its operationId. */
export function createClient(options: ClientOptions): OrgwiseClient {
  const client: Record<string, (input?: Record<string, unknown>) => Promise<unknown>> = {};
  for (const [name, endpoint] of Object.entries(endpoints)) {
    client[name] = (input = {}) => call(options, endpoint, input);
  }
  // Each method is built from its own record, so it has that record's types.
  return client as unknown as OrgwiseClient;
}

/** Fills `{name}` in the record's path from the input, each value percent-encoded. */
export function endpointUrl(endpoint: Endpoint, input: Record<string, unknown>): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = input[name];
    if (value === undefined) throw new TypeError(`${endpoint.operationId} needs "${name}"`);
    return encodeURIComponent(String(value));
  });
  const query = Object.entries((input.query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

function requestOf(
  options: ClientOptions,
  endpoint: Endpoint,
  input: Record<string, unknown>,
): FetchInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: FetchInit = { method: endpoint.method.toUpperCase(), headers, cache: 'no-store' };
  if (input.body !== undefined && endpoint.request?.body !== undefined) {
    headers['Content-Type'] = endpoint.request.body.mediaType;
    init.body = JSON.stringify(input.body);
  }
  if (typeof input.ifMatch === 'number') headers['If-Match'] = `"${input.ifMatch}"`;
  const key = typeof options.apiKey === 'function' ? options.apiKey() : options.apiKey;
  if (endpoint.auth === 'key' && key) headers.Authorization = `Bearer ${key}`;
  return init;
}

async function readBody(
  response: FetchResponse,
): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (response.status === 204 || response.status === 304) return { ok: true, body: undefined };
  const text = await response.text();
  const type = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(type) && response.ok) return { ok: true, body: text };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function call(
  options: ClientOptions,
  endpoint: Endpoint,
  input: Record<string, unknown>,
): Promise<ClientResult<Endpoint>> {
  let response: FetchResponse;
  try {
    response = await options.fetch(
      `${options.baseUrl}${endpointUrl(endpoint, input)}`,
      requestOf(options, endpoint, input),
    );
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const message = timedOut ? 'The Orgwise server did not answer in time.' : unreachable;
    return { ok: false, error: { kind: 'network', message } };
  }
  const read = await readBody(response);
  if (!response.ok) {
    // A gateway between the client and the server answering for it (it is down or restarting).
    if (!read.ok && response.status >= 500) {
      return { ok: false, error: { kind: 'network', message: unreachable } };
    }
    return { ok: false, error: errorFromResponse(response, read.ok ? read.body : undefined) };
  }
  if (!read.ok) {
    const message =
      'The server sent an answer this client does not understand. A proxy may be in the way, or the server is a different version.';
    const problem = { type: 'about:blank', title: 'Unreadable answer', status: response.status };
    return {
      ok: false,
      error: { kind: 'problem', status: response.status, message, errors: [], problem },
    };
  }
  return {
    ok: true,
    value: read.body as never,
    version: versionFromEtag(response.headers.get('ETag')),
  };
}
