import type { ClientError } from '@orgwise/contract/client';
import type { InputIssue } from '@orgwise/domain';
import type { SaveOutcome } from '@orgwise/editor';
import { sameJson } from '@orgwise/editor';
import { translate } from '../i18n/translate.js';
import { messages } from './messages.js';

/** `chart.positions[3].title`: where in the request body the server found a problem. */
export function describePath(path: InputIssue['path']): string {
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

function withIssues(message: string, errors: InputIssue[]): string {
  if (errors.length === 0) return message;
  const listed = errors
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `${describePath(issue.path)}: ${issue.message}` : issue.message,
    );
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `${message} ${listed.join('; ')}${more}`;
}

/**
 * What a failed save means for its queue: wait for the user (conflict, gone), try again later
 * (unreachable, busy, server error, API key), or give up on these changes (refused).
 */
export function outcomeOfError<C>(error: ClientError): SaveOutcome<C> {
  switch (error.kind) {
    case 'conflict':
      return {
        kind: 'conflict',
        currentVersion: error.currentVersion,
        current: error.current,
        message: error.message,
      };
    case 'not-found':
      return { kind: 'gone', message: error.message };
    case 'unauthorized':
      // Tried again once the user has given the key.
      return { kind: 'retry', reason: 'unauthorized', message: error.message, afterMs: null };
    case 'network':
      // The contract's client says it in English; the editor says it in the chosen language.
      return { kind: 'retry', reason: 'offline', message: translate(messages)('unreachable') };
    case 'rate-limited':
      return {
        kind: 'retry',
        reason: 'busy',
        message: translate(messages)('slowDown', { seconds: Math.ceil(error.retryAfterMs / 1000) }),
        afterMs: error.retryAfterMs,
      };
    case 'problem':
      if (error.status >= 500) return { kind: 'retry', reason: 'server', message: error.message };
      return { kind: 'refused', message: withIssues(error.message, error.errors) };
  }
}

/**
 * A 412 whose current resource already holds exactly these changes is a save that landed but
 * whose answer was lost (the connection dropped): it counts as saved, not as someone else's.
 */
export function alreadySaved(changes: object, current: unknown): boolean {
  if (typeof current !== 'object' || current === null) return false;
  const held = current as Record<string, unknown>;
  return Object.entries(changes).every(([key, value]) => sameJson(value, held[key]));
}
