import { z } from 'zod';
import type { InputIssue } from '../chart/input-issue.js';
import { toInputIssues } from '../chart/input-issue.js';
import { type RuleRegistry, rulesById } from './rule-registry.js';
import { type Severity, severities } from './types.js';

/** ESLint-shaped rule settings: `"off"`, a severity, or `[severity, options]`. */
export type RuleLevel = Severity | 'off';
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];
export type RuleSettings = Record<string, RuleSetting>;

export interface ResolvedRuleSetting {
  level: RuleLevel;
  /** Whether the user chose the level; otherwise a rule may pick a severity per finding. */
  explicit: boolean;
  options: unknown;
}

export type ResolvedSettings = ReadonlyMap<string, ResolvedRuleSetting>;

const levels = ['off', ...severities] as const;
const levelSchema = z.enum(levels, {
  error: (issue) =>
    `Unknown level ${JSON.stringify(issue.input)}; expected "off", "error", "warning" or "info"`,
});

/** The JSON shape of rule settings, for documents such as the OpenAPI description. */
export const ruleSettingsSchema = z
  .record(
    z.string(),
    z.union([
      levelSchema,
      z.tuple([levelSchema]),
      z.tuple([levelSchema, z.record(z.string(), z.unknown())]),
    ]),
  )
  .meta({
    description:
      'Per-rule settings keyed by rule id: "off", a severity, or [severity, options]. Rules not named keep their defaults.',
    examples: [{ 'span-of-control': ['warning', { max: 8 }], 'ciso-under-cio': 'off' }],
  });

export class RuleSettingsError extends Error {
  override readonly name = 'RuleSettingsError';
  constructor(readonly issues: InputIssue[]) {
    super(
      `Invalid rule settings: ${issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
}

export type ParsedRuleSettings =
  | { ok: true; settings: ResolvedSettings }
  | { ok: false; issues: InputIssue[] };

/**
 * Checks rule settings against the rules that will run: unknown rules, unknown levels and options
 * that the rule's own schema rejects are issues with their path (`["span-of-control", 1, "max"]`).
 */
export function parseRuleSettingsWith(registry: RuleRegistry, input: unknown): ParsedRuleSettings {
  const known = rulesById(registry);
  const resolved = new Map<string, ResolvedRuleSetting>();
  if (input === undefined || input === null) return { ok: true, settings: resolved };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ path: [], message: 'Rule settings must be an object keyed by rule id' }],
    };
  }
  const issues: InputIssue[] = [];
  for (const [ruleId, value] of Object.entries(input)) {
    const rule = known.get(ruleId);
    if (rule === undefined) {
      issues.push({ path: [ruleId], message: `Unknown rule "${ruleId}"` });
      continue;
    }
    const [rawLevel, rawOptions, ...extra] = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && (value.length === 0 || extra.length > 0)) {
      issues.push({ path: [ruleId], message: 'Expected [level] or [level, options]' });
      continue;
    }
    const level = levelSchema.safeParse(rawLevel);
    if (!level.success) {
      issues.push(...toInputIssues(level.error, Array.isArray(value) ? [ruleId, 0] : [ruleId]));
      continue;
    }
    let options: unknown = rule.options?.parse({});
    if (rawOptions !== undefined) {
      if (rule.options === undefined) {
        issues.push({ path: [ruleId, 1], message: `Rule "${ruleId}" takes no options` });
        continue;
      }
      const parsed = rule.options.safeParse(rawOptions);
      if (!parsed.success) {
        issues.push(...toInputIssues(parsed.error, [ruleId, 1]));
        continue;
      }
      options = parsed.data;
    }
    resolved.set(ruleId, { level: level.data, explicit: true, options });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, settings: resolved };
}
