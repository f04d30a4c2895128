import type { InputIssue } from '@orgwise/domain';
import type { RequestHandler } from 'express';
import { inputProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

// PostgreSQL cannot store two things that JSON can carry: the NUL character (U+0000) in text or
// JSONB, and UTF-16 surrogates without their pair ("\ud800"), which are not Unicode text at all.
// Sent to the database they would fail the save with a 500 (or, in text columns, be replaced
// silently); refused here, the client learns where they are.

const unpairedSurrogate = /\p{Cs}/u;

function problemWith(text: string): string | undefined {
  if (text.includes('\u0000')) {
    return 'Text cannot contain the NUL character (U+0000): it cannot be saved. Remove it and send again.';
  }
  if (unpairedSurrogate.test(text)) {
    return 'Text contains half of a UTF-16 surrogate pair (such as "\\ud800" alone), which is not valid Unicode and cannot be saved. Fix the text and send again.';
  }
  return undefined;
}

interface Frame {
  value: unknown;
  parent: Frame | undefined;
  key: string | number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
}

/**
 * Every string (and object key) in `root` that cannot be saved, by its path. Iterative, and paths
 * are only built for the strings that are reported.
 */
export function findUnstorableText(root: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const stack: Frame[] = [{ value: root, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value === 'string') {
      const message = problemWith(value);
      if (message !== undefined) issues.push({ path: pathOf(frame), message });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (typeof item === 'string' || (item !== null && typeof item === 'object')) {
          stack.push({ value: item, parent: frame, key: index });
        }
      }
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        const item: unknown = (value as Record<string, unknown>)[key];
        if (typeof item === 'string' || (item !== null && typeof item === 'object')) {
          stack.push({ value: item, parent: frame, key });
        }
        const message = problemWith(key);
        if (message !== undefined) {
          issues.push({ path: [...pathOf(frame), key], message: `This key: ${message}` });
        }
      }
    }
  }
  return issues;
}

/** Refuses a body with text the database cannot keep: 400 invalid-request naming each place. */
export const storableText: RequestHandler = (req, _res, next) => {
  const issues = findUnstorableText(req.body);
  if (issues.length > 0) {
    throw inputProblem('invalid-request', problemText('unsavableText'), issues);
  }
  next();
};
