import type { Database, OrgwiseDb } from './database.js';
import {
  deleteScenario,
  eraseExpiredScenarios,
  isDeletedScenario,
  listDeletedScenarios,
  restoreDeletedScenario,
} from './deleted-scenario-queries.js';
import { getRevision, listRevisions, restoreRevision } from './revision-queries.js';
import { selectScenario, selectWorkspace } from './rows.js';
import { createScenario, listScenarios, updateScenario } from './scenario-queries.js';
import {
  createShareLink,
  findShareLink,
  listShareLinks,
  readSharedWorkspace,
  revokeShareLink,
  updateShareLink,
} from './share-link-queries.js';
import { guarded } from './storage-error.js';
import {
  createWorkspace,
  deleteWorkspace,
  reorderScenarios,
  updateWorkspace,
} from './workspace-queries.js';

/**
 * The data-access module: everything the API stores goes through here, in the same way for PGlite
 * and PostgreSQL. Changes to existing records take the version the client read and report
 * `stale` (with the current record) instead of overwriting a newer one.
 */
export function createStore(database: Database) {
  const { db } = database;
  // Each operation's database errors lose the query parameters (charts) before anyone logs them.
  const bind =
    <A extends unknown[], R>(operation: (db: OrgwiseDb, ...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      guarded(() => operation(db, ...args));
  return {
    /** "PGlite at …" or "PostgreSQL at host/db". */
    description: database.description,
    createWorkspace: bind(createWorkspace),
    getWorkspace: bind(selectWorkspace),
    updateWorkspace: bind(updateWorkspace),
    deleteWorkspace: bind(deleteWorkspace),
    reorderScenarios: bind(reorderScenarios),
    listScenarios: bind(listScenarios),
    createScenario: bind(createScenario),
    getScenario: bind(selectScenario),
    updateScenario: bind(updateScenario),
    deleteScenario: bind(deleteScenario),
    eraseExpiredScenarios: bind(eraseExpiredScenarios),
    listDeletedScenarios: bind(listDeletedScenarios),
    restoreDeletedScenario: bind(restoreDeletedScenario),
    isDeletedScenario: bind(isDeletedScenario),
    listRevisions: bind(listRevisions),
    getRevision: bind(getRevision),
    restoreRevision: bind(restoreRevision),
    createShareLink: bind(createShareLink),
    listShareLinks: bind(listShareLinks),
    updateShareLink: bind(updateShareLink),
    revokeShareLink: bind(revokeShareLink),
    findShareLink: bind(findShareLink),
    readSharedWorkspace: bind(readSharedWorkspace),
    close: () => database.close(),
  };
}

export type WorkspaceStore = ReturnType<typeof createStore>;
