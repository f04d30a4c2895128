import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import type { Finding, Severity } from '../engine/types.js';
import { orgChart } from '../testing/org-chart.js';
import { findingDelta, findingIdentity } from './finding-delta.js';

function finding(
  ruleId: string,
  severity: Severity,
  positionIds: string[],
  message = `${ruleId} on ${positionIds.join(', ')}`,
): Finding {
  return { ruleId, severity, message, positionIds, sources: [], suggestions: [] };
}

const report = (...findings: Finding[]) => ({ findings });

describe('findingIdentity', () => {
  it('is the rule, the severity and the positions in any order, not the message', () => {
    expect(findingIdentity(finding('x', 'info', ['a', 'b'], 'one'))).toBe(
      findingIdentity(finding('x', 'info', ['b', 'a'], 'two')),
    );
    expect(findingIdentity(finding('x', 'info', ['a']))).not.toBe(
      findingIdentity(finding('x', 'warning', ['a'])),
    );
    expect(findingIdentity(finding('x', 'info', ['a']))).not.toBe(
      findingIdentity(finding('y', 'info', ['a'])),
    );
    expect(findingIdentity(finding('x', 'info', ['a', 'a']))).not.toBe(
      findingIdentity(finding('x', 'info', ['a'])),
    );
  });

  it('cannot be confused by ids holding separators', () => {
    expect(findingIdentity(finding('x', 'info', ['a","b']))).not.toBe(
      findingIdentity(finding('x', 'info', ['a', 'b'])),
    );
  });
});

describe('findingDelta', () => {
  it('finds no change between two empty reports', () => {
    expect(findingDelta(report(), report())).toEqual({
      resolved: [],
      introduced: [],
      unchanged: [],
      summary: {
        resolved: { errors: 0, warnings: 0, infos: 0 },
        introduced: { errors: 0, warnings: 0, infos: 0 },
        unchanged: 0,
      },
    });
  });

  it('sorts findings into resolved, introduced and unchanged, keeping both wordings', () => {
    const gone = finding('cto-under-cio', 'warning', ['cto', 'cio']);
    const kept = finding('vacant-executive', 'warning', ['cfo'], 'The CFO “CFO” is vacant');
    const keptNow = finding('vacant-executive', 'warning', ['cfo'], 'The CFO “Finance” is vacant');
    const fresh = finding('split-cio-cto', 'info', ['cto']);
    const delta = findingDelta(report(gone, kept), report(keptNow, fresh));
    expect(delta.resolved).toEqual([gone]);
    expect(delta.introduced).toEqual([fresh]);
    expect(delta.unchanged).toEqual([{ before: kept, after: keptNow }]);
    expect(delta.summary).toEqual({
      resolved: { errors: 0, warnings: 1, infos: 0 },
      introduced: { errors: 0, warnings: 0, infos: 1 },
      unchanged: 1,
    });
  });

  it('counts a finding whose severity changed as resolved and introduced', () => {
    const before = finding('combine-cio-cto', 'warning', ['cto', 'cio']);
    const after = finding('combine-cio-cto', 'info', ['cto', 'cio']);
    const delta = findingDelta(report(before), report(after));
    expect(delta.resolved).toEqual([before]);
    expect(delta.introduced).toEqual([after]);
  });

  it('pairs findings of one identity as a multiset', () => {
    const first = finding('dotted-line', 'warning', ['a'], 'to x');
    const second = finding('dotted-line', 'warning', ['a'], 'to y');
    const third = finding('dotted-line', 'warning', ['a'], 'to z');
    const fewer = findingDelta(report(first, second, third), report(second));
    expect(fewer.unchanged).toEqual([{ before: second, after: second }]);
    expect(fewer.resolved).toEqual([first, third]);
    const more = findingDelta(report(second), report(first, second, third));
    expect(more.unchanged).toEqual([{ before: second, after: second }]);
    expect(more.introduced).toEqual([first, third]);
  });

  it('pairs the same message first, then the rest in report order', () => {
    const x = finding('dotted-line', 'warning', ['a'], 'to x');
    const y = finding('dotted-line', 'warning', ['a'], 'to y');
    const xRenamed = finding('dotted-line', 'warning', ['a'], 'to x, renamed');
    const delta = findingDelta(report(x, y), report(y, xRenamed));
    expect(delta.unchanged).toEqual([
      { before: y, after: y },
      { before: x, after: xRenamed },
    ]);
    expect(delta.resolved).toEqual([]);
    expect(delta.introduced).toEqual([]);
  });

  it('keeps a finding whose message changed with a retitled position (real rules)', () => {
    const before = orgChart(`
      ceo: CEO
        cio: CIO
          ciso: CISO
    `);
    const after = orgChart(`
      ceo: CEO
        cio: Chief Information Officer
          ciso: Chief Information Security Officer
    `);
    const old = validate(before);
    const now = validate(after);
    const delta = findingDelta(old, now);
    const ciso = delta.unchanged.find(({ after }) => after.ruleId === 'ciso-under-cio');
    expect(ciso).toBeDefined();
    expect(ciso!.before.message).not.toBe(ciso!.after.message);
    expect(delta.resolved).toEqual([]);
    expect(delta.introduced).toEqual([]);
  });

  it('adds up with the reports’ summaries', () => {
    const before = orgChart(`
      ceo: CEO
        cio: CIO [vacant]
          cto: CTO
          ciso: CISO
        x: Developer [reportsTo=ghost]
    `);
    const after = orgChart(`
      ceo: CEO
        cto: CTO [interim]
        cto: CTO
        ciso: CISO [reportsTo=cto]
    `);
    const old = validate(before);
    const now = validate(after);
    const { resolved, introduced } = findingDelta(old, now).summary;
    expect(old.summary.errors - resolved.errors + introduced.errors).toBe(now.summary.errors);
    expect(old.summary.warnings - resolved.warnings + introduced.warnings).toBe(
      now.summary.warnings,
    );
    expect(old.summary.infos - resolved.infos + introduced.infos).toBe(now.summary.infos);
    expect(resolved.errors + introduced.errors).toBeGreaterThan(0);
  });
});
