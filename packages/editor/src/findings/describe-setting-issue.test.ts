import { parseRuleSettings } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { describeSettingIssue } from './describe-setting-issue.js';

const issuesOf = (settings: unknown) => {
  const parsed = parseRuleSettings(settings);
  return parsed.ok ? [] : parsed.issues.map(describeSettingIssue);
};

describe('describeSettingIssue', () => {
  it('names the option and says what it must be', () => {
    expect(issuesOf({ 'span-of-control': ['warning', { max: 0 }] })).toEqual([
      'Option “max” must be more than 0.',
    ]);
    expect(issuesOf({ 'span-of-control': ['warning', { max: 'ten' }] })).toEqual([
      'Option “max” must be a number, not text.',
    ]);
    expect(issuesOf({ 'span-of-control': ['warning', { max: 7.5 }] })).toEqual([
      'Option “max” must be a whole number.',
    ]);
  });

  it('lists the options a rule takes when an unknown one is given', () => {
    expect(issuesOf({ 'span-of-control': ['warning', { maximum: 8 }] })).toEqual([
      '"maximum" is not an option of this rule; it takes “max” and “frontlineMax”.',
    ]);
  });

  it('points into nested options', () => {
    expect(
      issuesOf({ 'layer-count': ['info', { limits: [{ below: 'x', maxLayers: 3 }] }] }),
    ).toEqual(['Option “limits[0].below” must be a number, not text.']);
  });

  it('keeps the domain’s own wording for levels and unknown rules', () => {
    expect(issuesOf({ 'span-of-control': 'loud' })[0]).toMatch(/Unknown level "loud"/);
    expect(issuesOf({ 'no-such-rule': 'off' })).toEqual(['Unknown rule "no-such-rule"']);
  });
});
