import { describe, expect, it } from 'vitest';
import { effectiveRoles, isInterim } from './effective-roles.js';

describe('effectiveRoles', () => {
  it('recognises the roles from the title when the position has none', () => {
    expect(effectiveRoles({ title: 'CIO/CTO' })).toEqual(['cio', 'cto']);
    expect(effectiveRoles({ title: 'Engineering Manager' })).toEqual([]);
  });

  it('takes explicit roles over the title, an empty list included', () => {
    expect(effectiveRoles({ title: 'Head of IT', roles: ['cio'] })).toEqual(['cio']);
    expect(effectiveRoles({ title: 'CFO', roles: [] })).toEqual([]);
  });
});

describe('isInterim', () => {
  it('recognises an interim title when the position does not say', () => {
    expect(isInterim({ title: 'Konstitueret økonomidirektør' })).toBe(true);
    expect(isInterim({ title: 'Økonomidirektør' })).toBe(false);
  });

  it('takes the interim field over the title', () => {
    expect(isInterim({ title: 'Interim CIO', interim: false })).toBe(false);
    expect(isInterim({ title: 'CIO', interim: true })).toBe(true);
  });
});
