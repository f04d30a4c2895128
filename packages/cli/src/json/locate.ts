import { type JsonPath, type JsonSpan, scanJson } from './scan-json.js';

/**
 * For each path, the span of the deepest value of the document on that path: the value itself
 * when it exists, else the nearest enclosing one (a missing `title` points at its position). One
 * scan for all paths. The text must be valid JSON.
 */
export function locatePaths(text: string, paths: readonly JsonPath[]): JsonSpan[] {
  const found: { span: JsonSpan; depth: number }[] = paths.map(() => ({
    span: { start: 0, valueStart: 0, end: 0 },
    depth: -1,
  }));
  const longest = Math.max(0, ...paths.map((path) => path.length));
  scanJson(text, (path, span) => {
    if (path.length > longest) return;
    for (let p = 0; p < paths.length; p++) {
      const target = paths[p]!;
      const entry = found[p]!;
      if (path.length > target.length || path.length <= entry.depth) continue;
      if (isPrefix(path, target)) {
        entry.span = span;
        entry.depth = path.length;
      }
    }
  });
  return found.map((entry) => entry.span);
}

/**
 * The span of each position's `"id": "..."` member, by the position's index in `positions`, so
 * that a finding can point at the line where its position is written.
 */
export function locatePositionIds(text: string): (JsonSpan | undefined)[] {
  const spans: (JsonSpan | undefined)[] = [];
  scanJson(text, (path, span) => {
    if (path.length === 3 && path[2] === 'id' && path[0] === 'positions') {
      const index = path[1];
      if (typeof index === 'number') spans[index] = span;
    }
  });
  return spans;
}

function isPrefix(path: JsonPath, target: JsonPath): boolean {
  for (let k = 0; k < path.length; k++) if (path[k] !== target[k]) return false;
  return true;
}
