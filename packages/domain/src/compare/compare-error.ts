import type { InputIssue } from '../chart/input-issue.js';

/**
 * compareScenarios was asked something it cannot answer: no scenarios, a baseline that is not one
 * of them, or invalid rule settings. `issues` locate each problem in `{ scenarios, baseline }`, the
 * shape an API request would have, so that a caller can return them as they are.
 */
export class CompareError extends Error {
  override readonly name = 'CompareError';
  constructor(readonly issues: InputIssue[]) {
    super(
      `Cannot compare the scenarios: ${issues
        .map((issue) =>
          issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
        )
        .join('; ')}`,
    );
  }
}
