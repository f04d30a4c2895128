import type { Chart } from './schema.js';

/**
 * The example chart of contract §1: a 40-person product company with both a CTO and an interim
 * CIO. Small enough to read, and it draws findings from several rules, so documentation, API
 * examples and tests start from it.
 */
export const exampleChart: Chart = {
  version: 1,
  company: { name: 'Acme A/S', headcount: 40, businessModel: 'product' },
  positions: [
    { id: 'ceo', title: 'Administrerende direktør', holder: 'Mette Jensen' },
    { id: 'cto', title: 'CTO & co-founder', reportsTo: 'ceo' },
    { id: 'cio', title: 'Interim CIO', reportsTo: 'ceo' },
    { id: 'it', title: 'Head of IT', roles: ['it-manager'], reportsTo: 'cio', vacant: true },
  ],
  dottedLines: [{ from: 'it', to: 'cto' }],
};
