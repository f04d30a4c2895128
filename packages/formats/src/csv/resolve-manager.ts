/** The part of a drafted position that managers are looked up by. */
export interface ManagerCandidate {
  id: string;
  title: string;
  holder: string | undefined;
  rowNumber: number;
}

export type ManagerLookup = { ok: true; id: string } | { ok: false; message: string };

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function groupBy(
  candidates: readonly ManagerCandidate[],
  read: (candidate: ManagerCandidate) => string | undefined,
): Map<string, ManagerCandidate[]> {
  const groups = new Map<string, ManagerCandidate[]>();
  for (const candidate of candidates) {
    const value = read(candidate);
    if (value === undefined || value.trim() === '') continue;
    const name = key(value);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [candidate]);
    else group.push(candidate);
  }
  return groups;
}

const rowList = (candidates: readonly ManagerCandidate[]) => {
  const rows = candidates.slice(0, 5).map((candidate) => candidate.rowNumber);
  return `rows ${rows.join(', ')}${candidates.length > 5 ? ', …' : ''}`;
};

/**
 * Finds the manager a "reports to" cell names. Built once per import; each lookup is a map read.
 *
 * - When the file has an id column (`byId`: its rows by their id), an id matches first (ids are
 *   unique and exact).
 * - Otherwise, or when no id matches, the cell is compared with titles, then with holders
 *   (ignoring case and extra spaces), and must name exactly one position: "Head of Sales" when
 *   two rows have that title is refused with both rows named, rather than guessed.
 *
 * Generated ids are never matched: the user has not seen them.
 */
export function createManagerResolver(
  candidates: readonly ManagerCandidate[],
  byId: ReadonlyMap<string, ManagerCandidate> | undefined,
): (cell: string) => ManagerLookup {
  const matchIds = byId !== undefined;
  // Grouped on the first cell no id matches: a file whose managers are all ids never needs them.
  let byTitle: Map<string, ManagerCandidate[]> | undefined;
  let byHolder: Map<string, ManagerCandidate[]> | undefined;

  return (cell) => {
    const text = cell.trim();
    const byExactId = byId?.get(text);
    if (byExactId !== undefined) return { ok: true, id: byExactId.id };

    byTitle ??= groupBy(candidates, (candidate) => candidate.title);
    byHolder ??= groupBy(candidates, (candidate) => candidate.holder);
    const titled = byTitle.get(key(text));
    const named = titled === undefined ? byHolder.get(key(text)) : undefined;
    const matches = titled ?? named;
    if (matches?.length === 1) return { ok: true, id: matches[0]!.id };

    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    if (matches !== undefined) {
      const what = titled === undefined ? 'are held by' : 'have the title';
      return {
        ok: false,
        message: `${matches.length} positions ${what} '${shown}' (${rowList(matches)}); add an id column to say which one`,
      };
    }
    const what = matchIds ? 'the id, title or holder' : 'the title or holder';
    return { ok: false, message: `no position has ${what} '${shown}'` };
  };
}
