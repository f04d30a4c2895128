import type { Confidence } from '../roles/recognize-title.js';
import type { RoleId } from '../roles/role-ids.js';
import type { ChartAnalysis } from './analysis.js';
import type { PositionScope } from './schema.js';
import type { ScopeReason } from './scope-roles.js';

/** Why a position holds the roles it holds, for people: the editor's inspector shows it. */
export interface RoleReading {
  /** The roles the rules see: the company-level ones. */
  roles: readonly RoleId[];
  /** The roles the title (or the `roles` field) names. */
  named: readonly RoleId[];
  /** Whether `named` comes from the title rather than the `roles` field. */
  fromTitle: boolean;
  scope: PositionScope;
  /** Whether `scope` is the position's own field rather than read from the title and the chart. */
  scopeGiven: boolean;
  /** Why the position holds fewer roles than it names. */
  reason?: ScopeReason;
  /**
   * The position the reason points at: the unit's head above it, the holder of the same role
   * above it, the executive it reports to, or the C-level holder beside it.
   */
  relatedId?: string;
  /** The title's phrases that named the roles, its unit words, mended typos. */
  matched: readonly string[];
  unitWords: readonly string[];
  corrected: readonly string[];
  /** A role the title may name but that is too uncertain to count, and why. */
  uncertain?: { roles: readonly RoleId[]; why: string };
  confidence: Confidence;
}

/** How the analysis reads position `index`'s roles, and why. */
export function readRoles(analysis: ChartAnalysis, index: number): RoleReading {
  const position = analysis.position(index);
  const recognition = analysis.recognitionOf(index);
  const reason = analysis.scopeReasonOf(index);
  const named = analysis.namedRolesOf(index);
  const related = reason === undefined ? undefined : relatedTo(analysis, index, reason, named);
  return {
    roles: analysis.rolesOf(index),
    named,
    fromTitle: recognition !== undefined,
    scope: analysis.scopeOf(index),
    scopeGiven: position.scope !== undefined,
    ...(reason && { reason }),
    ...(related !== undefined && { relatedId: analysis.id(related) }),
    matched: recognition?.because.matched ?? [],
    unitWords: recognition?.because.unit ?? [],
    corrected: recognition?.because.corrected ?? [],
    ...(recognition?.because.uncertain && { uncertain: recognition.because.uncertain }),
    confidence: recognition?.confidence ?? 'high',
  };
}

/** The position a reason points at; a walk up the chart, bounded by its depth (one position). */
function relatedTo(
  analysis: ChartAnalysis,
  index: number,
  reason: ScopeReason,
  named: readonly RoleId[],
): number | undefined {
  const manager = analysis.resolvedManager(index);
  switch (reason) {
    case 'head-below-executive':
      return manager;
    case 'inside-unit':
      for (let at = manager; at !== undefined; at = analysis.resolvedManager(at)) {
        const why = analysis.scopeReasonOf(at);
        if (analysis.scopeOf(at) === 'unit' && why !== 'inside-unit') return at;
        if (analysis.inCycle(at)) return undefined;
      }
      return undefined;
    case 'under-same-role':
      for (let at = manager; at !== undefined; at = analysis.resolvedManager(at)) {
        if (named.some((role) => analysis.hasRole(at!, role))) return at;
        if (analysis.inCycle(at)) return undefined;
      }
      return undefined;
    case 'head-beside-chief':
      for (const role of named) {
        const holder = analysis.holdersOf(role).find((i) => i !== index);
        if (holder !== undefined) return holder;
      }
      return undefined;
    default:
      return undefined;
  }
}
