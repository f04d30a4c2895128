// A strict JSON scanner that knows where every value sits in the text. JSON.parse gives neither
// (Node 20 even leaves the position out of some syntax errors), and the CLI needs both: a line and
// column for a syntax error, a line for each problem a schema finds, and a line for each position
// in SARIF. It is iterative, so deeply nested input cannot overflow the stack, and linear in the
// length of the text.

export type JsonPath = readonly (string | number)[];

/** Where a value is: offsets into the text, end exclusive. */
export interface JsonSpan {
  /** Offset of the property name when the value belongs to an object, else of the value. */
  start: number;
  /** Offset of the value itself. */
  valueStart: number;
  end: number;
}

/**
 * Called once per value, after the value ends (so a container comes after its children). `path`
 * is the scanner's own array, valid only during the call.
 */
export type JsonVisitor = (path: JsonPath, span: JsonSpan) => void;

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Container {
  isArray: boolean;
  /** Offset of the container's property name in its parent, or -1. */
  keyStart: number;
  start: number;
}

const VALUE = 0;
const AFTER_VALUE = 1;
const KEY = 2;

const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Scans `text` as one JSON document; throws JsonSyntaxError at the first mistake. */
export function scanJson(text: string, visit?: JsonVisitor): void {
  const path: (string | number)[] = [];
  const containers: Container[] = [];
  let keyStart = -1;
  let state = VALUE;
  let i = skipSpace(text, 0);

  const finish = (start: number, valueStart: number, end: number) => {
    visit?.(path, { start: start === -1 ? valueStart : start, valueStart, end });
    state = AFTER_VALUE;
  };

  for (;;) {
    if (state === VALUE) {
      const c = text[i];
      if (c === '{' || c === '[') {
        const isArray = c === '[';
        const start = i;
        i = skipSpace(text, i + 1);
        if (text[i] === (isArray ? ']' : '}')) {
          finish(keyStart, start, i + 1);
          i = skipSpace(text, i + 1);
        } else if (isArray) {
          containers.push({ isArray, keyStart, start });
          path.push(0);
          keyStart = -1;
        } else {
          containers.push({ isArray, keyStart, start });
          state = KEY;
        }
        continue;
      }
      const end = scalarEnd(text, i);
      finish(keyStart, i, end);
      i = skipSpace(text, end);
      continue;
    }

    if (state === KEY) {
      if (text[i] !== '"') {
        throw new JsonSyntaxError(
          text[i] === '}'
            ? 'Expected a property name after the comma (JSON allows no trailing comma)'
            : `Expected a property name in double quotes, found ${describe(text, i)}`,
          i,
        );
      }
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end - 1);
      path.push(raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw);
      keyStart = i;
      i = skipSpace(text, end);
      if (text[i] !== ':') {
        throw new JsonSyntaxError(
          `Expected ":" after the property name, found ${describe(text, i)}`,
          i,
        );
      }
      i = skipSpace(text, i + 1);
      state = VALUE;
      continue;
    }

    // AFTER_VALUE
    const top = containers[containers.length - 1];
    if (top === undefined) {
      if (i < text.length) {
        throw new JsonSyntaxError(
          `Unexpected ${describe(text, i)} after the end of the JSON document`,
          i,
        );
      }
      return;
    }
    const c = text[i];
    if (c === ',') {
      i = skipSpace(text, i + 1);
      if (top.isArray) {
        path[path.length - 1] = (path[path.length - 1] as number) + 1;
        keyStart = -1;
        if (text[i] === ']') {
          throw new JsonSyntaxError(
            'Expected a value after the comma (JSON allows no trailing comma)',
            i,
          );
        }
        state = VALUE;
      } else {
        path.pop();
        state = KEY;
      }
      continue;
    }
    if (c === (top.isArray ? ']' : '}')) {
      path.pop();
      containers.pop();
      finish(top.keyStart, top.start, i + 1);
      i = skipSpace(text, i + 1);
      continue;
    }
    throw new JsonSyntaxError(
      top.isArray
        ? `Expected "," or "]" after an array element, found ${describe(text, i)}`
        : `Expected "," or "}" after a property value, found ${describe(text, i)}`,
      i,
    );
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    // Space, tab, line feed, carriage return: the only whitespace JSON allows.
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

/** End (exclusive) of the string, number or literal starting at `i`. */
function scalarEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c === 't' && text.startsWith('true', i)) return i + 4;
  if (c === 'f' && text.startsWith('false', i)) return i + 5;
  if (c === 'n' && text.startsWith('null', i)) return i + 4;
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    numberPattern.lastIndex = i;
    if (numberPattern.test(text)) {
      const end = numberPattern.lastIndex;
      const next = text[end];
      if (next === undefined || !/[0-9.eE+-]/.test(next)) return end;
      throw new JsonSyntaxError(`Malformed number ${describe(text, i)}`, i);
    }
    throw new JsonSyntaxError('Malformed number', i);
  }
  if (c === '}' || c === ']') {
    throw new JsonSyntaxError(`Expected a value, found ${describe(text, i)}`, i);
  }
  throw new JsonSyntaxError(
    `Expected a value, found ${describe(text, i)}${c === "'" ? ' (JSON strings use double quotes)' : ''}`,
    i,
  );
}

/** End (exclusive) of the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c)) throw new JsonSyntaxError('Unterminated string', start);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      throw new JsonSyntaxError(
        c === 0x0a || c === 0x0d
          ? 'Line break inside a string (write it as \\n, or close the string)'
          : 'Control character inside a string',
        i,
      );
    }
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          throw new JsonSyntaxError('Bad \\u escape in a string (expected 4 hex digits)', i);
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        throw new JsonSyntaxError(`Bad escape \\${next ?? ''} in a string`, i);
      }
      i += 2;
      continue;
    }
    i++;
  }
}

/** The text found at `i`, for messages. */
function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  if (text[i] === '"') {
    const string = /^"(?:[^"\\\n]|\\.){0,30}"/.exec(text.slice(i, i + 40))?.[0];
    return string === undefined ? 'a string' : `the string ${string}`;
  }
  const word = /^[A-Za-z0-9_+.-]+/.exec(text.slice(i, i + 20))?.[0];
  return JSON.stringify(word ?? text[i]);
}
