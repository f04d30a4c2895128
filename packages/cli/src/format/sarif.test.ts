import { describeRules } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { engineReport, packageDir, readFixture, runCli } from '../../test/run-cli.js';

// The essentials of SARIF 2.1.0 (OASIS) that code-review tools depend on, typed loosely on purpose:
// the test reads the output as a consumer would.
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
    results: Result[];
  }[];
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string };
}
interface Location {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
  logicalLocations?: { name: string; kind: string }[];
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
}
interface Notification {
  level: string;
  message: { text: string };
  locations: Location[];
}

async function sarif(args: string[]): Promise<{ code: number; log: Sarif; stderr: string }> {
  const run = await runCli(['check', '--format', 'sarif', ...args]);
  return { code: run.code, log: JSON.parse(run.stdout) as Sarif, stderr: run.stderr };
}

/** Line and column (from 1) of the `"id": "<id>"` member in a fixture. */
function idLocation(fixture: string, id: string) {
  const lines = readFixture(fixture).split('\n');
  const line = lines.findIndex((text) => text.includes(`"id": "${id}"`));
  return { startLine: line + 1, startColumn: lines[line]!.indexOf('"id"') + 1 };
}

describe('orgwise check --format sarif', () => {
  it('writes a SARIF 2.1.0 log with the tool and every rule', async () => {
    const { code, log } = await sarif(['fixtures/clean.json']);
    expect(code).toBe(0);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('orgwise');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(new URL(driver.informationUri).protocol).toBe('https:');

    const rules = describeRules();
    expect(driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    for (const [k, rule] of rules.entries()) {
      const described = driver.rules[k]!;
      expect(described.shortDescription.text).toBe(rule.description);
      expect(described.defaultConfiguration.level).toBe(
        { error: 'error', warning: 'warning', info: 'note' }[rule.defaultSeverity],
      );
      if (rule.rationale !== '') {
        expect(described.fullDescription?.text).toBe(rule.rationale);
        expect(described.help.text).toContain(rule.rationale);
      }
      for (const source of rule.sources) expect(described.help.text).toContain(source);
    }
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('has one result per finding, each naming a rule of the driver', async () => {
    const { code, log } = await sarif(['fixtures/errors.json', 'fixtures/warnings.json']);
    expect(code).toBe(1);
    const run = log.runs[0]!;
    const expected = [
      ...engineReport('fixtures/errors.json').findings,
      ...engineReport('fixtures/warnings.json').findings,
    ];
    expect(run.results.map((result) => [result.ruleId, result.level])).toEqual(
      expected.map((finding) => [finding.ruleId, finding.severity]),
    );
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    // The message carries the fixes: one (the cycle) or several (the unknown manager).
    const textOf = (ruleId: string) => {
      const k = expected.findIndex((finding) => finding.ruleId === ruleId);
      return { finding: expected[k]!, text: run.results[k]!.message.text };
    };
    const cycle = textOf('reporting-cycle');
    expect(cycle.finding.suggestions).toHaveLength(1);
    expect(cycle.text).toBe(
      `${cycle.finding.message} Possible fix: ${cycle.finding.suggestions[0]!.title}.`,
    );
    const unknown = textOf('unknown-manager');
    expect(unknown.finding.suggestions).toHaveLength(2);
    expect(unknown.text).toBe(
      `${unknown.finding.message} Possible fixes: ${unknown.finding.suggestions[0]!.title}; ${unknown.finding.suggestions[1]!.title}.`,
    );
  });

  it('maps info to note', async () => {
    const { code, log } = await sarif([
      '--rules',
      'fixtures/rules/as-info.json',
      'fixtures/warnings.json',
    ]);
    expect(code).toBe(0);
    // In the engine's order: at the same severity, a role rule on the CFO comes before the span of
    // a team, although the CFO is last in the chart.
    expect(log.runs[0]!.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['vacant-executive', 'note'],
      ['span-of-control', 'note'],
    ]);
  });

  it("locates each result at the line of its position's id, with the position as logical location", async () => {
    const { log } = await sarif(['fixtures/errors.json']);
    const run = log.runs[0]!;
    const unknown = run.results.find((result) => result.ruleId === 'unknown-manager')!;
    const [location] = unknown.locations;
    expect(location!.physicalLocation.artifactLocation).toEqual({
      uri: 'fixtures/errors.json',
      uriBaseId: '%SRCROOT%',
      index: 0,
    });
    expect(location!.physicalLocation.region).toMatchObject(
      idLocation('fixtures/errors.json', 'finance'),
    );
    expect(location!.logicalLocations).toEqual([{ name: 'finance', kind: 'object' }]);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${packageDir}`);

    // The other positions of a cycle are related locations, each at its own line.
    const cycle = run.results.find((result) => result.ruleId === 'reporting-cycle')!;
    expect(cycle.locations[0]!.physicalLocation.region).toMatchObject(
      idLocation('fixtures/errors.json', 'sales'),
    );
    expect(cycle.relatedLocations?.map((related) => related.physicalLocation.region)).toEqual([
      expect.objectContaining(idLocation('fixtures/errors.json', 'sales-ops')),
    ]);
  });

  it('points a duplicated id at its first position', async () => {
    const { log } = await sarif(['fixtures/errors.json']);
    const duplicate = log.runs[0]!.results.find((result) => result.ruleId === 'duplicate-id')!;
    expect(duplicate.locations[0]!.physicalLocation.region).toMatchObject(
      idLocation('fixtures/errors.json', 'office'),
    );
  });

  it('reports unreadable files as failed-execution notifications, and still the other results', async () => {
    const { code, log, stderr } = await sarif([
      'fixtures/errors.json',
      'fixtures/malformed.json',
      'fixtures/invalid-json.json',
    ]);
    expect(code).toBe(2);
    expect(stderr).not.toBe('');
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(3);
    const [invocation] = run.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(
      invocation!.toolExecutionNotifications.map((notification) => [
        notification.level,
        notification.locations[0]!.physicalLocation.artifactLocation.uri,
        notification.locations[0]!.physicalLocation.region,
      ]),
    ).toEqual([
      ['error', 'fixtures/malformed.json', { startLine: 5, startColumn: 20 }],
      ['error', 'fixtures/malformed.json', { startLine: 6, startColumn: 5 }],
      ['error', 'fixtures/invalid-json.json', { startLine: 5, startColumn: 5 }],
    ]);
  });
});
