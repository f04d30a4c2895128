import type {
  CreateShareLinkRequest,
  SharedWorkspaceBody,
  UpdateShareLinkRequest,
} from '@orgwise/contract';
import { problemTypeUri } from '@orgwise/contract';
import type { ClientError } from '@orgwise/contract/client';
import type { ComparedOption } from '../../comparison/compared-option.js';
import { createApiClient } from '../../session/api-client.js';

// The share-link calls of the contract's client, as the share panel and the shared page use them.
// Opening a link never sends a key (the client sends it only where the record asks for it): the
// people a link is for have none.

export interface SharedWorkspace {
  workspace: SharedWorkspaceBody['workspace'];
  options: ComparedOption[];
}

/** The problem type of an answer that asks for the link's password. */
export const passwordRequired = problemTypeUri('share-password-required');

/** Whether the answer asks for the link's password (a network error has no problem document). */
export function asksForPassword(error: ClientError): boolean {
  return error.kind !== 'network' && error.problem.type === passwordRequired;
}

export function shareLinksApi(
  workspaceId: string,
  apiKey: () => string | null,
  doFetch?: typeof fetch,
) {
  const client = createApiClient({
    apiKey: { get: apiKey },
    ...(doFetch ? { fetch: doFetch } : {}),
  });
  return {
    list: () => client.listShareLinks({ workspaceId }),
    create: (settings: CreateShareLinkRequest) =>
      client.createShareLink({ workspaceId, body: settings }),
    update: (linkId: string, changes: UpdateShareLinkRequest) =>
      client.updateShareLink({ workspaceId, linkId, body: changes }),
    revoke: (linkId: string) => client.revokeShareLink({ workspaceId, linkId }),
  };
}

export type SharedResult = { ok: true; value: SharedWorkspace } | { ok: false; error: ClientError };

/**
 * What a share token opens, ready for the compare and present views. A link with a password answers
 * with the `passwordRequired` type until it is given; it travels in a POST body, never in the URL.
 */
export async function openSharedWorkspace(
  token: string,
  doFetch?: typeof fetch,
  password?: string,
): Promise<SharedResult> {
  const client = createApiClient(doFetch ? { fetch: doFetch } : {});
  const result =
    password === undefined
      ? await client.getSharedWorkspace({ token })
      : await client.unlockSharedWorkspace({ token, body: { password } });
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
