import type { Chart } from '@orgwise/domain';

// Starting points a consultant can show and then reshape. Each is a realistic leadership team for
// its kind of company, and each carries the kind of problem such companies typically have, so the
// findings panel has something meaningful to say from the first second (see templates.test.ts).

export interface ChartTemplate {
  id: string;
  name: string;
  description: string;
  chart: Chart;
}

const startup: Chart = {
  version: 1,
  company: { name: 'Nordlys Labs', headcount: 28, businessModel: 'product' },
  positions: [
    { id: 'ceo', title: 'CEO & Co-founder', holder: 'Sofie Holm' },
    { id: 'cto', title: 'CTO & Co-founder', holder: 'Jonas Berg', reportsTo: 'ceo' },
    {
      id: 'head-of-engineering',
      title: 'Head of Engineering',
      holder: 'Priya Nair',
      reportsTo: 'ceo',
    },
    { id: 'head-of-product', title: 'Head of Product', holder: 'Mads Kjær', reportsTo: 'cto' },
    { id: 'coo', title: 'Interim COO', holder: 'Lena Vogt', reportsTo: 'ceo' },
    { id: 'head-of-sales', title: 'Head of Sales', holder: 'Tobias Lund', reportsTo: 'coo' },
    { id: 'customer-success-lead', title: 'Customer Success Lead', reportsTo: 'coo', vacant: true },
    { id: 'finance-manager', title: 'Finance Manager', holder: 'Ida Falk', reportsTo: 'coo' },
    {
      id: 'platform-lead',
      title: 'Platform Team Lead',
      holder: 'Omar Haddad',
      reportsTo: 'head-of-engineering',
    },
    {
      id: 'product-lead',
      title: 'Product Team Lead',
      holder: 'Freja Dahl',
      reportsTo: 'head-of-engineering',
    },
    {
      id: 'designer',
      title: 'Lead Product Designer',
      holder: 'Noah Berg',
      reportsTo: 'head-of-product',
    },
  ],
};

const scaleUp: Chart = {
  version: 1,
  company: { name: 'Cloudberry Software', headcount: 180, businessModel: 'product' },
  positions: [
    { id: 'board', title: 'Board of Directors' },
    { id: 'ceo', title: 'Chief Executive Officer', holder: 'Anna Lindqvist', reportsTo: 'board' },
    { id: 'cfo', title: 'CFO', holder: 'Peter Brandt', reportsTo: 'ceo' },
    { id: 'cio', title: 'CIO', holder: 'Henrik Sørensen', reportsTo: 'ceo' },
    { id: 'cto', title: 'CTO', holder: 'Maya Patel', reportsTo: 'cio' },
    { id: 'vp-engineering', title: 'VP Engineering', holder: 'Lars Eriksen', reportsTo: 'cto' },
    { id: 'ciso', title: 'CISO', holder: 'Eva Martens', reportsTo: 'cio' },
    { id: 'it-manager', title: 'IT Manager', holder: 'Jakob Nielsen', reportsTo: 'cio' },
    { id: 'cpo', title: 'Chief Product Officer', holder: 'Sara Okafor', reportsTo: 'ceo' },
    { id: 'cmo', title: 'CMO', holder: 'Daniel Weber', reportsTo: 'ceo' },
    { id: 'chief-people-officer', title: 'Chief People Officer', reportsTo: 'ceo', vacant: true },
    { id: 'vp-sales', title: 'VP Sales', holder: 'Camille Laurent', reportsTo: 'ceo' },
    {
      id: 'vp-customer-success',
      title: 'VP Customer Success',
      holder: 'Ole Hansen',
      reportsTo: 'ceo',
    },
    { id: 'head-of-data', title: 'Head of Data', holder: 'Yuki Tanaka', reportsTo: 'cto' },
    {
      id: 'engineering-manager-core',
      title: 'Engineering Manager, Core',
      holder: 'Mikkel Juul',
      reportsTo: 'vp-engineering',
    },
    {
      id: 'engineering-manager-growth',
      title: 'Engineering Manager, Growth',
      holder: 'Hanna Ek',
      reportsTo: 'vp-engineering',
    },
    { id: 'head-of-design', title: 'Head of Design', holder: 'Lucas Moreau', reportsTo: 'cpo' },
    {
      id: 'head-of-growth',
      title: 'Head of Growth Marketing',
      holder: 'Nora Sand',
      reportsTo: 'cmo',
    },
    { id: 'controller', title: 'Financial Controller', holder: 'Karin Boll', reportsTo: 'cfo' },
  ],
  dottedLines: [{ from: 'head-of-data', to: 'cpo' }],
};

const enterprise: Chart = {
  version: 1,
  company: { name: 'Hallberg Industri', headcount: 2400, businessModel: 'enterprise' },
  positions: [
    { id: 'board', title: 'Supervisory Board' },
    { id: 'ceo', title: 'Group CEO', holder: 'Carl Hallberg', reportsTo: 'board' },
    { id: 'cfo', title: 'Acting CFO', holder: 'Birgit Lund', reportsTo: 'ceo' },
    { id: 'coo', title: 'COO', holder: 'Martin Krogh', reportsTo: 'ceo' },
    { id: 'chro', title: 'CHRO', holder: 'Susanne Madsen', reportsTo: 'ceo' },
    { id: 'general-counsel', title: 'General Counsel', holder: 'Thomas Vinther', reportsTo: 'ceo' },
    { id: 'cmo', title: 'CMO', holder: 'Rikke Holm', reportsTo: 'ceo' },
    { id: 'evp-nordic', title: 'EVP Nordic Sales', holder: 'Anders Dahl', reportsTo: 'ceo' },
    {
      id: 'evp-international',
      title: 'EVP International Sales',
      holder: 'Julia Becker',
      reportsTo: 'ceo',
    },
    { id: 'evp-production', title: 'EVP Production', holder: 'Kim Østergaard', reportsTo: 'ceo' },
    {
      id: 'strategy-director',
      title: 'Director of Group Strategy',
      holder: 'Laura Friis',
      reportsTo: 'ceo',
    },
    {
      id: 'communications',
      title: 'Head of Communications',
      holder: 'Emil Storm',
      reportsTo: 'ceo',
    },
    {
      id: 'internal-audit',
      title: 'Head of Internal Audit',
      holder: 'Grete Nyborg',
      reportsTo: 'ceo',
    },
    {
      id: 'sustainability',
      title: 'Head of Sustainability',
      holder: 'Jonas Winther',
      reportsTo: 'ceo',
    },
    { id: 'quality', title: 'Quality Director', holder: 'Ulla Bech', reportsTo: 'ceo' },
    {
      id: 'investor-relations',
      title: 'Head of Investor Relations',
      holder: 'Camilla Frost',
      reportsTo: 'ceo',
    },
    {
      id: 'procurement',
      title: 'Group Procurement Director',
      holder: 'Erik Vang',
      reportsTo: 'ceo',
    },
    {
      id: 'corporate-development',
      title: 'Head of Corporate Development',
      holder: 'Lars Mikkelsen',
      reportsTo: 'ceo',
    },
    { id: 'cio', title: 'CIO', holder: 'Morten Skov', reportsTo: 'cfo' },
    { id: 'ciso', title: 'CISO', holder: 'Nadia Rahman', reportsTo: 'cio' },
    {
      id: 'it-director',
      title: 'IT Director, Infrastructure',
      holder: 'Per Bang',
      reportsTo: 'cio',
    },
    { id: 'erp-manager', title: 'IT Manager (ERP)', holder: 'Signe Lauritsen', reportsTo: 'coo' },
    { id: 'supply-chain', title: 'Supply Chain Director', holder: 'Rasmus Holt', reportsTo: 'coo' },
    {
      id: 'plant-aarhus',
      title: 'Plant Manager, Aarhus',
      holder: 'Bo Kragh',
      reportsTo: 'evp-production',
    },
    {
      id: 'plant-gdansk',
      title: 'Plant Manager, Gdańsk',
      holder: 'Marek Nowak',
      reportsTo: 'evp-production',
    },
    {
      id: 'controller',
      title: 'Group Financial Controller',
      holder: 'Hans Møller',
      reportsTo: 'cfo',
    },
    { id: 'treasury', title: 'Head of Treasury', reportsTo: 'cfo', vacant: true },
  ],
  dottedLines: [{ from: 'erp-manager', to: 'cio' }],
};

export const chartTemplates: readonly ChartTemplate[] = [
  {
    id: 'startup',
    name: 'Startup',
    description:
      'A 28-person product startup: two founders, an interim COO, engineering growing fast.',
    chart: startup,
  },
  {
    id: 'scale-up',
    name: 'SaaS scale-up',
    description:
      'A 180-person software company with a board, a full C-suite and a CIO above the CTO.',
    chart: scaleUp,
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description:
      'A 2,400-person industrial group: a wide executive team, IT under finance and operations.',
    chart: enterprise,
  },
];
