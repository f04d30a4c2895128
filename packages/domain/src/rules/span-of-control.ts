import { z } from 'zod';
import { defineRule } from '../engine/define-rule.js';

const options = z.strictObject({
  /** The most direct reports a manager may have before the rule fires. */
  max: z.number().int().positive().default(12),
});

export default defineRule({
  id: 'span-of-control',
  description: 'A manager has more direct reports than `max` (default 12)',
  defaultSeverity: 'warning',
  rationale:
    'There is no single right span, but the usual archetypes run from 3-5 direct reports for a player-coach to 11-15 for a facilitator; more than 15 works only for standardised, coordinated work. Beyond the limit a manager has too little time per report for coaching, decisions and reviews.',
  sources: ['EXT:13', 'EXT:12', 'EXT:50'],
  options,
  // Splitting a team means choosing leads and who goes where: no patch can know that, so the message
  // explains the fix instead of suggesting an arbitrary one.
  suggests: false,
  check({ analysis, options: { max }, report }) {
    for (let i = 0; i < analysis.size; i++) {
      // A span is a count of direct reports, true wherever the manager hangs (under a cycle too).
      const span = analysis.spanOf(i);
      if (span <= max) continue;
      report({
        // Only the manager: the reports are visible as its team, and listing them would make one
        // finding as large as the chart for a flat organisation.
        positions: [i],
        message: `${analysis.label(i)} has ${span.toLocaleString('en-US')} direct reports, more than the limit of ${max.toLocaleString('en-US')}. Above about 11 to 15 a manager can only coordinate standardised work; for knowledge work, group the team under a few leads or hand part of it to a peer.`,
      });
    }
  },
});
