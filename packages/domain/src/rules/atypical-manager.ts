import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { getRole, type RoleDefinition } from '../roles/catalogue.js';
import type { RoleId } from '../roles/role-ids.js';
import type { EvidenceId } from '../sources/catalogue.js';
import { labelWithRoles } from './support/label-with-roles.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';
import { roleSelectKey, usualLinesText } from './support/usual-lines-text.js';

const atypicalSources: readonly EvidenceId[] = [
  'EXT:1',
  'EXT:3',
  'EXT:4',
  'EXT:16',
  'EXT:17',
  'EXT:19',
  'EXT:21',
  'EXT:24',
  'EXT:25',
  'EXT:27',
  'EXT:28',
  'EXT:29',
  'EXT:34',
  'EXT:41',
  'S-R2',
  'S-R3',
  'S-F12',
  'S-F13',
];

export default defineRule({
  id: 'atypical-manager',
  description:
    'A role reports to a role outside its usual managers in the role catalogue (CIO under CTO, CFO under CMO, CTO under VP Engineering, ...)',
  defaultSeverity: 'warning',
  category: 'roles',
  rationale:
    'Surveys and practitioner sources agree on where most leadership roles report: virtually all CFOs and most general counsel to the CEO, CIOs to the CEO, the CFO or the COO, VP Engineering to the CTO, an IT director to the CIO. A line outside those patterns is not wrong in itself, but it is unusual enough to be worth a second look: it often shows a box placed under the wrong manager. The evidence ranges from large surveys (CIO, CFO, general counsel) to blog posts (CTO, VP Engineering), so this is a warning, never an error.',
  sources: atypicalSources,
  messages: {
    atypicalLine: `{position} reports to {manager}. ${usualLinesText(englishUsualLine)}, so this line is unusual: check that it is intended.`,
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    const ctoCount = analysis.holdersOf('cto').length;
    const cioCount = analysis.holdersOf('cio').length;

    for (let i = 0; i < analysis.size; i++) {
      const roles = analysis.rolesOf(i);
      // Most positions have no role: the cheapest test goes first.
      if (roles.length === 0) continue;
      const manager = analysis.resolvedManager(i);
      // At the top, on a cycle or under an unknown manager: nothing to judge, or another rule's.
      if (manager === undefined || analysis.layerOf(i) === 0) continue;
      const managerRoles = analysis.rolesOf(manager);
      // An executive answering to governance is a two-tier board's line (a Vorstand member under
      // the Aufsichtsrat, a Dutch raad van bestuur under the raad van toezicht), not a mistake.
      if (managerRoles.length === 0 || managerRoles.includes('board')) continue;
      if (coveredElsewhere(analysis, i, manager, ctoCount, cioCount)) continue;
      if (isUsualManager(roles, managerRoles)) continue;
      // With no CIO the CTO may run internal IT too (S-R3): the IT director under the CTO is usual.
      if (cioCount === 0 && analysis.hasRole(manager, 'cto') && isInternalIt(roles)) continue;
      // A head of finance, HR or legal under the COO: the support functions of a shared "operations"
      // or "bedrijfsvoering" directorate, the standard structure of a Dutch municipality.
      if (analysis.hasRole(manager, 'coo') && headsSupportFunction(analysis, i, roles)) continue;
      // Only the board has no usual manager: where it is drawn is single-top's concern.
      const usual = roles.filter((role) => getRole(role).usualManagers.length > 0);
      if (usual.length === 0) continue;

      const suggestion = suggestionFor(analysis, i, roles);
      report({
        positions: [i, manager],
        messageId: 'atypicalLine',
        data: {
          position: labelWithRoles(analysis, i),
          manager: labelWithRoles(analysis, manager),
          // The catalogue's usual lines of the first two roles with any (a third is rare).
          role: roleSelectKey(usual[0]!),
          second: usual[1] === undefined ? 'none' : roleSelectKey(usual[1]),
        },
        // The rule's sources on where this position's roles report, not those of every line it
        // judges (an atypical CFO line cites the CFO survey, not the CISO's).
        sources: sourcesFor(usual),
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});

/**
 * Lines that a more specific rule judges, so that one problem gives one finding: the CEO's line
 * (ceo-at-top), an executive under a lower rank (seniority-inversion), a VP Engineering while a
 * CTO exists (vp-engineering-under-cto), IT directors and managers while a CIO exists
 * (it-under-cio), a CTO with no CIO in the chart (cto-without-cio) and a CISO under the CIO or
 * the CTO (ciso-under-cio). "Exists" means held by another position: a dual-hatted CTO/VP Engineering is
 * the CTO, not a VP looking for one.
 */
function coveredElsewhere(
  analysis: ChartAnalysis,
  i: number,
  manager: number,
  ctoCount: number,
  cioCount: number,
): boolean {
  if (analysis.hasRole(i, 'ceo')) return true;
  const rank = analysis.rankOf(i);
  if (rank === 3 && analysis.rankOf(manager) < rank) return true;
  const otherCto = ctoCount > (analysis.hasRole(i, 'cto') ? 1 : 0);
  const otherCio = cioCount > (analysis.hasRole(i, 'cio') ? 1 : 0);
  if (analysis.hasRole(i, 'vp-engineering') && otherCto) return true;
  if ((analysis.hasRole(i, 'it-director') || analysis.hasRole(i, 'it-manager')) && otherCio) {
    return true;
  }
  if (analysis.hasRole(i, 'cto') && cioCount === 0) return true;
  if (
    analysis.hasRole(i, 'ciso') &&
    (analysis.hasRole(manager, 'cio') || analysis.hasRole(manager, 'cto'))
  ) {
    return true;
  }
  return false;
}

const ruleSources: ReadonlySet<EvidenceId> = new Set(atypicalSources);

function sourcesFor(roles: readonly RoleId[]): EvidenceId[] {
  const own = roles.flatMap((role) => getRole(role).sources).filter((id) => ruleSources.has(id));
  return own.length > 0 ? [...new Set(own)] : [...ruleSources];
}

const supportFunctions: ReadonlySet<RoleId> = new Set(['cfo', 'chro', 'general-counsel']);

/** Whether the title names every role only as the head of a support function ("Hoofd Financiën"). */
function headsSupportFunction(
  analysis: ChartAnalysis,
  i: number,
  roles: readonly RoleId[],
): boolean {
  const headOf = analysis.recognitionOf(i)?.headOf ?? [];
  return roles.every((role) => supportFunctions.has(role) && headOf.includes(role));
}

function isInternalIt(roles: readonly RoleId[]): boolean {
  return roles.every((role) => role === 'it-director' || role === 'it-manager');
}

/** A dual-hatted position may report where either of its roles usually does. */
function isUsualManager(roles: readonly RoleId[], managerRoles: readonly RoleId[]): boolean {
  for (const role of roles) {
    for (const usual of getRole(role).usualManagers) if (managerRoles.includes(usual)) return true;
  }
  return false;
}

/**
 * The first usual manager, role by role and most frequent first, that one position holds and that
 * the position can move under; none when no such move exists.
 */
function suggestionFor(
  analysis: ChartAnalysis,
  i: number,
  roles: readonly RoleId[],
): SuggestionReport<'moveUnder'> | undefined {
  for (const role of roles) {
    for (const usual of getRole(role).usualManagers) {
      const holder = analysis.soleHolder(usual);
      if (holder === undefined) continue;
      const move = moveUnderAnchored(analysis, i, holder);
      if (move !== undefined) return move;
    }
  }
  return undefined;
}

/** "A CFO usually reports to the CEO"; after it, "; an IT manager to the IT director, the CIO or the CEO". */
function englishUsualLine(role: RoleDefinition, first: boolean): string {
  const managers = role.usualManagers.map((usual) => `the ${inSentence(getRole(usual).shortName)}`);
  const list =
    managers.length === 1
      ? managers[0]!
      : `${managers.slice(0, -1).join(', ')} or ${managers[managers.length - 1]}`;
  const name = inSentence(role.shortName);
  const article = /^[AEIOU]/.test(name) ? 'an' : 'a';
  return first
    ? `${article === 'an' ? 'An' : 'A'} ${name} usually reports to ${list}`
    : `; ${article} ${name} to ${list}`;
}

/** "Board" and "General counsel" in mid-sentence, acronyms ("CEO", "IT director") as they are. */
function inSentence(name: string): string {
  const firstWord = name.split(' ')[0]!;
  return firstWord === firstWord.toUpperCase()
    ? name
    : name.charAt(0).toLowerCase() + name.slice(1);
}
