import { type Chart, effectiveRoles, getRole } from '@orgwise/domain';

/** What a search can match, and which of a position's fields matched. */
export type MatchedField = 'title' | 'holder' | 'id' | 'role';

export interface SearchEntry {
  id: string;
  title: string;
  holder: string | null;
  vacant: boolean;
  /** The roles' short names ("CTO"), as the cards show them. */
  roles: readonly string[];
  /** Folded for matching (see `fold`), in the order of MatchedField, roles joined by a space. */
  folded: readonly [title: string, holder: string, id: string, roles: string];
}

export interface SearchResult {
  entry: SearchEntry;
  field: MatchedField;
}

const fields: readonly MatchedField[] = ['title', 'holder', 'id', 'role'];

/** Letters that have no accent to drop but are typed without one on an English keyboard. */
const plain: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd' };

/** Lower case without accents, so that "soren" finds "Søren" and "ijs" "ĳs". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæßłđ]/g, (letter) => plain[letter]!);
}

/**
 * The chart's positions prepared for searching, once per chart: every keystroke then only scans
 * these strings, however big the chart (10,000 positions scan in about a millisecond).
 */
export function buildSearchIndex(chart: Chart): readonly SearchEntry[] {
  return chart.positions.map((position) => {
    const roles = effectiveRoles(position).map((role) => getRole(role));
    return {
      id: position.id,
      title: position.title,
      holder: position.holder ?? null,
      vacant: position.vacant === true,
      roles: roles.map((role) => role.shortName),
      folded: [
        fold(position.title),
        fold(position.holder ?? ''),
        fold(position.id),
        roles.map((role) => fold(`${role.shortName} ${role.name}`)).join(' '),
      ],
    };
  });
}

/** How well `text` matches `query`: 0 whole, 1 from its start, 2 from a word's start, 3 inside. */
function rank(text: string, query: string): number | undefined {
  if (text === query) return 0;
  const at = text.indexOf(query);
  if (at < 0) return undefined;
  if (at === 0) return 1;
  // Any later match that starts a word ranks as a word match.
  for (let from = at; from >= 0; from = text.indexOf(query, from + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[from - 1]!)) return 2;
  }
  return 3;
}

/**
 * The positions that match a query, best first: a whole match before one from the start, before
 * one from a word's start, before one inside a word; a title before a holder, an id or a role;
 * then in chart order. At most `limit`, and how many matched in all.
 */
export function searchPositions(
  index: readonly SearchEntry[],
  query: string,
  limit = 8,
): { results: SearchResult[]; total: number } {
  const wanted = fold(query.trim());
  if (wanted === '') return { results: [], total: 0 };
  const scored: { result: SearchResult; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let best: { field: MatchedField; score: number } | undefined;
    fields.forEach((field, k) => {
      const quality = rank(entry.folded[k]!, wanted);
      if (quality === undefined) return;
      const score = quality * fields.length + k;
      if (best === undefined || score < best.score) best = { field, score };
    });
    if (best !== undefined)
      scored.push({ result: { entry, field: best.field }, score: best.score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return { results: scored.slice(0, limit).map((item) => item.result), total: scored.length };
}
