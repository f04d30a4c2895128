import type { PositionDiff } from '@orgwise/domain';

/** How a box is marked in an option's chart: a colour class, and a word so colour is not alone. */
export type ChangeMark = 'added' | 'moved' | 'retitled' | 'reroled' | 'restaffed';

/** The marks, most telling first, with the keys of their word and legend text in messages.ts. */
export const changeLegend = [
  { mark: 'added', label: 'markAdded', description: 'legendAdded' },
  { mark: 'moved', label: 'markMoved', description: 'legendMoved' },
  { mark: 'retitled', label: 'markRetitled', description: 'legendRetitled' },
  { mark: 'reroled', label: 'markReroled', description: 'legendReroled' },
  { mark: 'restaffed', label: 'markRestaffed', description: 'legendRestaffed' },
] as const;

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

/** The key of a mark's word in messages.ts. */
export function markLabel(mark: ChangeMark): (typeof changeLegend)[number]['label'] {
  return labels.get(mark) ?? 'markAdded';
}
