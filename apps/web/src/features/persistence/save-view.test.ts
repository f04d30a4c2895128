import { describe, expect, test } from 'vitest';
import type { QueueSnapshot } from './save-queue.js';
import { saveView } from './save-view.js';

const saved: QueueSnapshot = {
  status: 'saved',
  version: 2,
  message: null,
  retryReason: null,
  retryAt: null,
  conflict: null,
  lastSavedAt: 1000,
};

describe('saveView', () => {
  test('nothing to save yet is idle; all saved is “Saved” with the latest save time', () => {
    expect(saveView([]).state).toBe('idle');
    expect(saveView([saved, { ...saved, lastSavedAt: 5000 }])).toEqual({
      state: 'saved',
      label: 'Saved',
      detail: null,
      retryAt: null,
      lastSavedAt: 5000,
    });
  });

  test('the most pressing state wins', () => {
    const saving = { ...saved, status: 'pending' as const };
    const offline = {
      ...saved,
      status: 'retrying' as const,
      retryReason: 'offline' as const,
      message: 'The Orgwise server cannot be reached.',
      retryAt: 9000,
    };
    const refused = { ...saved, status: 'refused' as const, message: 'Title must be text' };
    const conflict = { ...saved, status: 'conflict' as const, message: 'changed' };
    expect(saveView([saved, saving]).label).toBe('Saving…');
    expect(saveView([saving, offline, saved])).toMatchObject({
      state: 'offline',
      label: 'Offline — changes kept, retrying',
      detail: 'The Orgwise server cannot be reached.',
      retryAt: 9000,
    });
    expect(saveView([offline, refused])).toMatchObject({
      state: 'error',
      detail: 'Title must be text',
    });
    expect(saveView([refused, conflict, offline]).state).toBe('conflict');
    expect(saveView([{ ...offline, retryReason: 'unauthorized' as const }]).state).toBe(
      'unauthorized',
    );
    const busy = { ...offline, retryReason: 'busy' as const, message: 'Slow down' };
    expect(saveView([busy, saving])).toMatchObject({
      state: 'retrying',
      label: 'Not saved yet — retrying',
      detail: 'Slow down',
    });
    expect(saveView([busy, offline]).state).toBe('offline');
  });
});
