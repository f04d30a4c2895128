// The editor's addresses: `/` is the start screen, `/w/<workspaceId>/<scenarioId>` one option of a
// saved workspace (the scenario may be left out: the first one opens). Anything else is a link
// that cannot be opened, and says why instead of showing a blank page.

export type Route =
  | { kind: 'start' }
  | { kind: 'workspace'; workspaceId: string; scenarioId: string | null }
  | { kind: 'bad-link'; reason: string };

const ID = /^[A-Za-z0-9_-]{22}$/;

/** Ids as the server makes them: 22 characters of base64url. */
export function isId(value: string): boolean {
  return ID.test(value);
}

const idHint =
  'Workspace and option ids are 22 letters, digits, “-” and “_”: the link may have been cut short when it was copied.';

export function parseRoute(pathname: string): Route {
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: 'bad-link', reason: 'The address is not a valid link.' };
  }
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) {
    return { kind: 'start' };
  }
  const [prefix, workspaceId, scenarioId, ...extra] = segments;
  if (prefix !== 'w' || workspaceId === undefined || extra.length > 0) {
    return { kind: 'bad-link', reason: 'There is no page at this address.' };
  }
  if (!isId(workspaceId)) {
    return { kind: 'bad-link', reason: `This link does not name a workspace. ${idHint}` };
  }
  if (scenarioId !== undefined && !isId(scenarioId)) {
    return { kind: 'bad-link', reason: `This link does not name an option. ${idHint}` };
  }
  return { kind: 'workspace', workspaceId, scenarioId: scenarioId ?? null };
}

export function workspaceUrl(workspaceId: string, scenarioId?: string | null): string {
  const base = `/w/${encodeURIComponent(workspaceId)}`;
  return scenarioId == null ? base : `${base}/${encodeURIComponent(scenarioId)}`;
}
