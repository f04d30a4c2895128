import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChart } from '../chart/parse-chart.js';
import type { Chart } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import type { EvidenceId } from '../sources/catalogue.js';
import { cite } from '../sources/cite.js';
import { rules } from './index.js';

// Docs are source, kept honest here: every rule has docs/rules/<id>.md in the format of
// reporting-cycle.md, and what the doc states (description, severity, suggestions, options,
// sources, examples) is what the rule does.

const docsDir = new URL('../../docs/rules/', import.meta.url);
const docFiles = readdirSync(docsDir).filter((name) => name.endsWith('.md'));

interface RuleDoc {
  lines: string[];
  /** Level-2 and level-3 headings in order, e.g. `## Rationale`, `### Fails`. */
  headings: string[];
  table: Map<string, string>;
  /** Text under a heading, up to the next heading of any level. */
  section(heading: string): string;
  /** The single ```json block under a heading, parsed. */
  example(heading: string): unknown;
}

function readDoc(id: string): RuleDoc {
  const lines = readFileSync(new URL(`${id}.md`, docsDir), 'utf8').split(/\r?\n/);
  const headings = lines.filter((line) => /^#{2,3} /.test(line));
  const rationale = lines.indexOf('## Rationale');
  const table = new Map<string, string>();
  for (const line of lines.slice(0, rationale === -1 ? lines.length : rationale)) {
    const row = /^\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|$/.exec(line);
    if (row !== null) table.set(row[1]!, row[2]!);
  }
  const section = (heading: string): string => {
    const start = lines.indexOf(heading);
    if (start === -1) throw new Error(`no "${heading}" section`);
    const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
    return lines.slice(start + 1, end === -1 ? lines.length : end).join('\n');
  };
  const example = (heading: string): unknown => {
    const blocks = [...section(heading).matchAll(/^```json\n([\s\S]*?)\n```$/gm)];
    if (blocks.length !== 1) throw new Error(`expected one json block under "${heading}"`);
    return JSON.parse(blocks[0]![1]!);
  };
  return { lines, headings, table, section, example };
}

function chartOf(input: unknown): Chart {
  const parsed = parseChart(input);
  if (!parsed.ok) throw new Error(`not a valid chart: ${JSON.stringify(parsed.issues)}`);
  return parsed.chart;
}

describe('rule docs', () => {
  it('exist for every rule, and every doc belongs to a rule', () => {
    const ids = rules.map((rule) => rule.id).sort();
    const docs = docFiles.map((name) => name.slice(0, -'.md'.length)).sort();
    expect(
      docs.filter((id) => !ids.includes(id)),
      'docs without a rule',
    ).toEqual([]);
    expect(
      ids.filter((id) => !docs.includes(id)),
      'rules without a doc',
    ).toEqual([]);
  });

  // A missing doc fails the test above once; the docs that exist are checked one by one.
  const documented = rules.filter((rule) => existsSync(new URL(`${rule.id}.md`, docsDir)));
  describe.each(documented.map((rule) => [rule.id, rule] as const))('%s.md', (id, rule) => {
    const doc = readDoc(id);

    it('has the sections of the format, in order', () => {
      const { lines, headings } = doc;
      expect(lines[0]).toBe(`# ${id}`);
      expect(headings).toEqual([
        '## Rationale',
        '## Sources',
        '## Examples',
        '### Fails',
        '### Passes',
        '## Options',
      ]);
    });

    it('states the rule’s description', () => {
      const quote = doc.lines.find((line) => line.startsWith('> '));
      expect(quote).toBe(`> ${rule.description}`);
    });

    it('states the default severity, whether it suggests and its options', () => {
      const { table } = doc;
      const severity = (table.get('Default severity') ?? '').replaceAll('`', '');
      // The cell may go on ("info; warning in product companies"), but it starts with the default.
      expect(severity.split(/[^a-z]/)[0]).toBe(rule.defaultSeverity);
      expect(table.get('Suggests fixes')).toBe(rule.suggests ? 'yes' : 'no');
      const options = table.get('Options') ?? '';
      const keys = Object.keys((rule.options as { shape?: object } | undefined)?.shape ?? {});
      if (rule.options === undefined) expect(options).toBe('none');
      else expect(options).not.toBe('none');
      for (const key of keys) expect(options, `option ${key}`).toContain(`\`${key}\``);
    });

    it('lists the rule’s message ids, which every language translates', () => {
      const ids = Object.keys(rule.messages).map((id) => `\`${id}\``);
      expect(doc.table.get('Messages')).toBe(`${ids.join(', ')} (in English, Danish and Dutch)`);
    });

    it('lists the sources the rule cites', () => {
      const sources = doc.section('## Sources');
      const bullets = [...sources.matchAll(/^- ([^:\s]+(?::[^:\s]+)?): \S/gm)].map((m) => m[1]!);
      expect(bullets.length).toBeGreaterThan(0);
      for (const evidence of bullets) expect(() => cite([evidence as EvidenceId])).not.toThrow();
      for (const evidence of rule.sources) expect(bullets, 'cited by the rule').toContain(evidence);
    });

    it('says "None." under Options when the rule takes none', () => {
      const options = doc.section('## Options').trim();
      if (rule.options === undefined) expect(options).toBe('None.');
      else expect(options).not.toBe('None.');
    });

    it('has a failing example that the rule reports', () => {
      const chart = chartOf(doc.example('### Fails'));
      const findings = validate(chart, { ruleSet: [rule] }).findings;
      expect(findings.filter((finding) => finding.ruleId === id).length).toBeGreaterThan(0);
    });

    it('has a passing example that the rule does not report', () => {
      const chart = chartOf(doc.example('### Passes'));
      expect(validate(chart, { ruleSet: [rule] }).findings).toEqual([]);
    });
  });
});
