import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { recognizeTitle, type TitleRecognition } from '../roles/recognize-title.js';
import { executiveName, executiveNameText } from './support/executive-roles.js';
import { isFirstWithId } from './support/is-first-with-id.js';
import { stripInterimQualifiers } from './support/strip-interim-qualifiers.js';

export default defineRule({
  id: 'interim-executive',
  description: 'An executive position is held on an interim basis',
  defaultSeverity: 'info',
  category: 'roles',
  rationale:
    'An interim or acting executive is a bridge: it covers a vacancy or leave, or brings temporary direction to a transformation, typically for six months to two years. The chart should say what comes after it: a permanent appointment, or a successor and a date.',
  sources: ['S-C9', 'S-F11', 'EXT:46'],
  messages: {
    interim: `The ${executiveNameText} position {position} is held on an interim basis{holderKnown, select, yes { by {holder}} other {}}. Interim executives bridge a vacancy or a transformation, usually for six months to two years: plan the permanent appointment and the handover.`,
    makePermanent: 'Make the appointment permanent',
    makePermanentRetitled: 'Make the appointment permanent and retitle it “{title}”',
  },
  suggests: true,
  check({ analysis, report }) {
    // Interim titles repeat ("Acting CFO" in every subsidiary): strip and recognise each one once.
    const strippedTitles = new Map<string, StrippedTitle>();
    for (let i = 0; i < analysis.size; i++) {
      // Interim-ness first: it is a field or a cached recognition, so most positions cost two reads.
      // A vacant position has nobody to hold it on any basis; vacant-executive reports it.
      if (!analysis.isInterim(i) || analysis.isVacant(i) || analysis.layerOf(i) === 0) continue;
      const name = executiveName(analysis, i);
      if (name === undefined) continue;
      const holder = analysis.position(i).holder?.trim();
      const suggestion = makePermanent(analysis, i, strippedTitles);
      report({
        positions: [i],
        messageId: 'interim',
        data: {
          ...name,
          position: analysis.label(i),
          ...(holder ? { holderKnown: 'yes', holder } : { holderKnown: 'no' }),
        },
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});

/**
 * Marks the position permanent and, when the title carries the qualifier ("Interim CIO"), drops it
 * from the title, so that the chart does not say "interim" in one place and "permanent" in another.
 * The title stays as it is when dropping the words would leave nothing or change the recognised roles.
 */
function makePermanent(
  analysis: ChartAnalysis,
  index: number,
  strippedTitles: Map<string, StrippedTitle>,
): SuggestionReport<'makePermanent' | 'makePermanentRetitled'> | undefined {
  if (!isFirstWithId(analysis, index)) return undefined;
  const position = analysis.position(index);
  const title = permanentTitle(analysis, index, strippedTitles);
  return {
    ...(title === undefined
      ? { messageId: 'makePermanent' as const }
      : { messageId: 'makePermanentRetitled' as const, data: { title } }),
    patch: [
      {
        op: 'updatePosition',
        positionId: position.id,
        changes: title === undefined ? { interim: false } : { interim: false, title },
      },
    ],
  };
}

interface StrippedTitle {
  title: string;
  recognition: TitleRecognition;
}

function permanentTitle(
  analysis: ChartAnalysis,
  index: number,
  strippedTitles: Map<string, StrippedTitle>,
): string | undefined {
  const position = analysis.position(index);
  let stripped = strippedTitles.get(position.title);
  if (stripped === undefined) {
    const title = stripInterimQualifiers(position.title);
    stripped = { title, recognition: recognizeTitle(title) };
    strippedTitles.set(position.title, stripped);
  }
  const { title, recognition } = stripped;
  if (title === position.title || title === '' || recognition.interim) return undefined;
  if (position.roles === undefined && !sameRoles(recognition.roles, analysis.rolesOf(index))) {
    return undefined;
  }
  return title;
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
