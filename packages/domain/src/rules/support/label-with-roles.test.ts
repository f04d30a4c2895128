import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { labelWithRoles } from './label-with-roles.js';

describe('labelWithRoles', () => {
  const analysis = new ChartAnalysis(
    orgChart(`
      ceo: CEO
        cto: Teknisk direktør
        tech: Head of Technology [roles=cio+cto]
        cfo: cfo
        eng: Engineer
        x: CMO [roles=]
        blank:  [roles=chro]
    `),
  );
  const labelOf = (id: string) => labelWithRoles(analysis, analysis.indexOf(id)!);

  it('adds the roles when the title does not say them', () => {
    expect(labelOf('cto')).toBe('“Teknisk direktør” (CTO)');
    expect(labelOf('tech')).toBe('“Head of Technology” (CIO/CTO)');
    expect(labelOf('blank')).toBe('"blank" (CHRO)');
  });

  it('leaves them out when the title is the role, in any case, or there is no role', () => {
    expect(labelOf('ceo')).toBe('“CEO”');
    expect(labelOf('cfo')).toBe('“cfo”');
    expect(labelOf('eng')).toBe('“Engineer”');
    expect(labelOf('x')).toBe('“CMO”');
  });
});
