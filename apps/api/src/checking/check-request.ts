import { applyRequestSchema, validateRequestSchema } from '@orgwise/contract';
import {
  type Chart,
  type Locale,
  type Patch,
  parseChart,
  parseRuleSettings,
  patchSchema,
  type RuleSettings,
  validate,
} from '@orgwise/domain';
import type { z } from 'zod';
import { checkParsedJson } from '../http/json-body.js';
import { checkPositionCount } from '../http/position-limit.js';
import {
  HttpProblem,
  inputProblem,
  type ProblemFields,
  type ProblemTexts,
  typedProblem,
} from '../http/problem.js';
import { problemText } from '../http/problem-texts/problem-text.js';
import { toInputIssues } from '../http/validated.js';
import { applyWithinLimit } from './apply-within-limit.js';
import { answerImport } from './import-answer.js';
import { limitFindings } from './limit-findings.js';

// The work of the chart endpoints, from the body's bytes to the answer's JSON text, as one pure
// function: the server runs it on its main thread for small charts and in a worker thread for
// large ones (check-pool.ts), with the same checks and the same problem documents either way.

export interface CheckLimits {
  maxPositions: number;
  maxJsonDepth: number;
  maxFindingsPerRule: number;
}

export type CheckTask =
  /** POST /v1/validate and /v1/apply: the body's bytes, or undefined when there was none. */
  | {
      kind: 'validate' | 'apply';
      body: Uint8Array | undefined;
      limits: CheckLimits;
      /** The language of the findings' messages and fix titles. */
      locale: Locale;
    }
  /** The report of a saved chart (as the database's JSON text) under checked rule settings. */
  | { kind: 'report'; chartJson: string; rules: RuleSettings; limits: CheckLimits; locale: Locale }
  | ImportTask;

/** POST /v1/import: a document's bytes and the format they are read as (`scim`, `xlsx`). */
export interface ImportTask {
  kind: 'import';
  body: Uint8Array;
  format: string;
  limits: CheckLimits;
  locale: Locale;
}

export type CheckResult =
  | { ok: true; json: string }
  /** A problem, with its texts to render in the language of the answer (problem-texts). */
  | { ok: false; problem: ProblemFields; headers: Record<string, string>; texts: ProblemTexts };

/** Answers a task; a problem with the request is a result, anything else a thrown error. */
export async function runCheck(task: CheckTask): Promise<CheckResult> {
  try {
    return { ok: true, json: task.kind === 'import' ? await answerImport(task) : answer(task) };
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    return { ok: false, problem: error.problem, headers: { ...error.headers }, texts: error.texts };
  }
}

function answer(task: Exclude<CheckTask, ImportTask>): string {
  const { limits, locale } = task;
  if (task.kind === 'report') {
    const chart = JSON.parse(task.chartJson) as Chart;
    return JSON.stringify(
      limitFindings(validate(chart, { rules: task.rules, locale }), limits.maxFindingsPerRule),
    );
  }
  const body = readJson(task.body, limits.maxJsonDepth);
  checkPositionCount(body, limits.maxPositions);
  if (task.kind === 'validate') {
    const { chart, rules } = validateInput(body, locale);
    const report = validate(chart, rules === undefined ? { locale } : { rules, locale });
    return JSON.stringify(limitFindings(report, limits.maxFindingsPerRule));
  }
  const { chart, patch, rules } = applyInput(body, locale);
  const patched = applyWithinLimit(chart, patch, limits.maxPositions);
  const report = validate(patched, rules === undefined ? { locale } : { rules, locale });
  return JSON.stringify({
    chart: patched,
    report: limitFindings(report, limits.maxFindingsPerRule),
  });
}

/**
 * The body as JSON, as express.json would have read it: no body is undefined, an empty one `{}`,
 * a byte order mark is skipped; then the depth and `__proto__` checks every JSON body gets.
 */
function readJson(bytes: Uint8Array | undefined, maxJsonDepth: number): unknown {
  if (bytes === undefined) return undefined;
  if (bytes.byteLength === 0) return {};
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw typedProblem(
      'invalid-json',
      problemText('invalidJson', { reason: (error as SyntaxError).message }),
    );
  }
  checkParsedJson(value, maxJsonDepth);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnly(body: Record<string, unknown>, members: readonly string[]): boolean {
  for (const key in body) if (!members.includes(key)) return false;
  return true;
}

function rulesAreValid(rules: unknown): boolean {
  return rules === undefined || parseRuleSettings(rules).ok;
}

/**
 * The request schema's zod pass copies every position of the chart, which costs more than running
 * the rules on a small one. The domain's parseChart decides exactly as the chart schema does, with
 * a quick pass for well-formed charts; the rule settings go through the same parseRuleSettings as
 * the schema's field. Only when something is wrong does the whole schema run, for its issues.
 */
function validateInput(
  body: unknown,
  locale: Locale,
): { chart: Chart; rules?: RuleSettings | undefined } {
  if (isRecord(body) && hasOnly(body, ['chart', 'rules']) && rulesAreValid(body.rules)) {
    const parsed = parseChart(body.chart);
    if (parsed.ok) return { chart: parsed.chart, rules: body.rules as RuleSettings | undefined };
  }
  return schemaParse(validateRequestSchema, body, locale);
}

function applyInput(
  body: unknown,
  locale: Locale,
): {
  chart: Chart;
  patch: Patch;
  rules?: RuleSettings | undefined;
} {
  if (isRecord(body) && hasOnly(body, ['chart', 'patch', 'rules']) && rulesAreValid(body.rules)) {
    const parsed = parseChart(body.chart);
    const patch = patchSchema.safeParse(body.patch);
    if (parsed.ok && patch.success) {
      return {
        chart: parsed.chart,
        patch: patch.data,
        rules: body.rules as RuleSettings | undefined,
      };
    }
  }
  return schemaParse(applyRequestSchema, body, locale);
}

/** The request schema's issues, said in the language of the answer. */
function schemaParse<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): z.output<S> {
  // With the input on each issue, a missing member can be told from one of the wrong type.
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    throw inputProblem(
      'invalid-request',
      problemText('bodyMismatch'),
      toInputIssues(parsed.error, locale),
    );
  }
  return parsed.data;
}
