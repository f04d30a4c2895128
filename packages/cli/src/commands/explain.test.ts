import { describeRules } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

/** Output with line breaks and indentation folded, to compare wrapped prose. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('orgwise explain', () => {
  it.each(describeRules().map((rule) => [rule.id, rule] as const))(
    'explains %s: description, default severity, fixes, rationale and sources',
    async (id, rule) => {
      const run = await runCli(['explain', id]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe(id);
      expect(folded(run.stdout)).toContain(folded(rule.description));
      expect(run.stdout).toContain(`Default severity: ${rule.defaultSeverity}\n`);
      expect(run.stdout).toContain(`Suggests fixes:   ${rule.suggests ? 'yes' : 'no'}\n`);
      expect(folded(run.stdout)).toContain(folded(rule.rationale));
      for (const source of rule.sources) expect(folded(run.stdout)).toContain(folded(source));
      if (rule.defaults === null) {
        expect(run.stdout).toContain('Options:          none\n');
      } else {
        for (const [name, value] of Object.entries(rule.defaults)) {
          expect(run.stdout).toContain(`  ${name} (default ${JSON.stringify(value)})`);
        }
      }
    },
  );

  it('shows options with their defaults, and how to configure them', async () => {
    const run = await runCli(['explain', 'span-of-control']);
    expect(run.stdout).toContain('Options:\n  max (default 15)\n  frontlineMax (default 25)\n');
    expect(run.stdout).toContain(
      '{ "span-of-control": ["warning", {"max":15,"frontlineMax":25}] }',
    );
  });

  it('keeps wrapped lines within 100 columns', async () => {
    const run = await runCli(['explain', 'reporting-cycle']);
    for (const line of run.stdout.split('\n').filter((line) => line.startsWith('  '))) {
      expect(line.length).toBeLessThanOrEqual(100);
    }
  });

  it('exits 2 for an unknown rule, suggesting a close one', async () => {
    const typo = await runCli(['explain', 'reporting-cycel']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe(
      'orgwise: unknown rule "reporting-cycel". Did you mean "reporting-cycle"? Run "orgwise rules" to list the rules.\n',
    );
    const part = await runCli(['explain', 'cycle']);
    expect(part.stderr).toContain('Did you mean "reporting-cycle"?');
    const several = await runCli(['explain', 'without-cio']);
    expect(several.stderr).toContain('Did you mean "cto-without-cio"?');
    const fragment = await runCli(['explain', 'under-cio']);
    expect(fragment.stderr).toMatch(
      /Did you mean "[a-z-]+-under-cio"(, "[a-z-]+-under-cio")* or "[a-z-]+-under-cio"\?/,
    );
  });

  it('suggests nothing when no rule is close', async () => {
    const run = await runCli(['explain', 'payroll']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'orgwise: unknown rule "payroll". Run "orgwise rules" to list the rules.\n',
    );
  });
});
