import type { ChartAnalysis } from '../../chart/analysis.js';
import type { Company } from '../../chart/schema.js';
import { noCtoExpected } from '../../chart/sectors.js';

/**
 * Whether technology is what the company sells: its business model says so, or, when the model
 * is not given, its sector is software.
 */
export function isProductCompany(company: Company | undefined, analysis: ChartAnalysis): boolean {
  const model = company?.businessModel;
  return model === 'product' || (model === undefined && analysis.sector === 'software');
}

/**
 * Whether a CTO is beside the point: a municipality, a hospital, a university or a charity runs its
 * technology rather than selling it, and is not told to hire one (unless it says it is a product
 * company).
 */
export function expectsNoCto(company: Company | undefined, analysis: ChartAnalysis): boolean {
  const sector = analysis.sector;
  return company?.businessModel !== 'product' && sector !== undefined && noCtoExpected.has(sector);
}
