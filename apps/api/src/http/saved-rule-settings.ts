import { parseRuleSettings, type RuleSettings } from '@orgwise/domain';
import { inputProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

/**
 * A workspace's saved rule settings were checked when saved, but a newer Orgwise may have dropped
 * a rule or an option since: then no report can be made with them (409, naming what is unknown).
 */
export function checkSavedRuleSettings(rules: RuleSettings, whatToDo: 'share' | 'patch'): void {
  const settings = parseRuleSettings(rules);
  if (!settings.ok) {
    throw inputProblem(
      'outdated-rule-settings',
      problemText('outdatedRules', { whatToDo }),
      settings.issues.map((issue) => ({ ...issue, path: ['rules', ...issue.path] })),
    );
  }
}
