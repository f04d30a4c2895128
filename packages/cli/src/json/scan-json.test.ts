import { describe, expect, it } from 'vitest';
import { type JsonPath, type JsonSpan, JsonSyntaxError, scanJson } from './scan-json.js';

function visits(text: string): [JsonPath, string, string][] {
  const seen: [JsonPath, string, string][] = [];
  scanJson(text, (path, span: JsonSpan) => {
    seen.push([[...path], text.slice(span.start, span.end), text.slice(span.valueStart, span.end)]);
  });
  return seen;
}

function syntaxError(text: string): { message: string; offset: number } {
  try {
    scanJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error(`no syntax error in ${JSON.stringify(text)}`);
}

describe('scanJson', () => {
  it('visits every value with its path, children before their container', () => {
    expect(visits('{"a": [1, {"b": null}], "c": "x"}')).toEqual([
      [['a', 0], '1', '1'],
      [['a', 1, 'b'], '"b": null', 'null'],
      [['a', 1], '{"b": null}', '{"b": null}'],
      [['a'], '"a": [1, {"b": null}]', '[1, {"b": null}]'],
      [['c'], '"c": "x"', '"x"'],
      [[], '{"a": [1, {"b": null}], "c": "x"}', '{"a": [1, {"b": null}], "c": "x"}'],
    ]);
  });

  it('handles empty containers, escapes in keys and every scalar', () => {
    expect(visits('{"\\u0069d": [], "e\\"": {}, "n": -1.5e+3, "t": true, "f": false}')).toEqual([
      [['id'], '"\\u0069d": []', '[]'],
      [['e"'], '"e\\"": {}', '{}'],
      [['n'], '"n": -1.5e+3', '-1.5e+3'],
      [['t'], '"t": true', 'true'],
      [['f'], '"f": false', 'false'],
      [[], expect.any(String), expect.any(String)],
    ]);
  });

  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      ' 1 ',
      '"\\ud83d\\ude00 \\/ \\b\\f\\n\\r\\t"',
      '[[[[]]]]',
      '{"a":{"b":{"c":[0,-0,0.5,1E5]}}}',
      '\r\n{\t"x" : [ ] }\n',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(() => scanJson(text)).not.toThrow();
    }
  });

  it.each([
    ['', 0, 'Expected a value, found the end of the file'],
    ['{"a": 1,}', 8, 'Expected a property name after the comma (JSON allows no trailing comma)'],
    ['[1, 2,]', 6, 'Expected a value after the comma (JSON allows no trailing comma)'],
    ['[1 2]', 3, 'Expected "," or "]" after an array element, found "2"'],
    ['{"a": 1 "b": 2}', 8, 'Expected "," or "}" after a property value, found the string "b"'],
    ['{"a" 1}', 5, 'Expected ":" after the property name, found "1"'],
    ['{a: 1}', 1, 'Expected a property name in double quotes, found "a"'],
    ['{"a": \'x\'}', 6, `Expected a value, found "'" (JSON strings use double quotes)`],
    ['{"a": tru}', 6, 'Expected a value, found "tru"'],
    ['{"a": }', 6, 'Expected a value, found "}"'],
    ['{"a": 01}', 6, 'Malformed number "01"'],
    ['{"a": "x\ny"}', 8, 'Line break inside a string (write it as \\n, or close the string)'],
    ['{"a": "\\q"}', 7, 'Bad escape \\q in a string'],
    ['{"a": "\\u12"}', 7, 'Bad \\u escape in a string (expected 4 hex digits)'],
    ['{"a": "x', 6, 'Unterminated string'],
    ['{"a": 1', 7, 'Expected "," or "}" after a property value, found the end of the file'],
    ['{} {}', 3, 'Unexpected "{" after the end of the JSON document'],
  ])('rejects %j at offset %i: %s', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(syntaxError(text)).toEqual({ offset, message });
  });

  it('scans deep nesting without overflowing the stack', () => {
    const depth = 200_000;
    let deepest = 0;
    scanJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, (path) => {
      deepest = Math.max(deepest, path.length);
    });
    expect(deepest).toBe(depth - 1);
  });
});
