import type { RequestHandler } from 'express';
import { inputProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

// The charts a count can be of, as callers name them, and how the texts choose their words.
const chartKinds = {
  'The chart': 'chart',
  'The patched chart': 'patched',
  'A saved chart': 'aSaved',
  'The saved chart': 'saved',
  'The document': 'document',
} as const;

/** The problem for a chart over the limit; `path` says which chart (the input or a patch's result). */
export function tooManyPositions(
  count: number,
  limit: number,
  path: (string | number)[],
  what: keyof typeof chartKinds = 'The chart',
) {
  return inputProblem(
    'too-many-positions',
    problemText('tooManyPositions', { what: chartKinds[what], count, limit }),
    [{ path, message: problemText('atMostPositions', { limit }) }],
    { limit },
  );
}

/**
 * Refuses a chart with more positions than `limit` before the schema parses it: parsing and
 * validating half a million positions only to refuse them would let one request hold the server.
 * Only `body.chart.positions` is counted; anything else is left to the schema.
 */
export function positionLimit(limit: number): RequestHandler {
  return (req, _res, next) => {
    checkPositionCount(req.body, limit);
    next();
  };
}

/** The check of positionLimit, for a body parsed elsewhere. */
export function checkPositionCount(body: unknown, limit: number): void {
  const chart = isObject(body) ? body.chart : undefined;
  const positions = isObject(chart) ? chart.positions : undefined;
  if (Array.isArray(positions) && positions.length > limit) {
    throw tooManyPositions(positions.length, limit, ['chart', 'positions']);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
