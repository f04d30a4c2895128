import { type Locale, parseRuleSettings, type RuleSettings } from '@orgwise/domain';
import { problemsFromIssues, type ReadResult } from './input-problem.js';
import { readJsonFile } from './read-json.js';

/** Reads a `--rules` file: a JSON object of the contract's RuleSettings shape, checked in full. */
export async function readRuleSettings(
  file: string,
  cwd: string,
  locale: Locale = 'en',
): Promise<ReadResult<RuleSettings>> {
  const json = await readJsonFile(file, cwd, locale);
  if (!json.ok) return json;
  const { text, value } = json.value;
  // parseRuleSettings accepts null as "no settings"; a file that says null is a mistake.
  const parsed =
    value === null
      ? {
          ok: false as const,
          issues: [{ path: [], message: 'Rule settings must be an object keyed by rule id' }],
        }
      : parseRuleSettings(value);
  if (parsed.ok) return { ok: true, value: value as RuleSettings };
  return { ok: false, problems: problemsFromIssues(file, text, parsed.issues, locale) };
}
