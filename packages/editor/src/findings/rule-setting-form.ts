import type { RuleLevel, RuleSetting } from '@orgwise/domain';

/** A rule setting split into what the settings form edits. */
export interface RuleSettingParts {
  /** Undefined: the rule's default. */
  level: RuleLevel | undefined;
  options: Record<string, unknown> | undefined;
}

export function splitSetting(setting: RuleSetting | undefined): RuleSettingParts {
  if (setting === undefined) return { level: undefined, options: undefined };
  if (typeof setting === 'string') return { level: setting, options: undefined };
  return { level: setting[0], options: setting[1] };
}

/**
 * Reads the options a user typed as JSON. Syntax errors are reported in words with the line and
 * column, since "Unexpected token } in JSON at position 14" means little to an HR partner.
 */
export function parseOptionsJson(
  text: string,
): { ok: true; options: Record<string, unknown> | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, options: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    if (at !== null) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset).split('\n');
      return {
        ok: false,
        message: `The options are not valid JSON (line ${before.length}, column ${before.at(-1)!.length + 1}). Write them like {"max": 8}.`,
      };
    }
    return { ok: false, message: 'The options are not valid JSON. Write them like {"max": 8}.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The options must be a JSON object, like {"max": 8}.' };
  }
  return { ok: true, options: value as Record<string, unknown> };
}
