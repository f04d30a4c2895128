import { describe, expect, test } from 'vitest';
import { checkJsonShape } from './json-shape.js';

describe('checkJsonShape', () => {
  test('accepts scalars and JSON within the depth limit', () => {
    expect(checkJsonShape(null, 3)).toBeUndefined();
    expect(checkJsonShape('text', 3)).toBeUndefined();
    expect(checkJsonShape({ a: [{ b: 1 }] }, 3)).toBeUndefined();
  });

  test('counts each array and object as a level', () => {
    expect(checkJsonShape([[[1]]], 3)).toBeUndefined();
    expect(checkJsonShape([[[[1]]]], 3)).toEqual({ kind: 'too-deep' });
    expect(checkJsonShape({ a: { b: { c: {} } } }, 3)).toEqual({ kind: 'too-deep' });
  });

  test('finds a deep branch next to shallow ones', () => {
    const value = { shallow: [1, 2, 3], deep: [{ x: [{ y: [] }] }] };
    expect(checkJsonShape(value, 5)).toEqual({ kind: 'too-deep' });
    expect(checkJsonShape(value, 6)).toBeUndefined();
  });

  test('handles a million levels without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(checkJsonShape(deep, 64)).toEqual({ kind: 'too-deep' });
  });

  test('reports a __proto__ key with its path', () => {
    const value = JSON.parse('{"chart": {"positions": [{"id": "a"}, {"__proto__": {}}]}}');
    expect(checkJsonShape(value, 64)).toEqual({
      kind: 'forbidden-key',
      path: ['chart', 'positions', 1, '__proto__'],
    });
    expect(checkJsonShape(JSON.parse('{"__proto__": 1}'), 64)).toEqual({
      kind: 'forbidden-key',
      path: ['__proto__'],
    });
  });

  test('lets "constructor" and "prototype" keys through: as own data they are harmless', () => {
    const value = JSON.parse('{"constructor": {"prototype": {"x": 1}}}');
    expect(checkJsonShape(value, 64)).toBeUndefined();
  });
});
