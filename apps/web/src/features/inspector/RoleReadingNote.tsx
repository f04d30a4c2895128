import { type Position, readRoles } from '@orgwise/domain';
import { explainRoleReading } from '@orgwise/editor';
import { selectForest } from '@orgwise/layout';
import { useMemo } from 'react';
import { useEditor } from '../../store/editor-store.js';

/**
 * Why the position holds the roles the rules see: the words of the title that named them, the
 * unit it heads, and where its place in the chart makes it a department head rather than the
 * company's executive.
 */
export function RoleReadingNote({ position }: { position: Position }) {
  // The forest is made once per chart; the reading once per chart and position.
  const forest = useEditor(selectForest);
  const reading = useMemo(() => {
    const index = forest.analysis.indexOf(position.id);
    return index === undefined ? undefined : readRoles(forest.analysis, index);
  }, [forest, position.id]);
  const relatedIndex =
    reading?.relatedId === undefined ? undefined : forest.analysis.indexOf(reading.relatedId);
  const relatedTitle =
    relatedIndex === undefined
      ? reading?.relatedId
      : forest.analysis.position(relatedIndex).title.trim() || reading?.relatedId;
  if (reading === undefined) return null;
  const lines = explainRoleReading(reading, relatedTitle);
  if (lines.length === 0) return null;
  return (
    // @orgwise/editor explains in English only so far: marked so, for screen readers and hyphenation.
    <ul className="reading" lang="en" data-testid="role-reading" aria-live="polite">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
