import type { ValidationReport } from '@orgwise/domain';
import type {
  CreateScenarioBody,
  CreateWorkspaceBody,
  DeletedScenario,
  InputIssue,
  Revision,
  RevisionPage,
  Scenario,
  ScenarioSummary,
  UpdateScenarioBody,
  UpdateWorkspaceBody,
  Workspace,
} from './api-types.js';

// Typed calls to the saved-work routes of the API (apps/api/README.md, "Saved work"). Nothing here
// throws: every failure comes back as an ApiError the caller can switch on, so the editor always
// has something specific to say, and a 412 carries what the server holds now.

export type ApiError =
  /** 412: someone saved first. `current` is the resource as the server holds it now. */
  | { kind: 'conflict'; message: string; currentVersion: number; current: unknown }
  | { kind: 'not-found'; message: string }
  /** 401: the server wants an API key (or the one sent is wrong). */
  | { kind: 'unauthorized'; message: string }
  /** The server could not be reached, or did not answer in time. */
  | { kind: 'network'; message: string }
  /** 429: wait `retryAfterMs` before asking again. */
  | { kind: 'rate-limited'; message: string; retryAfterMs: number }
  /** Any other problem document (400, 413, 428, 5xx …): its detail and input errors. */
  | { kind: 'problem'; status: number; message: string; errors: InputIssue[] };

export type ApiResult<T> =
  | {
      ok: true;
      value: T /** The ETag's version, when the answer had one. */;
      version: number | null;
    }
  | { ok: false; error: ApiError };

export interface ApiKeyStore {
  get(): string | null;
}

export interface ApiClientOptions {
  /** Defaults to the global fetch; tests pass a fake. */
  fetch?: typeof fetch;
  /** Where the routes live; same origin by default (the API serves the editor). */
  baseUrl?: string;
  apiKey?: ApiKeyStore;
  /** A request that takes longer counts as the server being unreachable. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_RETRY_AFTER_MS = 5_000;

const unreachable =
  'The Orgwise server cannot be reached. Check your connection, or that the server is running.';

/** `"3"`, `W/"3"` or `3` → 3; anything else → null. */
export function versionFromEtag(etag: string | null): number | null {
  if (etag === null) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(etag.trim());
  return match === null ? null : Number(match[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuesOf(value: unknown): InputIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is InputIssue =>
      isRecord(issue) && typeof issue.message === 'string' && Array.isArray(issue.path),
  );
}

/** Retry-After in seconds (the only form this API sends), else a few seconds. */
function retryAfterMs(header: string | null): number {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS;
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const problem = isRecord(body) ? body : {};
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  const title = typeof problem.title === 'string' ? problem.title : undefined;
  const status = response.status;
  const message = detail ?? title ?? `The server answered with status ${status}.`;
  switch (status) {
    case 401:
      return { kind: 'unauthorized', message };
    case 404:
      return { kind: 'not-found', message };
    case 412: {
      const currentVersion =
        typeof problem.currentVersion === 'number'
          ? problem.currentVersion
          : versionFromEtag(response.headers.get('ETag'));
      if (currentVersion !== null) {
        return { kind: 'conflict', message, currentVersion, current: problem.current };
      }
      break;
    }
    case 429:
      return {
        kind: 'rate-limited',
        message,
        retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
      };
  }
  return { kind: 'problem', status, message, errors: issuesOf(problem.errors) };
}

async function readJson(response: Response): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (response.status === 204) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(await response.text()) };
  } catch {
    return { ok: false };
  }
}

interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** The version the change is based on, sent as If-Match. */
  ifMatch?: number;
  /** Checks the shape of a 2xx body; a body that fails is reported as a problem. */
  accept: (body: unknown) => boolean;
}

export type ApiClient = ReturnType<typeof createApiClient>;

const segment = encodeURIComponent;

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<T>(spec: RequestSpec): Promise<ApiResult<T>> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.ifMatch !== undefined) headers['If-Match'] = `"${spec.ifMatch}"`;
    const key = options.apiKey?.get();
    if (key) headers.Authorization = `Bearer ${key}`;

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        // Saves must reach the server, never a cache; reads must see the latest version.
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        ok: false,
        error: {
          kind: 'network',
          message: timedOut
            ? `The Orgwise server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`
            : unreachable,
        },
      };
    }

    const read = await readJson(response);
    if (!response.ok) {
      // A gateway between the editor and the server answering for it (it is down or restarting).
      if (!read.ok && response.status >= 500) {
        return { ok: false, error: { kind: 'network', message: unreachable } };
      }
      return { ok: false, error: errorFromResponse(response, read.ok ? read.body : undefined) };
    }
    if (!read.ok || !spec.accept(read.body)) {
      return {
        ok: false,
        error: {
          kind: 'problem',
          status: response.status,
          message:
            'The server sent an answer the editor does not understand. A proxy may be in the way, or the server is a different version: reload the page.',
          errors: [],
        },
      };
    }
    return {
      ok: true,
      value: read.body as T,
      version: versionFromEtag(response.headers.get('ETag')),
    };
  }

  const isWorkspace = (body: unknown) =>
    isRecord(body) && typeof body.id === 'string' && typeof body.version === 'number';
  const isScenario = (body: unknown) =>
    isWorkspace(body) && isRecord((body as Record<string, unknown>).chart);
  const hasList = (member: string) => (body: unknown) =>
    isRecord(body) && Array.isArray(body[member]);
  const anything = () => true;

  const workspacePath = (id: string) => `/workspaces/${segment(id)}`;
  const scenarioPath = (workspaceId: string, scenarioId: string) =>
    `${workspacePath(workspaceId)}/scenarios/${segment(scenarioId)}`;

  return {
    createWorkspace: (body: CreateWorkspaceBody) =>
      call<Workspace>({ method: 'POST', path: '/workspaces', body, accept: isWorkspace }),

    getWorkspace: (id: string) =>
      call<Workspace>({ method: 'GET', path: workspacePath(id), accept: isWorkspace }),

    updateWorkspace: (id: string, version: number, body: UpdateWorkspaceBody) =>
      call<Workspace>({
        method: 'PATCH',
        path: workspacePath(id),
        body,
        ifMatch: version,
        accept: isWorkspace,
      }),

    listScenarios: (workspaceId: string) =>
      call<{ scenarios: ScenarioSummary[] }>({
        method: 'GET',
        path: `${workspacePath(workspaceId)}/scenarios`,
        accept: hasList('scenarios'),
      }),

    /** The answer's `version` is the workspace's new version (the order belongs to it). */
    putScenarioOrder: (workspaceId: string, version: number, scenarioIds: string[]) =>
      call<{ scenarios: ScenarioSummary[] }>({
        method: 'PUT',
        path: `${workspacePath(workspaceId)}/scenario-order`,
        body: { scenarioIds },
        ifMatch: version,
        accept: hasList('scenarios'),
      }),

    createScenario: (workspaceId: string, body: CreateScenarioBody) =>
      call<Scenario>({
        method: 'POST',
        path: `${workspacePath(workspaceId)}/scenarios`,
        body,
        accept: isScenario,
      }),

    getScenario: (workspaceId: string, scenarioId: string) =>
      call<Scenario>({
        method: 'GET',
        path: scenarioPath(workspaceId, scenarioId),
        accept: isScenario,
      }),

    updateScenario: (
      workspaceId: string,
      scenarioId: string,
      version: number,
      body: UpdateScenarioBody,
    ) =>
      call<Scenario>({
        method: 'PATCH',
        path: scenarioPath(workspaceId, scenarioId),
        body,
        ifMatch: version,
        accept: isScenario,
      }),

    deleteScenario: (workspaceId: string, scenarioId: string, version: number) =>
      call<undefined>({
        method: 'DELETE',
        path: scenarioPath(workspaceId, scenarioId),
        ifMatch: version,
        accept: anything,
      }),

    /** The options deleted in the last 30 days, the latest first. */
    listDeletedScenarios: (workspaceId: string) =>
      call<{ scenarios: DeletedScenario[] }>({
        method: 'GET',
        path: `${workspacePath(workspaceId)}/deleted-scenarios`,
        accept: hasList('scenarios'),
      }),

    /** Brings a deleted option back whole: its id, version, revisions and place. */
    restoreDeletedScenario: (workspaceId: string, scenarioId: string, version: number) =>
      call<Scenario>({
        method: 'POST',
        path: `${workspacePath(workspaceId)}/deleted-scenarios/${segment(scenarioId)}/restore`,
        ifMatch: version,
        accept: isScenario,
      }),

    /** The saved chart's report, with the workspace's saved rule settings. */
    getReport: (workspaceId: string, scenarioId: string) =>
      call<ValidationReport>({
        method: 'GET',
        path: `${scenarioPath(workspaceId, scenarioId)}/report`,
        accept: (body) => isRecord(body) && Array.isArray(body.findings),
      }),

    listRevisions: (
      workspaceId: string,
      scenarioId: string,
      page: { limit?: number; before?: number } = {},
    ) => {
      const query = new URLSearchParams();
      if (page.limit !== undefined) query.set('limit', String(page.limit));
      if (page.before !== undefined) query.set('before', String(page.before));
      const search = query.toString() === '' ? '' : `?${query}`;
      return call<RevisionPage>({
        method: 'GET',
        path: `${scenarioPath(workspaceId, scenarioId)}/revisions${search}`,
        accept: hasList('revisions'),
      });
    },

    getRevision: (workspaceId: string, scenarioId: string, version: number) =>
      call<Revision>({
        method: 'GET',
        path: `${scenarioPath(workspaceId, scenarioId)}/revisions/${version}`,
        accept: (body) => isRecord(body) && isRecord(body.chart),
      }),

    /** Saves revision `version` again as the newest; `scenarioVersion` is the current one. */
    restoreRevision: (
      workspaceId: string,
      scenarioId: string,
      version: number,
      scenarioVersion: number,
    ) =>
      call<Scenario>({
        method: 'POST',
        path: `${scenarioPath(workspaceId, scenarioId)}/revisions/${version}/restore`,
        ifMatch: scenarioVersion,
        accept: isScenario,
      }),
  };
}
