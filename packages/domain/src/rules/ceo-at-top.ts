import { NO_MANAGER } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { isFirstWithId } from './support/is-first-with-id.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'ceo-at-top',
  description: 'The CEO reports to anyone but a `board` position',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'The CEO is the most senior officer of the organisation and answers to the board (the owners, a supervisory board), which appoints and can remove them. A CEO under another position contradicts the title itself: the person accountable for the whole company would take orders from someone inside it. Only the company’s own CEO counts: a country, division or subsidiary CEO under the group CEO leads a unit (its title or its place in the chart says so), and a box at the top with no role of its own (the owners, a holding company, an executive body) is taken for governance. The sources are a seed article and a legal explainer, so this is a warning: the chart is unusual, not broken.',
  sources: ['S-F16', 'EXT:49', 'EXT:48'],
  messages: {
    ceoUnderManager:
      'The CEO {ceo} reports to {manager}. The CEO is the most senior officer and answers to the board or the owners, not to a position inside the organisation.',
    ...moveUnderMessages,
    makeTop: 'Make {position} a top of the chart',
  },
  suggests: true,
  check({ analysis, report }) {
    // Where a CEO can go: the board, when there is exactly one and it hangs from a real top.
    const boards = analysis.holdersOf('board');
    const board = boards.length === 1 ? boards[0]! : undefined;

    for (const ceo of analysis.holdersOf('ceo')) {
      // A CEO on a cycle or under an unknown manager: reporting-cycle and unknown-manager say so.
      if (analysis.layerOf(ceo) === 0) continue;
      const manager = analysis.resolvedManager(ceo);
      // At the top is fine here: single-top reports a chart with several tops.
      if (manager === undefined || analysis.hasRole(manager, 'board')) continue;
      // A top with no role of its own above the CEO is the owners, a holding or an executive
      // body ("Direktion", "Raad van Bestuur"), not a manager inside the company.
      if (analysis.managerOf(manager) === NO_MANAGER && analysis.rolesOf(manager).length === 0) {
        continue;
      }

      report({
        positions: [ceo, manager],
        messageId: 'ceoUnderManager',
        data: { ceo: analysis.label(ceo), manager: analysis.label(manager) },
        suggestions: suggestionFor(ceo),
      });
    }

    function suggestionFor(ceo: number): SuggestionReport<'moveUnder' | 'makeTop'>[] {
      // A later position sharing the CEO's id cannot be patched by id.
      if (!isFirstWithId(analysis, ceo)) return [];
      // moveUnderAnchored refuses a board inside the CEO's own team: that would close a loop.
      const toBoard = board === undefined ? undefined : moveUnderAnchored(analysis, ceo, board);
      if (toBoard !== undefined) return [toBoard];
      return [
        {
          messageId: 'makeTop',
          data: { position: analysis.label(ceo) },
          patch: [{ op: 'setReportsTo', positionId: analysis.id(ceo), reportsTo: null }],
        },
      ];
    }
  },
});
