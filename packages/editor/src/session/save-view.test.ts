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

/** A save that did not land because the server could not be reached; the next try is at 9000. */
const offline: QueueSnapshot = {
  ...saved,
  status: 'retrying',
  retryReason: 'offline',
  message: 'The Orgwise server cannot be reached.',
  retryAt: 9000,
};

describe('saveView', () => {
  test('nothing to save yet is idle; all saved is “Saved” with the latest save time', () => {
    expect(saveView([]).state).toBe('idle');
    expect(saveView([saved, { ...saved, lastSavedAt: 5000 }])).toEqual({
      state: 'saved',
      label: 'Saved',
      detail: null,
      retryAt: null,
      attempting: false,
      lastSavedAt: 5000,
    });
  });

  test('the most pressing state wins', () => {
    const saving = { ...saved, status: 'pending' as const };
    const refused = { ...saved, status: 'refused' as const, message: 'Title must be text' };
    const conflict = { ...saved, status: 'conflict' as const, message: 'changed' };
    expect(saveView([saved, saving]).label).toBe('Saving…');
    expect(saveView([saving, offline, saved])).toMatchObject({
      state: 'offline',
      label: 'Offline',
      detail: 'The Orgwise server cannot be reached.',
      retryAt: 9000,
      attempting: false,
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
      label: 'Not saved yet',
      detail: 'Slow down',
    });
    expect(saveView([busy, offline]).state).toBe('offline');
  });

  test('a new try after failing stays offline (or retrying) until it lands, and says it is trying', () => {
    // The queue sends again: the reason for the last failure is kept until a save lands.
    const tryingAgain = { ...offline, status: 'saving' as const, retryAt: null };
    expect(saveView([tryingAgain])).toMatchObject({
      state: 'offline',
      label: 'Offline',
      retryAt: null,
      attempting: true,
    });
    expect(saveView([offline]).attempting).toBe(false);
    const busy = { ...tryingAgain, retryReason: 'busy' as const };
    expect(saveView([busy])).toMatchObject({ state: 'retrying', attempting: true });
    // After an API key was asked for and given, the next try is plain saving.
    const keyGiven = { ...tryingAgain, retryReason: 'unauthorized' as const };
    expect(saveView([keyGiven])).toMatchObject({ state: 'saving', attempting: false });
  });
});
