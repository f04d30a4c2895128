import { describe, expect, it } from 'vitest';
import type { Chart, DottedLine } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './dotted-line.js';

const outline = `
  ceo: CEO
    cto: CTO
      dev: Developer
    cio: CIO
      it: Head of IT
`;
const withLines = (dottedLines: DottedLine[], chart: Chart = orgChart(outline)): Chart => ({
  ...chart,
  dottedLines,
});

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'no dotted lines', chart: orgChart(outline) },
    { name: 'an empty list of dotted lines', chart: withLines([]) },
    {
      name: 'matrix lines between different positions',
      chart: withLines([
        { from: 'it', to: 'cto' },
        { from: 'dev', to: 'cio' },
        { from: 'cto', to: 'dev' },
        { from: 'dev', to: 'ceo' },
        { from: 'cto', to: 'it' },
      ]),
    },
    {
      name: 'the same two positions in both directions are two lines',
      chart: withLines([
        { from: 'it', to: 'cto' },
        { from: 'cto', to: 'it' },
      ]),
    },
    {
      name: 'ids with unusual characters are compared whole',
      chart: {
        positions: [
          { id: 'a', title: 'A' },
          { id: 'b\u0000c', title: 'B' },
          { id: 'a\u0000b', title: 'C' },
          { id: 'c', title: 'D' },
        ],
        dottedLines: [
          { from: 'a', to: 'b\u0000c' },
          { from: 'a\u0000b', to: 'c' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a line to an unknown position',
      chart: withLines([
        { from: 'it', to: 'cto' },
        { from: 'it', to: 'ctoo' },
      ]),
      findings: [
        {
          positionIds: ['it'],
          severity: 'warning',
          messageId: 'unknownEnd',
          data: { from: '“Head of IT”', to: '"ctoo"', missing: 'ctoo' },
          suggestions: [
            {
              title: 'Remove the dotted line from “Head of IT” to "ctoo"',
              output: withLines([{ from: 'it', to: 'cto' }]),
            },
          ],
        },
      ],
    },
    {
      name: 'a line from an unknown position',
      chart: withLines([{ from: 'ghost', to: 'cio' }]),
      findings: [
        {
          positionIds: ['cio'],
          messageId: 'unknownEnd',
          data: { from: '"ghost"', to: '“CIO”', missing: 'ghost' },
          suggestions: [{ title: 'Remove the dotted line from "ghost" to “CIO”' }],
        },
      ],
    },
    {
      name: 'a line between two unknown positions involves no position',
      chart: withLines([{ from: 'x', to: 'y' }]),
      findings: [
        {
          positionIds: [],
          messageId: 'unknownEnds',
          data: { from: '"x"', to: '"y"', fromId: 'x', toId: 'y' },
          suggestions: [{ title: 'Remove the dotted line from "x" to "y"', output: withLines([]) }],
        },
      ],
    },
    {
      name: 'a line from an unknown position to itself',
      chart: withLines([{ from: 'x', to: 'x' }]),
      findings: [
        {
          positionIds: [],
          messageId: 'unknownEnd',
          data: { from: '"x"', to: '"x"', missing: 'x' },
          suggestions: [{ title: 'Remove the dotted line from "x" to "x"' }],
        },
      ],
    },
    {
      name: 'a line from a position to itself',
      chart: withLines([{ from: 'cio', to: 'cio' }]),
      findings: [
        {
          positionIds: ['cio'],
          messageId: 'toItself',
          data: { from: '“CIO”', to: '“CIO”' },
          suggestions: [
            { title: 'Remove the dotted line from “CIO” to itself', output: withLines([]) },
          ],
        },
      ],
    },
    {
      name: 'a line that repeats the solid line',
      chart: withLines([{ from: 'it', to: 'cio' }]),
      findings: [
        {
          positionIds: ['it', 'cio'],
          messageId: 'repeatsSolid',
          data: { from: '“Head of IT”', to: '“CIO”' },
          suggestions: [
            { title: 'Remove the dotted line from “Head of IT” to “CIO”', output: withLines([]) },
          ],
        },
      ],
    },
    {
      name: 'a line drawn twice: the later copy is reported, one copy is kept',
      chart: withLines([
        { from: 'it', to: 'cto' },
        { from: 'dev', to: 'cio' },
        { from: 'it', to: 'cto' },
      ]),
      findings: [
        {
          positionIds: ['it', 'cto'],
          messageId: 'drawnTwice',
          data: { from: '“Head of IT”', to: '“CTO”' },
          suggestions: [
            {
              title: 'Keep one dotted line from “Head of IT” to “CTO”',
              output: withLines([
                { from: 'dev', to: 'cio' },
                { from: 'it', to: 'cto' },
              ]),
            },
          ],
        },
      ],
    },
    {
      name: 'a line drawn three times gives two findings',
      chart: withLines([
        { from: 'dev', to: 'cio' },
        { from: 'dev', to: 'cio' },
        { from: 'dev', to: 'cio' },
      ]),
      findings: [
        { positionIds: ['dev', 'cio'], suggestions: [{ title: /^Keep one dotted line/ }] },
        { positionIds: ['dev', 'cio'], suggestions: [{ title: /^Keep one dotted line/ }] },
      ],
    },
    {
      name: 'copies that carry more than the two ends are all removed, and the title says so',
      chart: withLines([
        { from: 'it', to: 'cto', label: 'architecture' },
        { from: 'it', to: 'cto' },
      ]),
      findings: [
        {
          positionIds: ['it', 'cto'],
          suggestions: [
            {
              title:
                'Remove all copies of the dotted line from “Head of IT” to “CTO”; draw it again to keep one',
              output: withLines([]),
            },
          ],
        },
      ],
    },
    {
      name: 'copies of a broken line are each reported as broken',
      chart: withLines([
        { from: 'it', to: 'it' },
        { from: 'it', to: 'it' },
      ]),
      findings: [
        {
          positionIds: ['it'],
          messageId: 'toItself',
          data: { from: '“Head of IT”', to: '“Head of IT”' },
          suggestions: [{ title: /itself$/ }],
        },
        {
          positionIds: ['it'],
          messageId: 'toItself',
          data: { from: '“Head of IT”', to: '“Head of IT”' },
          suggestions: [{ title: /itself$/ }],
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: withLines(
        [
          { from: 'constructor', to: '__proto__' },
          { from: '__proto__', to: 'constructor' },
          { from: '__proto__', to: 'constructor' },
          { from: 'toString', to: 'hasOwnProperty' },
        ],
        orgChart('__proto__: CEO\n  constructor: CFO'),
      ),
      findings: [
        {
          positionIds: ['__proto__', 'constructor'],
          messageId: 'drawnTwice',
          data: { from: '“CEO”', to: '“CFO”' },
          suggestions: [
            {
              title: 'Keep one dotted line from “CEO” to “CFO”',
              output: withLines(
                [
                  { from: 'constructor', to: '__proto__' },
                  { from: 'toString', to: 'hasOwnProperty' },
                  { from: '__proto__', to: 'constructor' },
                ],
                orgChart('__proto__: CEO\n  constructor: CFO'),
              ),
            },
          ],
        },
        {
          positionIds: ['constructor', '__proto__'],
          messageId: 'repeatsSolid',
          data: { from: '“CFO”', to: '“CEO”' },
          suggestions: [{ title: 'Remove the dotted line from “CFO” to “CEO”' }],
        },
        {
          positionIds: [],
          suggestions: [{ title: 'Remove the dotted line from "toString" to "hasOwnProperty"' }],
        },
      ],
    },
  ],
});

describe('dotted-line, several broken lines from one position', () => {
  it('reports each line once, with a patch that removes that line only', () => {
    const chart = withLines([
      { from: 'dev', to: 'ghost' },
      { from: 'dev', to: 'dev' },
      { from: 'dev', to: 'cto' },
    ]);
    const { findings } = validate(chart, { ruleSet: [rule] });
    // One primary position: the engine orders the three findings by message.
    expect(findings.map((finding) => [finding.positionIds, finding.message])).toEqual([
      [
        ['dev'],
        'The dotted line from “Developer” to "ghost" points at "ghost", but no position has that id.',
      ],
      [
        ['dev', 'cto'],
        'The dotted line from “Developer” to “CTO” repeats the solid line: “Developer” already reports to “CTO”.',
      ],
      [
        ['dev'],
        '“Developer” has a dotted line to itself. A dotted line connects two different positions.',
      ],
    ]);
    expect(findings.map((finding) => finding.suggestions.map((s) => s.patch))).toEqual([
      [[{ op: 'removeDottedLine', from: 'dev', to: 'ghost' }]],
      [[{ op: 'removeDottedLine', from: 'dev', to: 'cto' }]],
      [[{ op: 'removeDottedLine', from: 'dev', to: 'dev' }]],
    ]);
  });
});
