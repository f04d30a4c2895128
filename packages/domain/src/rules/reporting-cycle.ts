import { defineRule } from '../engine/define-rule.js';

const shownMembers = 6;

export default defineRule({
  id: 'reporting-cycle',
  description: 'A chain of managers loops (a position reporting to itself included)',
  defaultSeverity: 'error',
  category: 'structure',
  rationale:
    'Following managers upwards must end at the top of the chart. In a loop nobody is accountable at the top, the loop has no layer, and its members and their teams are cut off from the rest of the structure.',
  sources: ['MODEL:chart'],
  suggests: true,
  check({ analysis, report }) {
    const reported = new Uint8Array(analysis.size);
    const ceo = analysis.soleHolder('ceo');
    for (let start = 0; start < analysis.size; start++) {
      if (!analysis.inCycle(start) || reported[start] === 1) continue;
      // Members in reporting order from the first one in the chart: each reports to the next.
      const members: number[] = [];
      let i = start;
      do {
        members.push(i);
        reported[i] = 1;
        i = analysis.managerOf(i);
      } while (i !== start);

      // Cut the loop above its most senior member: that one becomes the top of the team.
      let head = start;
      for (const member of members)
        if (analysis.rankOf(member) > analysis.rankOf(head)) head = member;
      // The CEO must hang from a real top, or the new line would close another loop.
      // A CEO sharing the head's id is a later duplicate: a line to that id would reach the head.
      const ceoOutside =
        ceo !== undefined && analysis.layerOf(ceo) > 0 && analysis.id(ceo) !== analysis.id(head);
      const target = ceoOutside ? analysis.id(ceo) : null;

      const path = members.slice(0, shownMembers).map((member) => analysis.label(member));
      const more = members.length > shownMembers ? ` → … (${members.length} positions)` : '';
      const message =
        members.length === 1
          ? `${analysis.label(start)} reports to itself.`
          : `Reporting cycle: ${path.join(' → ')}${more} → ${analysis.label(start)}. Each reports to the next, so nobody in it has a top.`;
      report({
        positions: members,
        message,
        suggestions: [
          {
            title:
              target === null
                ? `Make ${analysis.label(head)} a top of the chart`
                : `Let ${analysis.label(head)} report to the CEO`,
            patch: [{ op: 'setReportsTo', positionId: analysis.id(head), reportsTo: target }],
          },
        ],
      });
    }
  },
});
