import type { InputIssue } from '@orgwise/domain';

/**
 * A JSON path as people read it in code and in error messages: `positions[3].reportsTo`. Keys
 * that are not plain identifiers are quoted (`company["legal name"]`) so that the path stays
 * unambiguous whatever a hostile file calls its fields.
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/** The title or id of the position at `positions[index]`, to say which box an issue is about. */
function positionLabel(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const positions = (input as { positions?: unknown }).positions;
  if (!Array.isArray(positions)) return undefined;
  const position: unknown = positions[index];
  if (typeof position !== 'object' || position === null) return undefined;
  const { title, id } = position as { title?: unknown; id?: unknown };
  const label = typeof title === 'string' && title.trim() !== '' ? title : id;
  if (typeof label !== 'string' || label.trim() === '') return undefined;
  return label.length > 40 ? `${label.slice(0, 40)}…` : label;
}

/**
 * One line per issue: "positions[3].reportsTo (Head of IT): Position id must be a string". The
 * path is exact, for whoever fixes the file in an editor; the title helps whoever knows the chart.
 */
export function describeIssue(issue: InputIssue, input: unknown): string {
  const path = issue.path.length === 0 ? 'The file' : formatIssuePath(issue.path);
  const [first, second] = issue.path;
  const label =
    first === 'positions' && typeof second === 'number' ? positionLabel(input, second) : undefined;
  return label === undefined ? `${path}: ${issue.message}` : `${path} (${label}): ${issue.message}`;
}
