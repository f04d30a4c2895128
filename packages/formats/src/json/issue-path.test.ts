import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssuePath } from './issue-path.js';

describe('formatIssuePath', () => {
  it.each([
    [['positions', 3, 'reportsTo'], 'positions[3].reportsTo'],
    [['positions', 0, 'roles', 2], 'positions[0].roles[2]'],
    [['company', 'legal name'], 'company["legal name"]'],
    [['__proto__'], '__proto__'],
    [['a"b'], '["a\\"b"]'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('describeIssue', () => {
  const input = {
    positions: [
      { id: 'ceo', title: 'CEO' },
      { id: 'it', title: '' },
      { id: 'x', title: 'T'.repeat(100) },
      'not a position',
    ],
  };

  it('names the position by its title', () => {
    expect(describeIssue({ path: ['positions', 0, 'vacant'], message: 'bad' }, input)).toBe(
      'positions[0].vacant (CEO): bad',
    );
  });

  it('falls back to the id, shortens long titles and copes with non-objects', () => {
    expect(describeIssue({ path: ['positions', 1, 'vacant'], message: 'bad' }, input)).toBe(
      'positions[1].vacant (it): bad',
    );
    expect(describeIssue({ path: ['positions', 2], message: 'bad' }, input)).toBe(
      `positions[2] (${'T'.repeat(40)}…): bad`,
    );
    expect(describeIssue({ path: ['positions', 3], message: 'bad' }, input)).toBe(
      'positions[3]: bad',
    );
    expect(describeIssue({ path: ['positions', 9], message: 'bad' }, null)).toBe(
      'positions[9]: bad',
    );
  });

  it('speaks of the whole file when the path is empty', () => {
    expect(describeIssue({ path: [], message: 'A chart must be an object' }, [])).toBe(
      'The file: A chart must be an object',
    );
  });
});
