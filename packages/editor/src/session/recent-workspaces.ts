import type { KeyValueStorage } from './key-value-storage.js';
import { isId } from './route.js';

// The workspaces opened in this browser, newest first. No endpoint lists workspaces (a workspace is
// reached through its id), so this list is how people find theirs again. It holds ids and names
// only, never charts, and is read defensively: anything malformed in storage is skipped.

export interface RecentWorkspace {
  workspaceId: string;
  scenarioId: string | null;
  name: string;
  /** When it was last opened (epoch ms). */
  openedAt: number;
}

const STORAGE_KEY = 'orgwise.recentWorkspaces';
export const MAX_RECENT = 8;

function isRecent(value: unknown): value is RecentWorkspace {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.workspaceId === 'string' &&
    isId(entry.workspaceId) &&
    (entry.scenarioId === null ||
      (typeof entry.scenarioId === 'string' && isId(entry.scenarioId))) &&
    typeof entry.name === 'string' &&
    typeof entry.openedAt === 'number'
  );
}

export function readRecent(storage: KeyValueStorage | undefined): RecentWorkspace[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

function write(storage: KeyValueStorage | undefined, entries: RecentWorkspace[]): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Full or unavailable storage: the list is a convenience, the work itself is on the server.
  }
}

/** Puts the workspace first (replacing its older entry) and keeps the newest MAX_RECENT. */
export function rememberWorkspace(
  storage: KeyValueStorage | undefined,
  entry: RecentWorkspace,
): void {
  const others = readRecent(storage).filter((e) => e.workspaceId !== entry.workspaceId);
  write(storage, [entry, ...others].slice(0, MAX_RECENT));
}

export function forgetWorkspace(storage: KeyValueStorage | undefined, workspaceId: string): void {
  write(
    storage,
    readRecent(storage).filter((e) => e.workspaceId !== workspaceId),
  );
}
