/**
 * Whether two JSON values are the same, whatever the order of their objects' keys (the server
 * stores charts as JSONB, which does not keep key order; array order is kept and compared).
 * Iterative, so a deeply nested value cannot overflow the stack; linear in the size of the values.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    const xr = x as Record<string, unknown>;
    const yr = y as Record<string, unknown>;
    // Keys whose value is undefined are absent in JSON.
    const xKeys = Object.keys(xr).filter((key) => xr[key] !== undefined);
    const yKeys = Object.keys(yr).filter((key) => yr[key] !== undefined);
    if (xKeys.length !== yKeys.length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(yr, key)) return false;
      stack.push([xr[key], yr[key]]);
    }
  }
  return true;
}
