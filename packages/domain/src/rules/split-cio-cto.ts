import { z } from 'zod';
import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { getRole } from '../roles/catalogue.js';
import { expectsNoCto, isProductCompany } from './support/company-context.js';
import { isFirstWithId } from './support/is-first-with-id.js';
import { newRolePlace, newRolePosition } from './support/new-role-position.js';

const options = z.strictObject({
  /** From this headcount up, a company is expected to have a separate CIO and CTO. */
  minHeadcount: z.number().int().positive().default(250),
});

type TechRole = 'cio' | 'cto';

export default defineRule({
  id: 'split-cio-cto',
  description:
    '250 employees or more, and one position holds both roles or only one of the two exists',
  defaultSeverity: 'info',
  category: 'roles',
  rationale:
    'Many large companies need both a CIO and a CTO. The CIO once held both jobs, and the CTO was split off as technology grew; a combined role is common in small companies and scale-ups, but as the organisation grows governance, operations, product and engineering each need their own leader. From 250 employees (a large company in EU terms) a single technology executive is worth a second look, except that a public body, a hospital, a university or a charity, which runs its technology rather than selling it, is not told to add a CTO.',
  sources: ['S-C1', 'S-C2', 'S-C3', 'EXT:29', 'EXT:44', 'EXT:14'],
  options,
  messages: {
    dualRole:
      '{position} holds both the CIO and the CTO role in a company of {headcount, number} employees. As a company grows the two are usually split: internal IT, governance and operations need a CIO, product technology and engineering a CTO.',
    missingRole:
      'The company has {headcount, number} employees and a {present} {position} but no {missing}. Many large companies need both: a CIO for internal IT, governance and operations, a CTO for product technology and engineering. If one executive covers both on purpose, write down how.',
    addVacant: `Add a vacant {role} ${newRolePlace}`,
    keepAndAdd: `Keep {position} as the {keep} and add a vacant {other} ${newRolePlace}`,
  },
  suggests: true,
  check({ analysis, company, options: { minHeadcount }, report }) {
    const headcount = company?.headcount;
    if (headcount === undefined || headcount < minHeadcount) return;
    // A municipality, hospital or university runs its technology: it is asked neither for a CTO
    // nor to split a combined technology executive.
    if (expectsNoCto(company, analysis)) return;

    const cios = analysis.holdersOf('cio');
    const duals = cios.filter((i) => analysis.hasRole(i, 'cto'));
    const separate: Record<TechRole, readonly number[]> = {
      cio: cios.filter((i) => !analysis.hasRole(i, 'cto')),
      cto: analysis.holdersOf('cto').filter((i) => !analysis.hasRole(i, 'cio')),
    };

    if (duals.length > 0) {
      // With a separate CIO or CTO beside a dual-hatted one the roles are split already; the
      // extra holder is duplicate-executive's finding.
      if (separate.cio.length > 0 || separate.cto.length > 0) return;
      for (const dual of duals) {
        if (analysis.layerOf(dual) === 0) continue;
        report({
          positions: [dual],
          messageId: 'dualRole',
          data: { position: analysis.label(dual), headcount },
          suggestions: splitDual(
            analysis,
            dual,
            isProductCompany(company, analysis) ? ['cto', 'cio'] : ['cio', 'cto'],
          ),
        });
      }
      return;
    }

    // Both separate (the split this rule asks for) or neither (tech-leadership-fit's question).
    if (separate.cio.length > 0 === separate.cto.length > 0) return;
    const present: TechRole = separate.cio.length > 0 ? 'cio' : 'cto';
    const missing: TechRole = present === 'cio' ? 'cto' : 'cio';
    // The role the business model calls for is tech-leadership-fit's finding: a product company
    // without a CTO (or VP Engineering), an enterprise without a CIO. One problem, one rule.
    const model = isProductCompany(company, analysis) ? 'product' : company?.businessModel;
    if (
      model === 'product' &&
      missing === 'cto' &&
      analysis.holdersOf('vp-engineering').length === 0
    ) {
      return;
    }
    if (model === 'enterprise' && missing === 'cio') return;
    // The finding points at the existing executive; one on a cycle waits for the cycle's fix.
    const holder = separate[present].find((i) => analysis.layerOf(i) > 0);
    if (holder === undefined) return;
    const added = newRolePosition(analysis, missing);
    const name = (role: TechRole) => getRole(role).shortName;
    report({
      positions: [holder],
      messageId: 'missingRole',
      data: {
        headcount,
        present: name(present),
        position: analysis.label(holder),
        missing: name(missing),
      },
      suggestions:
        added === undefined
          ? []
          : [
              {
                messageId: 'addVacant',
                data: { role: name(missing), ...added.where },
                patch: added.ops,
              },
            ],
    });
  },
});

/**
 * Splitting a dual-hatted position: it keeps one role (and any others it holds, such as CEO) and a
 * new vacant position takes the other. Both ways are offered, the likelier first.
 */
function splitDual(
  analysis: ChartAnalysis,
  dual: number,
  keepOrder: readonly TechRole[],
): SuggestionReport<'keepAndAdd'>[] {
  if (!isFirstWithId(analysis, dual)) return [];
  const suggestions: SuggestionReport<'keepAndAdd'>[] = [];
  for (const keep of keepOrder) {
    const other: TechRole = keep === 'cio' ? 'cto' : 'cio';
    const added = newRolePosition(analysis, other);
    if (added === undefined) continue;
    suggestions.push({
      messageId: 'keepAndAdd',
      data: {
        position: analysis.label(dual),
        keep: getRole(keep).shortName,
        other: getRole(other).shortName,
        ...added.where,
      },
      patch: [
        {
          op: 'setRoles',
          positionId: analysis.id(dual),
          roles: analysis.rolesOf(dual).filter((role) => role !== other),
        },
        ...added.ops,
      ],
    });
  }
  return suggestions;
}
