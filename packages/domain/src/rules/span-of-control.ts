import { z } from 'zod';
import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule } from '../engine/define-rule.js';
import { leadsByTitle } from './support/leads-by-title.js';

const options = z.strictObject({
  /** The most direct reports a manager of managers may have before the rule fires. */
  max: z.number().int().positive().default(15),
  /**
   * The most direct reports of a frontline team (most of whose members manage nobody): customer
   * service, claims, stores, branches, where standardised work allows wide spans.
   */
  frontlineMax: z.number().int().positive().default(25),
});

export default defineRule({
  id: 'span-of-control',
  description:
    'A manager has more direct reports than `max` (default 15), or a frontline team more than `frontlineMax` (default 25)',
  defaultSeverity: 'warning',
  category: 'shape',
  rationale:
    'There is no single right span, but the usual archetypes run from 3-5 direct reports for a player-coach to 11-15 for a facilitator; more than 15 works for a coordinator of standardised work (customer service, claims, stores), where teams of 15-25 are normal. So the rule holds a team of managers to 15 and a frontline team, most of whose members manage nobody, to 25. Beyond the limit a manager has too little time per report for coaching, decisions and reviews.',
  sources: ['EXT:13', 'EXT:12', 'EXT:50'],
  options,
  messages: {
    frontlineTeam:
      '{manager} leads a frontline team of {span, number}, more than the {limit, number} that even standardised work (service, claims, stores) usually allows one manager. Add team leads or split the team with a peer.',
    managersTeam:
      '{manager} has {span, number} direct reports, most of whom lead teams of their own: more than the {limit, number} a facilitator can give time to. Group them under a few leads or hand part of the team to a peer.',
  },
  // Splitting a team means choosing leads and who goes where: no patch can know that, so the message
  // explains the fix instead of suggesting an arbitrary one.
  suggests: false,
  check({ analysis, options: { max, frontlineMax }, report }) {
    const lower = Math.min(max, frontlineMax);
    for (let i = 0; i < analysis.size; i++) {
      // A span is a count of direct reports, true wherever the manager hangs (under a cycle too).
      const span = analysis.spanOf(i);
      if (span <= lower) continue;
      const frontline = isFrontline(analysis, i);
      const limit = frontline ? frontlineMax : max;
      if (span <= limit) continue;
      report({
        // Only the manager: the reports are visible as its team, and listing them would make one
        // finding as large as the chart for a flat organisation.
        positions: [i],
        messageId: frontline ? 'frontlineTeam' : 'managersTeam',
        data: { manager: analysis.label(i), span, limit },
      });
    }
  },
});

/**
 * A team most of whose members lead nobody: individual contributors doing the work. A member
 * leads when people report to them, or when their title says they do (a leadership chart that
 * leaves the teams out).
 */
function isFrontline(analysis: ChartAnalysis, manager: number): boolean {
  const reports = analysis.reportsOf(manager);
  let leaders = 0;
  for (let k = 0; k < reports.length; k++) {
    const report = reports[k]!;
    if (analysis.spanOf(report) > 0 || leadsByTitle(analysis.position(report).title)) leaders++;
  }
  return leaders * 2 < reports.length;
}
