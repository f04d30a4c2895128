import { parseRuleSettings, type RuleSettings } from '@orgwise/domain';
import { inputProblem } from './problem.js';

/**
 * A workspace's saved rule settings were checked when saved, but a newer Orgwise may have dropped
 * a rule or an option since: then no report can be made with them (409, naming what is unknown).
 */
export function checkSavedRuleSettings(rules: RuleSettings, whatToDo: string): void {
  const settings = parseRuleSettings(rules);
  if (!settings.ok) {
    throw inputProblem(
      'outdated-rule-settings',
      `The workspace’s rule settings name rules or options this version of Orgwise does not know; ${whatToDo}`,
      settings.issues.map((issue) => ({ ...issue, path: ['rules', ...issue.path] })),
    );
  }
}
