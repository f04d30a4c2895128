/** A reader can weigh this many suggestions at a glance. */
const maxSuggestions = 5;

/**
 * The candidates a mistyped name most likely meant, best first: those that contain it or that it
 * contains ("cycle" → "reporting-cycle"), else the nearest by edit distance within about a third
 * of its length. Empty when nothing is close enough to be a useful hint.
 */
export function didYouMean(name: string, candidates: readonly string[]): string[] {
  const wanted = name.toLowerCase();
  if (wanted === '') return [];
  const byDistance = (list: readonly string[]) =>
    list
      .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate) }))
      .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1));

  const containing = candidates.filter(
    (candidate) =>
      candidate.includes(wanted) || (wanted.includes(candidate) && candidate.length > 3),
  );
  if (containing.length > 0) {
    return byDistance(containing)
      .slice(0, maxSuggestions)
      .map((entry) => entry.candidate);
  }
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const [nearest] = byDistance(candidates);
  return nearest !== undefined && nearest.distance <= limit ? [nearest.candidate] : [];
}

/** Levenshtein distance, with one row of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
