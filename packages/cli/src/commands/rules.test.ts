import { describeRules } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { ansi, runCli } from '../../test/run-cli.js';

describe('orgwise rules', () => {
  it('lists every rule with its default severity, whether it suggests fixes and its description', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Rule +Default +Fixes +Description$/);
    const rules = describeRules();
    for (const [k, rule] of rules.entries()) {
      const cells = lines[k + 1]!.split(/ {2,}/);
      expect(cells).toEqual([
        rule.id,
        rule.defaultSeverity,
        rule.suggests ? 'yes' : 'no',
        rule.description,
      ]);
    }
    expect(lines[rules.length + 1]).toBe('');
    expect(lines[rules.length + 2]).toContain(`${rules.length} rules.`);
  });

  it('aligns the columns', async () => {
    const lines = (await runCli(['rules'])).stdout.split('\n').slice(0, describeRules().length + 1);
    const descriptionColumn = lines[0]!.indexOf('Description');
    for (const line of lines.slice(1)) {
      expect(line.slice(descriptionColumn - 2, descriptionColumn)).toBe('  ');
      expect(line[descriptionColumn]).not.toBe(' ');
    }
  });

  it('colours the severities only in a terminal', async () => {
    expect((await runCli(['rules'], { tty: true })).stdout).toMatch(ansi);
    expect((await runCli(['rules'])).stdout).not.toMatch(ansi);
  });

  it('prints the rule descriptions as JSON with --format json', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(describeRules());
  });
});
