import type { Chart, RuleSettings, ValidationReport } from '@orgwise/domain';
import type { ComparedOption } from '../compare/compared-option.js';

// The share-link routes (apps/api README, "Share links"). The persistence client has no calls for
// them, so this module makes its own, with the same plain-English failures and the API key when
// the editor has one. Opening a link never sends a key: the people it is for have none.

export interface ShareLink {
  id: string;
  label: string;
  createdAt: string;
  /** When the link stops opening anything; null: until it is revoked. */
  expiresAt: string | null;
  hasPassword: boolean;
}

/** What a link is made with or changed to; a password is sent once and never shown again. */
export interface ShareLinkSettings {
  label?: string;
  expiresAt?: string | null;
  /** null removes the link's password. */
  password?: string | null;
}

export interface CreatedShareLink extends ShareLink {
  token: string;
  url: string;
}

export interface SharedWorkspace {
  workspace: { name: string; client: string | null; sharedNotes: string; rules: RuleSettings };
  options: ComparedOption[];
}

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; message: string; type?: string };

/** The problem type of an answer that asks for the link's password. */
export const passwordRequired = '/api/problems/share-password-required';

type Fetch = typeof fetch;

async function call<T>(
  doFetch: Fetch,
  url: string,
  init: RequestInit,
  accept: (body: unknown) => boolean,
): Promise<Result<T>> {
  let response: Response;
  try {
    response = await doFetch(url, {
      ...init,
      cache: 'no-store',
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: 'The Orgwise server cannot be reached. Check your connection and try again.',
    };
  }
  let body: unknown;
  try {
    body = response.status === 204 ? undefined : JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = isRecord(body) && typeof body.detail === 'string' ? body.detail : null;
    const type = isRecord(body) && typeof body.type === 'string' ? { type: body.type } : {};
    return {
      ok: false,
      status: response.status,
      message: detail ?? `The server answered with status ${response.status}.`,
      ...type,
    };
  }
  if (response.status !== 204 && !accept(body)) {
    return {
      ok: false,
      status: response.status,
      message: 'The server sent an answer this page does not understand: reload it.',
    };
  }
  return { ok: true, value: body as T };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headers(apiKey: string | null, json = false): Record<string, string> {
  const result: Record<string, string> = { Accept: 'application/json' };
  if (json) result['Content-Type'] = 'application/json';
  if (apiKey) result.Authorization = `Bearer ${apiKey}`;
  return result;
}

export function shareLinksApi(
  workspaceId: string,
  apiKey: () => string | null,
  doFetch: Fetch = (...a) => fetch(...a),
) {
  const base = `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/share-links`;
  return {
    list: () =>
      call<{ shareLinks: ShareLink[] }>(
        doFetch,
        base,
        { headers: headers(apiKey()) },
        (b) => isRecord(b) && Array.isArray(b.shareLinks),
      ),
    create: (settings: ShareLinkSettings) =>
      call<CreatedShareLink>(
        doFetch,
        base,
        { method: 'POST', headers: headers(apiKey(), true), body: JSON.stringify(settings) },
        (b) => isRecord(b) && typeof b.token === 'string' && typeof b.url === 'string',
      ),
    update: (linkId: string, changes: ShareLinkSettings) =>
      call<ShareLink>(
        doFetch,
        `${base}/${encodeURIComponent(linkId)}`,
        { method: 'PATCH', headers: headers(apiKey(), true), body: JSON.stringify(changes) },
        (b) => isRecord(b) && typeof b.id === 'string',
      ),
    revoke: (linkId: string) =>
      call<undefined>(
        doFetch,
        `${base}/${encodeURIComponent(linkId)}`,
        { method: 'DELETE', headers: headers(apiKey()) },
        () => true,
      ),
  };
}

interface SharedBody {
  workspace: SharedWorkspace['workspace'];
  scenarios: { name: string; description: string; chart: Chart; report: ValidationReport }[];
}

function isSharedBody(body: unknown): body is SharedBody {
  return (
    isRecord(body) &&
    isRecord(body.workspace) &&
    Array.isArray(body.scenarios) &&
    body.scenarios.every(
      (s) =>
        isRecord(s) &&
        isRecord(s.chart) &&
        isRecord(s.report) &&
        Array.isArray((s.report as Record<string, unknown>).findings),
    )
  );
}

/**
 * What a share token opens, ready for the compare and present views. A link with a password answers
 * with the `passwordRequired` type until it is given; it travels in a POST body, never in the URL.
 */
export async function openSharedWorkspace(
  token: string,
  doFetch: Fetch = (...a) => fetch(...a),
  password?: string,
): Promise<Result<SharedWorkspace>> {
  const url = `/api/v1/shared/${encodeURIComponent(token)}`;
  const result = await call<SharedBody>(
    doFetch,
    password === undefined ? url : `${url}/unlock`,
    password === undefined
      ? { headers: headers(null) }
      : { method: 'POST', headers: headers(null, true), body: JSON.stringify({ password }) },
    isSharedBody,
  );
  if (!result.ok) return result;
  return {
    ok: true,
    value: {
      workspace: result.value.workspace,
      options: result.value.scenarios.map((scenario, index) => ({
        key: String(index),
        name: scenario.name,
        description: scenario.description,
        chart: scenario.chart,
        report: scenario.report,
      })),
    },
  };
}

/**
 * `/share/<token>` → the token; null for any other address. A mangled token (bad percent-encoding
 * from a mail client) is still a share link: kept as it is, it opens nothing and the page says so,
 * rather than the editor's start screen appearing to the person it was sent to.
 */
export function shareTokenFromPath(pathname: string): string | null {
  const match = /^\/share\/([^/]+)\/?$/.exec(pathname);
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}
