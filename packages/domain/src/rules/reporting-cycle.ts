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
  messages: {
    reportsToItself: '{position} reports to itself.',
    cycle:
      'Reporting cycle: {path}{cut, select, yes { → … ({count, number} positions)} other {}} → {first}. Each reports to the next, so nobody in it has a top.',
    makeTop: 'Make {position} a top of the chart',
    reportToCeo: 'Let {position} report to the CEO',
  },
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

      // The arrows read the same in every language.
      const path = members
        .slice(0, shownMembers)
        .map((member) => analysis.label(member))
        .join(' → ');
      report({
        positions: members,
        ...(members.length === 1
          ? { messageId: 'reportsToItself' as const, data: { position: analysis.label(start) } }
          : {
              messageId: 'cycle' as const,
              data: {
                path,
                cut: members.length > shownMembers ? 'yes' : 'no',
                count: members.length,
                first: analysis.label(start),
              },
            }),
        suggestions: [
          {
            messageId: target === null ? 'makeTop' : 'reportToCeo',
            data: { position: analysis.label(head) },
            patch: [{ op: 'setReportsTo', positionId: analysis.id(head), reportsTo: target }],
          },
        ],
      });
    }
  },
});
