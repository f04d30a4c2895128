import { z } from 'zod';
import { defineRule } from '../engine/define-rule.js';
import { isProductCompany } from './support/company-context.js';
import { newRolePlace, newRolePosition } from './support/new-role-position.js';

const options = z.strictObject({
  /** From this headcount up, an enterprise is expected to have a CIO. */
  enterpriseCioFrom: z.number().int().positive().default(50),
});

export default defineRule({
  id: 'tech-leadership-fit',
  description: 'A product company has no CTO or VP Engineering, or an enterprise of 50+ has no CIO',
  defaultSeverity: 'info',
  category: 'roles',
  rationale:
    'Which technology executive a company needs depends on what technology does for it. Where technology is part of the product or revenue model (SaaS, fintech, AI, platforms) a CTO or a VP Engineering owns the technology vision and engineering. Where technology runs complex internal business processes, a CIO owns enterprise IT, governance, security and suppliers.',
  sources: ['S-C5', 'S-C6', 'S-C7', 'S-C8', 'EXT:14'],
  options,
  messages: {
    noProductLead:
      'This is a product company, but the chart has no CTO or VP Engineering. Where technology is part of the product, someone must own the technology vision, the architecture and engineering: a CTO, or a VP Engineering while the team is small.',
    noCio:
      'This enterprise has {headcount, number} employees but no CIO. Where technology runs complex business processes, a CIO owns enterprise IT, governance, security and suppliers, and aligns IT with the business strategy; an IT director runs day-to-day IT but usually does not set that strategy.',
    addCto: `Add a vacant CTO ${newRolePlace}`,
    addCio: `Add a vacant CIO ${newRolePlace}`,
  },
  suggests: true,
  check({ analysis, company, options: { enterpriseCioFrom }, report }) {
    const businessModel = isProductCompany(company, analysis) ? 'product' : company?.businessModel;
    // An empty chart has not been drawn yet; a missing executive is no news there.
    if (businessModel === undefined || analysis.size === 0) return;
    const ceo = analysis.soleHolder('ceo');
    const positions = ceo === undefined ? [] : [ceo];

    if (businessModel === 'product') {
      if (analysis.holdersOf('cto').length > 0 || analysis.holdersOf('vp-engineering').length > 0) {
        return;
      }
      const added = newRolePosition(analysis, 'cto');
      report({
        positions,
        messageId: 'noProductLead',
        suggestions:
          added === undefined ? [] : [{ messageId: 'addCto', data: added.where, patch: added.ops }],
      });
      return;
    }

    const headcount = company?.headcount;
    if (headcount === undefined || headcount < enterpriseCioFrom) return;
    if (analysis.holdersOf('cio').length > 0) return;
    const added = newRolePosition(analysis, 'cio');
    report({
      positions,
      messageId: 'noCio',
      data: { headcount },
      suggestions:
        added === undefined ? [] : [{ messageId: 'addCio', data: added.where, patch: added.ops }],
    });
  },
});
