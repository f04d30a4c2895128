import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRules } from '../default-rules.js';
import { rules } from '../rules/index.js';
import { cite } from '../sources/cite.js';

describe('describeRules', () => {
  const described = describeRules();

  it('describes every rule of the registry, in its order', () => {
    expect(described.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });

  it('copies each rule’s metadata and cites its sources', () => {
    for (const [index, rule] of rules.entries()) {
      expect(described[index]).toMatchObject({
        id: rule.id,
        description: rule.description,
        category: rule.category,
        defaultSeverity: rule.defaultSeverity,
        rationale: rule.rationale,
        suggests: rule.suggests,
        sources: cite(rule.sources),
      });
    }
  });

  it('publishes each rule’s category, the same in every language', () => {
    expect(new Set(described.map((rule) => rule.category))).toEqual(
      new Set(['structure', 'roles', 'shape']),
    );
    expect(describeRules({ locale: 'da' }).map((rule) => rule.category)).toEqual(
      described.map((rule) => rule.category),
    );
    expect(described.find((rule) => rule.id === 'reporting-cycle')?.category).toBe('structure');
  });

  it('gives options as a JSON Schema with their defaults, or null for both', () => {
    for (const [index, rule] of rules.entries()) {
      const { options, defaults } = described[index]!;
      if (rule.options === undefined) {
        expect(options, rule.id).toBeNull();
        expect(defaults, rule.id).toBeNull();
        continue;
      }
      expect(options, rule.id).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
      });
      expect(defaults, rule.id).toEqual(rule.options.parse({}));
      // Every option has its default in the schema too, so a form can be prefilled from it.
      const properties = (options as { properties: Record<string, { default?: unknown }> })
        .properties;
      for (const [key, value] of Object.entries(defaults ?? {})) {
        expect(properties[key]?.default, `${rule.id}.${key}`).toEqual(value);
      }
    }
  });

  it('describes span-of-control’s max and frontlineMax as positive whole numbers defaulting to 15 and 25', () => {
    const span = described.find((rule) => rule.id === 'span-of-control');
    expect(span?.defaults).toEqual({ max: 15, frontlineMax: 25 });
    expect(span?.options).toMatchObject({
      properties: {
        max: { type: 'integer', default: 15, exclusiveMinimum: 0 },
        frontlineMax: { type: 'integer', default: 25, exclusiveMinimum: 0 },
      },
      additionalProperties: false,
    });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
    // The schema of the options is the schema zod itself produces.
    const span = rules.find((rule) => rule.id === 'span-of-control')!;
    expect(described.find((rule) => rule.id === 'span-of-control')?.options).toEqual(
      z.toJSONSchema(span.options!, { io: 'input' }),
    );
  });
});
