export type JsonShapeProblem =
  | { kind: 'too-deep' }
  | { kind: 'forbidden-key'; path: (string | number)[] };

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

/**
 * Walks parsed JSON once, without recursion, and reports the first of two dangers:
 * - nesting deeper than `maxDepth`: JSON.parse copes, but JSON.stringify (answering with the chart)
 *   and any recursive code would overflow the stack;
 * - a `__proto__` key: JSON.parse keeps it as data, but copying the object with assignment would
 *   replace the copy's prototype, and zod drops it silently, so it can neither be trusted nor kept.
 */
export function checkJsonShape(root: unknown, maxDepth: number): JsonShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  // The walk every JSON body gets, so it allocates nothing per object: two parallel stacks, and
  // `for…in` rather than Object.keys (JSON.parse makes plain objects, whose only enumerable keys
  // are their own). Paths are kept only by the walk below, in the rare case that needs one.
  const values: object[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return { kind: 'too-deep' };
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (key === '__proto__') return firstProblemWithPath(root, maxDepth);
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}

/** The same walk in the same order, keeping each object's way from the root to name the key. */
function firstProblemWithPath(root: object, maxDepth: number): JsonShapeProblem | undefined {
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > maxDepth) return { kind: 'too-deep' };
    const { value, depth } = frame;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object') {
          stack.push({ value: item, depth: depth + 1, parent: frame, key: index });
        }
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return { kind: 'forbidden-key', path: pathTo(frame, key) };
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        stack.push({ value: item, depth: depth + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}

function pathTo(frame: Frame, key: string): (string | number)[] {
  const path: (string | number)[] = [key];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) {
    path.unshift(at.key);
  }
  return path;
}
