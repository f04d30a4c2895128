import type { z } from 'zod';
import type { Locale } from '../i18n/locales.js';
import { issueMessage } from '../messages/input-issue-words.js';

/** Where an input is malformed, and why (contract §2). */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/**
 * Converts zod's issues into the contract's InputIssue list (symbols cannot occur in JSON paths),
 * their messages in `locale` (the schemas' own English by default).
 */
export function toInputIssues(
  error: z.ZodError,
  prefix: (string | number)[] = [],
  locale: Locale = 'en',
): InputIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issueMessage(locale, issue),
  }));
}
