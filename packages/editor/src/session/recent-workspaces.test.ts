import { describe, expect, test } from 'vitest';
import type { KeyValueStorage } from './key-value-storage.js';
import { forgetWorkspace, MAX_RECENT, readRecent, rememberWorkspace } from './recent-workspaces.js';

/** An in-memory storage; `failing` makes every write throw, as a full quota does. */
function memoryStorage(failing = false): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (failing) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
  };
}

const id = (n: number) => `workspace${String(n).padStart(13, '0')}`;

describe('recent workspaces', () => {
  test('newest first, one entry per workspace, at most MAX_RECENT', () => {
    const storage = memoryStorage();
    for (let n = 0; n < MAX_RECENT + 3; n++) {
      rememberWorkspace(storage, {
        workspaceId: id(n),
        scenarioId: null,
        name: `W${n}`,
        openedAt: n,
      });
    }
    rememberWorkspace(storage, {
      workspaceId: id(5),
      scenarioId: null,
      name: 'Renamed',
      openedAt: 99,
    });
    const recent = readRecent(storage);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toMatchObject({ workspaceId: id(5), name: 'Renamed' });
    expect(recent.filter((e) => e.workspaceId === id(5))).toHaveLength(1);
  });

  test('forget removes one workspace', () => {
    const storage = memoryStorage();
    rememberWorkspace(storage, { workspaceId: id(1), scenarioId: null, name: 'A', openedAt: 1 });
    rememberWorkspace(storage, { workspaceId: id(2), scenarioId: null, name: 'B', openedAt: 2 });
    forgetWorkspace(storage, id(2));
    expect(readRecent(storage).map((e) => e.name)).toEqual(['A']);
  });

  test('malformed storage is skipped, never thrown', () => {
    const storage = memoryStorage();
    storage.setItem('orgwise.recentWorkspaces', '{not json');
    expect(readRecent(storage)).toEqual([]);
    storage.setItem(
      'orgwise.recentWorkspaces',
      JSON.stringify([
        { workspaceId: '../../etc', scenarioId: null, name: 'x', openedAt: 1 },
        { workspaceId: id(3), scenarioId: null, name: 'ok', openedAt: 1 },
        null,
        'text',
      ]),
    );
    expect(readRecent(storage).map((e) => e.name)).toEqual(['ok']);
    expect(readRecent(undefined)).toEqual([]);
  });

  test('a storage that refuses writes does not break anything', () => {
    const storage = memoryStorage(true);
    expect(() =>
      rememberWorkspace(storage, { workspaceId: id(1), scenarioId: null, name: 'A', openedAt: 1 }),
    ).not.toThrow();
  });
});
