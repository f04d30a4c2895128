// What of a request's path reaches the log. A path can carry secrets: a share link's token opens
// its workspace to whoever holds it, and a workspace or scenario id is enough to change it when no
// API key is set. The database keeps only the token's hash; the log must not undo that.

/** Workspace and scenario ids keep four characters (24 bits): enough to tell requests apart. */
const savedId = /^[A-Za-z0-9_-]{22}$/;
const savedKinds = new Set(['workspaces', 'scenarios']);

/** Whatever follows these is a token, whole, cut short or mangled. */
const tokenKinds = new Set(['shared', 'share']);

/**
 * A segment this long from a token's or key's alphabet is taken for a secret wherever it is: a
 * share token (43 characters) or an API key pasted into the wrong place.
 */
const opaqueSecret = /^[A-Za-z0-9_~.+=-]{32,}$/;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * "/api/v1/workspaces/k3JzVq0cR1mXo8Lw2bT9aA/share-links" → "/api/v1/workspaces/k3Jz…/share-links";
 * "/api/v1/shared/Xq3v…" → "/api/v1/shared/[redacted]". Segments are compared decoded and in
 * lower case, so "/%73hared/<token>" and "/Share/<token>" are redacted too.
 */
export function loggablePath(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      const before = decoded(segments[index - 1] ?? '').toLowerCase();
      if (tokenKinds.has(before) && segment !== '') return '[redacted]';
      const text = decoded(segment);
      if (opaqueSecret.test(text)) return '[redacted]';
      if (savedKinds.has(before) && savedId.test(text)) return `${text.slice(0, 4)}…`;
      return segment;
    })
    .join('/');
}
