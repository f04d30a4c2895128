/**
 * The JSON values of a text that holds several one after another, as a shell loop that appends
 * each page of a directory's answer to one file writes them (`{…}{…}` or one a line). Undefined
 * when the text is not such a sequence of at least two values. Linear: one pass to find where
 * each top-level value ends (outside strings), then JSON.parse of each.
 */
export function parseJsonSequence(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (depth === 0) start = i;
      depth++;
    } else if (char === 0x7d || char === 0x5d) {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          return undefined;
        }
      }
    } else if (depth === 0 && !/\s/.test(text[i] ?? '')) {
      // Only objects and arrays follow one another in a paged answer.
      return undefined;
    }
  }
  return depth === 0 && values.length >= 2 ? values : undefined;
}
