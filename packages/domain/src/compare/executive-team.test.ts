import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../chart/analysis.js';
import { orgChart } from '../testing/org-chart.js';
import { executiveTeam } from './executive-team.js';

/** The head's id and the team size, or null. */
function teamOf(outline: string): { head: string; size: number } | null {
  const analysis = new ChartAnalysis(orgChart(outline));
  const team = executiveTeam(analysis);
  return team === null ? null : { head: analysis.id(team.head), size: team.size };
}

describe('executiveTeam', () => {
  it('is the CEO and the CEO’s direct reports, whatever their titles', () => {
    expect(
      teamOf(`
        ceo: Administrerende direktør
          cfo: CFO
          pa: Executive Assistant
          sales: Head of Sales
            rep: Account Manager
      `),
    ).toEqual({ head: 'ceo', size: 4 });
  });

  it('counts from the CEO under a board, leaving the board out', () => {
    expect(
      teamOf(`
        board: Board of Directors
          ceo: CEO
            cfo: CFO
      `),
    ).toEqual({ head: 'ceo', size: 2 });
  });

  it('is the CEO alone when nobody reports to the CEO', () => {
    expect(teamOf('ceo: CEO')).toEqual({ head: 'ceo', size: 1 });
  });

  it('counts from the CEO even when the chart has other tops', () => {
    expect(
      teamOf(`
        ceo: CEO
          cfo: CFO
        lab: Research Lab
          r1: Researcher
          r2: Researcher
      `),
    ).toEqual({ head: 'ceo', size: 2 });
  });

  it('takes the highest of several CEOs, the first on a tie', () => {
    expect(
      teamOf(`
        board: Board
          ceo2: CEO
            x: Developer
          ceo1: CEO
            ceo3: Group CEO
              cfo: CFO
      `),
    ).toEqual({ head: 'ceo2', size: 2 });
  });

  it('takes a CEO on a cycle only when every CEO is', () => {
    expect(
      teamOf(`
        a: CEO [reportsTo=b]
        b: COO [reportsTo=a]
        c: CEO [reportsTo=ghost]
        d: CEO [reportsTo=nobody]
          e: CFO
      `),
    ).toEqual({ head: 'a', size: 2 });
    expect(
      teamOf(`
        a: CEO [reportsTo=b]
        b: COO [reportsTo=a]
        c: CEO [reportsTo=]
      `),
    ).toEqual({ head: 'c', size: 1 });
  });

  it('counts from the single top when no position is the CEO', () => {
    expect(
      teamOf(`
        md: Senior Partner
          a: Partner
          b: Partner
      `),
    ).toEqual({ head: 'md', size: 3 });
    expect(
      teamOf(`
        board: Board of Directors
        md: Senior Partner
          a: Partner
      `),
    ).toEqual({ head: 'md', size: 2 });
  });

  it('has no team without a CEO and with several tops, only a board, or no positions', () => {
    expect(
      teamOf(`
        a: Partner
        b: Partner
      `),
    ).toBeNull();
    expect(
      teamOf(`
        board: Board of Directors
          md: Senior Partner
      `),
    ).toBeNull();
    expect(
      teamOf(`
        a: Partner [reportsTo=b]
        b: Partner [reportsTo=a]
      `),
    ).toBeNull();
    expect(executiveTeam(new ChartAnalysis({ positions: [] }))).toBeNull();
  });
});
