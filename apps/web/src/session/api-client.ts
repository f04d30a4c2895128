import { type ClientError, createClient, type OrgwiseClient } from '@orgwise/contract/client';
import { useLocale } from '../i18n/locale-store.js';
import { translate } from '../i18n/translate.js';
import { messages } from './messages.js';

// The editor's client of the API: the contract's typed client (@orgwise/contract/client) wired to
// the browser, with the cheap checks of an answer's shape the contract's client leaves to its
// callers. The checks are not the schemas (zod over a 100,000-position chart on every save would
// cost more than the save): they catch a proxy's or a different server version's JSON before the
// editor takes it for its own.

export interface ApiKeyStore {
  get(): string | null;
}

export interface ApiClientOptions {
  /** Defaults to the global fetch; tests pass a fake. */
  fetch?: typeof fetch;
  /** Sent to the endpoints that take the API key. */
  apiKey?: ApiKeyStore;
  /** The language the answers' texts (findings, problems) are wanted in; the chosen one by default. */
  language?: () => string;
}

/** The calls the editor's session makes. */
export type SessionApi = Pick<
  OrgwiseClient,
  | 'createWorkspace'
  | 'getWorkspace'
  | 'updateWorkspace'
  | 'listScenarios'
  | 'reorderScenarios'
  | 'createScenario'
  | 'getScenario'
  | 'updateScenario'
  | 'deleteScenario'
  | 'listDeletedScenarios'
  | 'restoreDeletedScenario'
  | 'listRevisions'
  | 'restoreRevision'
>;

/** A request that takes longer counts as the server being unreachable. */
const TIMEOUT_MS = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isWorkspace = (body: unknown) =>
  isRecord(body) && typeof body.id === 'string' && typeof body.version === 'number';
const isScenario = (body: unknown) =>
  isWorkspace(body) && isRecord((body as { chart: unknown }).chart);
const hasList = (member: string) => (body: unknown) =>
  isRecord(body) && Array.isArray(body[member]);

/** A shared workspace's scenarios are drawn as they come: each needs a chart and a report. */
const isSharedWorkspace = (body: unknown) =>
  isRecord(body) &&
  isRecord(body.workspace) &&
  Array.isArray(body.scenarios) &&
  body.scenarios.every(
    (s) =>
      isRecord(s) && isRecord(s.chart) && isRecord(s.report) && Array.isArray(s.report.findings),
  );

/** What the answer of each call the editor relies on must look like. */
const shapes: { [K in keyof OrgwiseClient]?: (body: unknown) => boolean } = {
  createWorkspace: isWorkspace,
  getWorkspace: isWorkspace,
  updateWorkspace: isWorkspace,
  listScenarios: hasList('scenarios'),
  reorderScenarios: hasList('scenarios'),
  createScenario: isScenario,
  getScenario: isScenario,
  updateScenario: isScenario,
  listDeletedScenarios: hasList('scenarios'),
  restoreDeletedScenario: isScenario,
  listRevisions: hasList('revisions'),
  restoreRevision: isScenario,
  listShareLinks: hasList('shareLinks'),
  createShareLink: (body) =>
    isRecord(body) && typeof body.token === 'string' && typeof body.url === 'string',
  updateShareLink: (body) => isRecord(body) && typeof body.id === 'string',
  getSharedWorkspace: isSharedWorkspace,
  unlockSharedWorkspace: isSharedWorkspace,
};

function unreadable(status: number): ClientError {
  return {
    kind: 'problem',
    status,
    message: translate(messages)('unreadable'),
    errors: [],
    problem: { type: 'about:blank', title: 'Unreadable answer', status },
  };
}

export function createApiClient(options: ApiClientOptions = {}): OrgwiseClient {
  const client = createClient({
    // Record paths start with /api/v1: the API serves the editor from the same origin.
    baseUrl: '',
    fetch: (url, init) => {
      const signal = AbortSignal.timeout(TIMEOUT_MS);
      // Asked on every call, so that a language chosen meanwhile is the one the answer is in.
      const language = options.language?.() ?? useLocale.getState().locale;
      const headers = { ...init.headers, 'Accept-Language': language };
      return options.fetch
        ? options.fetch(url, { ...init, headers, signal })
        : fetch(url, { ...init, headers, signal });
    },
    apiKey: () => options.apiKey?.get(),
  });
  const checked: Record<string, unknown> = { ...client };
  for (const [name, accept] of Object.entries(shapes)) {
    const call = client[name as keyof OrgwiseClient] as (input: unknown) => Promise<unknown>;
    checked[name] = async (input: unknown) => {
      const result = (await call(input)) as { ok: boolean; value?: unknown };
      return result.ok && !accept(result.value) ? { ok: false, error: unreadable(200) } : result;
    };
  }
  return checked as OrgwiseClient;
}
