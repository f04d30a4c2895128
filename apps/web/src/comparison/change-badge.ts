import type { PositionDiff } from '@orgwise/domain';

/** How a box is marked in an option's chart: a colour class, and a word so colour is not alone. */
export type ChangeMark = 'added' | 'moved' | 'retitled' | 'reroled' | 'restaffed';

export const changeLegend: readonly { mark: ChangeMark; label: string; description: string }[] = [
  { mark: 'added', label: 'New', description: 'not in the baseline' },
  { mark: 'moved', label: 'Moved', description: 'reports to someone else' },
  { mark: 'retitled', label: 'Retitled', description: 'has another title' },
  { mark: 'reroled', label: 'New role', description: 'has other roles (CIO, CTO …)' },
  { mark: 'restaffed', label: 'Restaffed', description: 'holder, vacancy or interim changed' },
];

const labels = new Map(changeLegend.map((entry) => [entry.mark, entry.label]));

/**
 * The marks of one position, most telling first: a new box is only "New"; otherwise each kind of
 * change it has. Removed positions are not in the option's chart; the list of changes names them.
 */
export function changeMarks(diff: PositionDiff | undefined): ChangeMark[] {
  if (diff === undefined || diff.status === 'removed') return [];
  if (diff.status === 'added') return ['added'];
  const marks = new Set<ChangeMark>();
  for (const change of diff.changes) {
    if (change.kind === 'moved') marks.add('moved');
    else if (change.kind === 'retitled') marks.add('retitled');
    else if (change.kind === 'reroled') marks.add('reroled');
    else if (change.kind !== 'added' && change.kind !== 'removed') marks.add('restaffed');
  }
  return changeLegend.map((entry) => entry.mark).filter((mark) => marks.has(mark));
}

export function markLabel(mark: ChangeMark): string {
  return labels.get(mark) ?? mark;
}
