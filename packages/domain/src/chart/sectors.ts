/**
 * The kinds of organisation whose charts read differently (contract §7, `company.sector`): a
 * municipality is not told to hire a CTO, and in an investment firm "CIO" is the Chief Investment
 * Officer.
 */
export const sectors = [
  'public-sector',
  'healthcare',
  'education',
  'financial-services',
  'investment-management',
  'software',
  'industrial',
  'retail',
  'telecom',
  'energy',
  'professional-services',
  'nonprofit',
] as const;

export type Sector = (typeof sectors)[number];

/** Sectors whose technology runs the organisation rather than being sold: no CTO is expected. */
export const noCtoExpected: ReadonlySet<Sector> = new Set([
  'public-sector',
  'healthcare',
  'education',
  'nonprofit',
]);
