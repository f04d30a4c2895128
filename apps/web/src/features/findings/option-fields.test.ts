import { describeRules } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { optionFields, optionLabel, typedLines, typedNumber } from './option-fields.js';

const schemaOf = (id: string) => describeRules().find((rule) => rule.id === id)?.options ?? {};

describe('optionFields', () => {
  it('gives each whole-number option a number box with its minimum', () => {
    const { fields, complete } = optionFields(schemaOf('span-of-control'));
    expect(complete).toBe(true);
    expect(fields).toEqual([
      { kind: 'integer', name: 'max', label: 'Max', min: 1 },
      { kind: 'integer', name: 'frontlineMax', label: 'Frontline max', min: 1 },
    ]);
  });

  it('gives a list of number pairs a table with a column per number', () => {
    const { fields, complete } = optionFields(schemaOf('layer-count'));
    expect(complete).toBe(true);
    expect(fields[0]).toEqual({
      kind: 'rows',
      name: 'limits',
      label: 'Limits',
      columns: [
        { name: 'below', label: 'Below', kind: 'integer', min: 1 },
        { name: 'maxLayers', label: 'Max layers', kind: 'integer', min: 1 },
      ],
    });
  });

  it('reads yes/no, choices and lists of titles, and says when something is left to JSON', () => {
    const { fields, complete } = optionFields({
      type: 'object',
      properties: {
        strict: { type: 'boolean' },
        mode: { type: 'string', enum: ['a', 'b'] },
        titles: { type: 'array', items: { type: 'string' } },
        nested: { type: 'object', properties: {} },
      },
    });
    expect(fields.map((field) => field.kind)).toEqual(['boolean', 'choice', 'lines']);
    expect(complete).toBe(false);
  });
});

describe('option text', () => {
  it('labels option names as words, abbreviations in capitals', () => {
    expect(optionLabel('enterpriseCioFrom')).toBe('Enterprise CIO from');
    expect(optionLabel('warnBelow')).toBe('Warn below');
  });

  it('reads typed numbers and lines', () => {
    expect(typedNumber(' 16 ')).toBe(16);
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber('lots')).toBe('lots');
    expect(typedLines(' CIO \n\nCTO')).toEqual(['CIO', 'CTO']);
  });
});
