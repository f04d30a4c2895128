import { problemSchema } from '@orgwise/contract';
import type { Response } from 'supertest';
import { expect } from 'vitest';

/**
 * Asserts that a response is an RFC 9457 problem document with this status (and type), never an
 * HTML page or a stack trace, and returns the document.
 */
export function expectProblem(res: Response, status: number, type = 'about:blank') {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.text).not.toMatch(/<html|<!doctype|\bat [\w.<>]+ \(|node_modules|\.ts:\d+/i);
  const problem = problemSchema.parse(JSON.parse(res.text));
  expect(problem.status).toBe(status);
  expect(problem.type).toBe(type);
  expect(problem.title).not.toBe('');
  expect(problem.requestId).toBe(res.headers['x-request-id']);
  return problem;
}
