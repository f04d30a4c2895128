import { describe, expect, it } from 'vitest';
import { roleIds } from '../roles/role-ids.js';
import { chartJsonSchema } from './json-schema.js';

interface Schema {
  $schema?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  additionalProperties?: unknown;
  minLength?: number;
  maxLength?: number;
}

const schema = chartJsonSchema as Schema;
const position = schema.properties?.positions?.items;

describe('chartJsonSchema', () => {
  it('is a draft 2020-12 object schema that requires positions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['positions']);
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'version',
      'company',
      'positions',
      'dottedLines',
    ]);
  });

  it('requires id and title on every position, with the id’s length limits', () => {
    expect(schema.properties?.positions?.type).toBe('array');
    expect(position?.type).toBe('object');
    expect(position?.required).toEqual(['id', 'title']);
    expect(position?.properties?.id).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 128,
    });
    expect(position?.properties?.roles?.items?.enum).toEqual([...roleIds]);
  });

  it('allows null for a top position’s manager and for an unnamed holder', () => {
    const reportsTo = position?.properties?.reportsTo;
    expect(reportsTo?.anyOf?.map((option) => option.type)).toEqual(['string', 'null']);
    expect(position?.properties?.holder?.type).toEqual(['string', 'null']);
  });

  it('lets unknown fields through everywhere, as parseChart keeps them', () => {
    expect(schema.additionalProperties).toEqual({});
    expect(position?.additionalProperties).toEqual({});
    expect(schema.properties?.company?.additionalProperties).toEqual({});
    expect(schema.properties?.dottedLines?.items?.required).toEqual(['from', 'to']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(chartJsonSchema))).toEqual(chartJsonSchema);
  });
});
