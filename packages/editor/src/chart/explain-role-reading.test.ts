import { ChartAnalysis, readRoles } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { explainRoleReading } from './explain-role-reading.js';

const explainOf = (positions: { id: string; title: string; reportsTo?: string }[], id: string) => {
  const analysis = new ChartAnalysis({ positions });
  const reading = readRoles(analysis, analysis.indexOf(id)!);
  const related =
    reading.relatedId === undefined
      ? undefined
      : analysis.position(analysis.indexOf(reading.relatedId)!).title;
  return explainRoleReading(reading, related);
};

describe('explainRoleReading', () => {
  it('names the words a role was read from', () => {
    expect(explainOf([{ id: 'cfo', title: 'Chief Financial Officer' }], 'cfo')).toEqual([
      'Read from “chief financial officer” in the title.',
    ]);
  });

  it('says a unit head is not the company’s executive', () => {
    const lines = explainOf(
      [
        { id: 'ceo', title: 'Group CEO' },
        { id: 'fd', title: 'Finance Director North', reportsTo: 'ceo' },
      ],
      'fd',
    );
    expect(lines).toContain(
      'Leads a unit (“north”): the rules treat it as the unit’s CFO, not the company’s.',
    );
  });

  it('says a head of a function under its C-level heads a department', () => {
    const lines = explainOf(
      [
        { id: 'ceo', title: 'Adm. direktør' },
        { id: 'cfo', title: 'Økonomidirektør', reportsTo: 'ceo' },
        { id: 'chef', title: 'Økonomichef', reportsTo: 'cfo' },
      ],
      'chef',
    );
    expect(lines).toContain(
      '“Økonomidirektør” above it is the CFO: this heads a department of theirs.',
    );
  });

  it('offers an uncertain role to confirm, and says a typo was read', () => {
    expect(explainOf([{ id: 'x', title: 'Informationschef' }], 'x')).toEqual([
      'Could be the CIO: a Danish informationschef is as often the head of communications as the CIO. Tick the role below if it is.',
    ]);
    expect(explainOf([{ id: 'x', title: 'Cheif Technology Officer' }], 'x')).toContain(
      'Read as a typo: cheif → chief. No one-click fixes rest on it.',
    );
  });
});
