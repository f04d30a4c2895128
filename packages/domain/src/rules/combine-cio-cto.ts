import { z } from 'zod';
import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import type { RoleId } from '../roles/role-ids.js';
import { isProductCompany } from './support/company-context.js';
import { isFirstWithId } from './support/is-first-with-id.js';

const options = z
  .strictObject({
    /** Below this headcount, separate CIO and CTO positions are a warning. */
    warnBelow: z.number().int().positive().default(50),
    /** Below this headcount (and from `warnBelow` up), they are a note. */
    infoBelow: z.number().int().positive().default(250),
  })
  .superRefine(({ warnBelow, infoBelow }, ctx) => {
    if (warnBelow > infoBelow) {
      ctx.addIssue({
        code: 'custom',
        path: ['warnBelow'],
        message: `"warnBelow" (${warnBelow}) must not be larger than "infoBelow" (${infoBelow}): the warning covers the smallest companies, the note the ones in between`,
      });
    }
  });

/** The merged position's title: the usual name of the combined role, understood in any language. */
const combinedTitle = 'CIO/CTO';

export default defineRule({
  id: 'combine-cio-cto',
  description: 'A small company has both a CIO and a CTO',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'Many large companies need both a CIO and a CTO, while smaller companies tend to have one or the other: a combined role is common in small organisations and scale-ups, and the roles are usually split as the company grows. Two technology executives in a small company invite overlap and turf wars unless their responsibilities are split explicitly.',
  sources: ['S-C1', 'S-C2', 'S-C3', 'S-C6', 'EXT:44', 'EXT:14'],
  options,
  messages: {
    small:
      'With {headcount, number} employees the company has both a CIO {cio} and a CTO {cto}. A company this small usually has one technology executive who covers both internal IT and product technology; two invite overlap and disputes over who owns what.',
    midsize:
      'With {headcount, number} employees the company has both a CIO {cio} and a CTO {cto}. Companies under {infoBelow, number} employees often combine the roles and split them as they grow. If both stay, write down who owns internal IT and who owns product technology.',
    merge: 'Merge {remove} into {keep} as one {title}',
  },
  suggests: true,
  check({ analysis, company, options: { warnBelow, infoBelow }, report }) {
    const headcount = company?.headcount;
    if (headcount === undefined || headcount >= infoBelow) return;
    // A dual-hatted CIO/CTO is already the combined role; a separate second CTO beside it is
    // duplicate-executive's finding.
    const cio = firstSeparate(analysis, 'cio', 'cto');
    const cto = firstSeparate(analysis, 'cto', 'cio');
    if (cio === undefined || cto === undefined) return;

    const warning = headcount < warnBelow;
    const suggestion = merge(analysis, isProductCompany(company, analysis), cio, cto);
    report({
      positions: [cto, cio],
      severity: warning ? 'warning' : 'info',
      messageId: warning ? 'small' : 'midsize',
      data: { headcount, cio: analysis.label(cio), cto: analysis.label(cto), infoBelow },
      suggestions: suggestion === undefined ? [] : [suggestion],
    });
  },
});

/** The first position holding `role` but not `other` that hangs from the top of the chart. */
function firstSeparate(analysis: ChartAnalysis, role: RoleId, other: RoleId): number | undefined {
  return analysis
    .holdersOf(role)
    .find((i) => !analysis.hasRole(i, other) && analysis.layerOf(i) > 0);
}

/**
 * Merges the two into the position that should lead technology. The merge removes the other
 * position with whoever holds it, so first the people: the one with a holder over a vacant one,
 * then a permanent holder over an interim one (a kept position below the other takes its place).
 * Then the one above the other, which already leads the other's organisation; else the one nearer
 * the top; else the CTO in a product company, where technology is the product, and the CIO
 * otherwise, whose job the CTO role was split from.
 */
function merge(
  analysis: ChartAnalysis,
  product: boolean,
  cio: number,
  cto: number,
): SuggestionReport<'merge'> | undefined {
  if (!isFirstWithId(analysis, cio) || !isFirstWithId(analysis, cto)) return undefined;
  let keep: number;
  if (analysis.isVacant(cio) !== analysis.isVacant(cto)) keep = analysis.isVacant(cio) ? cto : cio;
  else if (analysis.isInterim(cio) !== analysis.isInterim(cto)) {
    keep = analysis.isInterim(cio) ? cto : cio;
  } else if (analysis.isAncestorOf(cio, cto)) keep = cio;
  else if (analysis.isAncestorOf(cto, cio)) keep = cto;
  else if (analysis.layerOf(cio) !== analysis.layerOf(cto)) {
    keep = analysis.layerOf(cio) < analysis.layerOf(cto) ? cio : cto;
  } else keep = product ? cto : cio;
  const remove = keep === cio ? cto : cio;
  return {
    messageId: 'merge',
    data: { remove: analysis.label(remove), keep: analysis.label(keep), title: combinedTitle },
    patch: [
      {
        op: 'mergePositions',
        keepId: analysis.id(keep),
        removeId: analysis.id(remove),
        title: combinedTitle,
      },
    ],
  };
}
