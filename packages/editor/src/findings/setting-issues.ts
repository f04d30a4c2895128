import { parseRuleSettings } from '@orgwise/domain';
import { describeSettingIssue } from './describe-setting-issue.js';

/** What is wrong with rule settings, in words; the rule id leads when `withRule` is set. */
export function settingIssues(settings: unknown, withRule = false): string[] {
  const parsed = parseRuleSettings(settings);
  if (parsed.ok) return [];
  return parsed.issues.map((issue) => {
    const text = describeSettingIssue(issue);
    return withRule && issue.path.length > 0 ? `${String(issue.path[0])}: ${text}` : text;
  });
}
