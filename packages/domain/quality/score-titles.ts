import type { Sector } from '../src/chart/sectors.js';
import { getRole } from '../src/roles/catalogue.js';
import { recognizeTitle } from '../src/roles/recognize-title.js';
import type { RoleId } from '../src/roles/role-ids.js';

/** One entry of corpus/titles/<language>.json (corpus/README.md). */
export interface TitleEntry {
  title: string;
  roles: RoleId[];
  scope: 'company' | 'unit';
  interim: boolean;
  level?: 'chief' | 'head';
  sector?: Sector;
  debatable?: boolean;
  note?: string;
}

export interface TitleMiss {
  title: string;
  expected: string;
  got: string;
  note?: string;
}

export interface TitleScore {
  /** Entries counted: all but the debatable ones. */
  counted: number;
  /** Entries whose roles, scope and interim flag are all as expected. */
  correct: number;
  accuracy: number;
  /** Of the counted entries, those with the expected roles. */
  rolesCorrect: number;
  scopeCorrect: number;
  interimCorrect: number;
  /**
   * Of the counted entries with a `level` and an executive role read right, those whose level (the
   * C-level itself, or the head of its function) is read as expected.
   */
  level: { checked: number; correct: number };
  /** Debatable entries read as the corpus reads them, of all debatable entries. */
  debatable: { counted: number; agreeing: number };
  misses: TitleMiss[];
}

const describe = (roles: readonly string[], scope: string, interim: boolean) =>
  `${roles.length === 0 ? '(none)' : roles.join('+')} ${scope}${interim ? ' interim' : ''}`;

/**
 * Scores recognizeTitle on a corpus: an entry is right when the roles (as a set), the interim flag
 * and, for a title that names a role, the scope are all as expected. Debatable entries are reported
 * apart.
 */
export function scoreTitles(entries: readonly TitleEntry[]): TitleScore {
  const score: TitleScore = {
    counted: 0,
    correct: 0,
    accuracy: 0,
    rolesCorrect: 0,
    scopeCorrect: 0,
    interimCorrect: 0,
    level: { checked: 0, correct: 0 },
    debatable: { counted: 0, agreeing: 0 },
    misses: [],
  };
  for (const entry of entries) {
    const got = recognizeTitle(entry.title, { sector: entry.sector });
    const roles =
      got.roles.length === entry.roles.length && entry.roles.every((r) => got.roles.includes(r));
    // Scope says what a role's holder leads; a title that names no role leads nothing we check.
    const scope = entry.roles.length === 0 || got.scope === entry.scope;
    const interim = got.interim === entry.interim;
    const right = roles && scope && interim;
    if (entry.debatable) {
      score.debatable.counted++;
      if (right) score.debatable.agreeing++;
      continue;
    }
    score.counted++;
    if (roles) score.rolesCorrect++;
    const executive = entry.roles.filter((role) => getRole(role).executive);
    if (roles && entry.level !== undefined && executive.length > 0) {
      score.level.checked++;
      const head = executive.every((role) => got.headOf.includes(role));
      if (head === (entry.level === 'head')) score.level.correct++;
    }
    if (scope) score.scopeCorrect++;
    if (interim) score.interimCorrect++;
    if (right) score.correct++;
    else {
      score.misses.push({
        title: entry.title,
        expected: describe(entry.roles, entry.scope, entry.interim),
        got: describe(got.roles, got.scope, got.interim),
        ...(entry.note && { note: entry.note }),
      });
    }
  }
  score.accuracy = score.counted === 0 ? 1 : score.correct / score.counted;
  return score;
}
