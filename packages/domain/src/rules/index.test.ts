import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { severities } from '../engine/types.js';
import { cite } from '../sources/cite.js';
import { ruleById, rules } from './index.js';

// After typescript-eslint's registry test: the registry, the files and the ids must agree.
const ruleFiles = readdirSync(new URL('./', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();

describe('the rule registry', () => {
  it('holds every rule file, sorted by id', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles);
  });

  it('holds the 22 rules of the contract', () => {
    expect(rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining([
        'duplicate-id',
        'unknown-manager',
        'reporting-cycle',
        'ceo-at-top',
        'seniority-inversion',
        'single-top',
        'duplicate-executive',
        'dotted-line',
        'atypical-manager',
        'cto-under-cio',
        'cto-without-cio',
        'vp-engineering-under-cto',
        'it-under-cio',
        'ciso-under-cio',
        'combine-cio-cto',
        'split-cio-cto',
        'tech-leadership-fit',
        'span-of-control',
        'narrow-span',
        'layer-count',
        'interim-executive',
        'vacant-executive',
      ]),
    );
  });

  it('maps each id to its rule, ids being unique', () => {
    expect(ruleById.size).toBe(rules.length);
    for (const rule of rules) expect(ruleById.get(rule.id)).toBe(rule);
  });

  it('defaults to an error only where the chart is broken', () => {
    // Severity follows the strength of the evidence: everything else is worth a look, not wrong.
    const errors = rules.filter((rule) => rule.defaultSeverity === 'error').map((rule) => rule.id);
    expect(errors.sort()).toEqual(['duplicate-id', 'reporting-cycle', 'unknown-manager']);
  });

  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('has a kebab-case id that is its file name', async () => {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      const file = new URL(`./${id}.ts`, import.meta.url).href;
      const module = (await import(/* @vite-ignore */ file)) as { default: unknown };
      expect(module.default).toBe(rule);
    });

    it('has a one-line description, a default severity, a category and a rationale', () => {
      expect(rule.description).toMatch(/\S/);
      expect(rule.description).not.toMatch(/\n/);
      expect(severities).toContain(rule.defaultSeverity);
      expect(rule.rationale.length).toBeGreaterThan(40);
      expect(typeof rule.suggests).toBe('boolean');
      expect(['structure', 'roles', 'shape']).toContain(rule.category);
    });

    it('cites at least one source the catalogue resolves', () => {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(cite(rule.sources).length).toBeGreaterThan(0);
    });

    it('parses empty options to a default for every option, if it takes options', () => {
      if (rule.options === undefined) return;
      const parsed = rule.options.safeParse({});
      expect(parsed.success).toBe(true);
      const shape = (rule.options as { shape?: Record<string, unknown> }).shape ?? {};
      for (const key of Object.keys(shape)) {
        expect(parsed.data?.[key], `default of ${key}`).not.toBeUndefined();
      }
    });
  });
});
