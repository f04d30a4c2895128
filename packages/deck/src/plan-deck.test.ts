import { describe, expect, it } from 'vitest';
import { DeckInputError } from './check-deck-input.js';
import type { DeckInput } from './deck-model.js';
import { LINE_HEIGHT, MIN_CHART_FONT, SLIDE } from './deck-theme.js';
import { ELLIPSIS } from './fit-text.js';
import { planDeck } from './plan-deck.js';
import type { BoxShape, SlidePlan } from './slide-plan.js';
import { companyPositions, option, threeOptionDeck } from './testing/deck-fixtures.js';
import { createHelveticaMeasure } from './text-measure.js';

const measure = createHelveticaMeasure();

function texts(slide: SlidePlan): string[] {
  return slide.shapes.flatMap((shape) => {
    if (shape.kind === 'box') return (shape.text?.lines ?? []).map((line) => line.text);
    if (shape.kind === 'table')
      return shape.rows.flatMap((row) => row.flatMap((cell) => cell.lines));
    return [];
  });
}

/** Position boxes: outlined boxes whose first line is a bold title. */
function titleLines(slide: SlidePlan): string[] {
  return slide.shapes.flatMap((shape) =>
    shape.kind === 'box' && shape.stroke !== null && shape.text?.lines[0]?.bold
      ? [shape.text.lines[0].text]
      : [],
  );
}

function expectInsideSlide(slides: SlidePlan[]) {
  const inside = (x: number, y: number) =>
    x >= -0.01 && y >= -0.01 && x <= SLIDE.width + 0.01 && y <= SLIDE.height + 0.01;
  for (const slide of slides) {
    for (const shape of slide.shapes) {
      const corners: [number, number][] =
        shape.kind === 'line'
          ? [
              [shape.x1, shape.y1],
              [shape.x2, shape.y2],
            ]
          : shape.kind === 'table'
            ? [
                [shape.x, shape.y],
                [
                  shape.x + shape.columnWidths.reduce((a, b) => a + b, 0),
                  shape.y + shape.rowHeights.reduce((a, b) => a + b, 0),
                ],
              ]
            : shape.kind === 'marker'
              ? [
                  [shape.x, shape.y],
                  [shape.x + shape.size, shape.y + shape.size],
                ]
              : [
                  [shape.x, shape.y],
                  [shape.x + shape.w, shape.y + shape.h],
                ];
      for (const [x, y] of corners) {
        expect(inside(x, y), `${slide.title}: ${JSON.stringify(shape).slice(0, 200)}`).toBe(true);
      }
    }
  }
}

/** No text runs past its box: every line fits the width, all lines the height. */
function expectTextFits(slides: SlidePlan[]) {
  for (const slide of slides) {
    for (const shape of slide.shapes) {
      if (shape.kind !== 'box' || shape.text === undefined) continue;
      const { lines, padding } = shape.text;
      for (const line of lines) {
        const width = measure(line.text, line.size, line.bold === true);
        expect(width, `${slide.title}: "${line.text}"`).toBeLessThanOrEqual(
          (shape as BoxShape).w - 2 * padding + 0.01,
        );
      }
      const height = lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0);
      expect(height, `${slide.title}: ${lines.map((l) => l.text).join(' / ')}`).toBeLessThanOrEqual(
        shape.h - 2 * padding + 0.01,
      );
    }
  }
}

describe('planDeck', () => {
  const deck = threeOptionDeck();
  const slides = planDeck(deck, measure);

  it('has a title slide, a slide per option, the parts of the large one and a comparison', () => {
    const titles = slides.map((slide) => slide.title);
    expect(titles[0]).toBe('Nordic Retail Group');
    expect(titles[1]).toBe('Today');
    expect(titles[2]).toBe('Option A: split CIO and CTO');
    expect(titles[3]).toBe('Option B: CTO under the CEO, CISO independent');
    const parts = titles.filter((t) =>
      t.startsWith('Option B: CTO under the CEO, CISO independent ('),
    );
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((title, i) => {
      expect(title).toMatch(new RegExp(`\\(${i + 1} of ${parts.length}\\)$`));
    });
    expect(titles[titles.length - 1]).toBe('Options side by side');
    expect(titles).toHaveLength(5 + parts.length);
  });

  it('keeps every shape on the slide and every text inside its box', () => {
    expectInsideSlide(slides);
    expectTextFits(slides);
  });

  it('shows the title slide’s workspace, client, date and options', () => {
    const text = texts(slides[0]!);
    expect(text).toEqual(
      expect.arrayContaining([
        'Nordic Retail Group',
        'Prepared for Nordic Retail Group A/S',
        '12 March 2025',
        'Today',
        'Option A: split CIO and CTO',
      ]),
    );
  });

  it('shows each position of a chart that fits on its option slide, with holder and markers', () => {
    const optionA = slides[2]!;
    const text = texts(optionA);
    expect(titleLines(optionA)).toHaveLength(7);
    expect(text).toEqual(
      expect.arrayContaining([
        'Give product technology its own executive and keep internal IT with the CIO.',
        'Chief Executive Officer',
        'Maria Jensen',
        'Vacant',
        'Kim Olsen (interim)',
        'CTO',
      ]),
    );
    const markers = optionA.shapes.filter((s) => s.kind === 'marker');
    // Two positions with findings, plus the panel's two listed findings, plus the legend's two.
    expect(markers).toHaveLength(6);
  });

  it('lists errors and warnings first and counts the rest', () => {
    const text = texts(slides[3]!).join(' ');
    expect(text).toContain('1 error, 1 warning, 12 info');
    expect(text).toContain('Finance Lead 1 holds two incompatible roles.');
    expect(text).toContain('Operations Lead 2 was added without a budget owner.');
    expect(text).toContain('And 12 more: 12 info.');
    expect(text).not.toContain('Team 1 is larger than the typical span.');
    expect(text).toContain('Option B resolves 2 warnings and introduces 1 info');
  });

  it('shows every position of a split chart exactly once across its parts, legibly', () => {
    const parts = slides.filter((s) => / \(\d+ of \d+\)$/.test(s.title));
    const shown = parts.flatMap(titleLines);
    const expected = deck.options[2]!.chart.nodes.map((node) => node.title);
    expect(shown.sort()).toEqual([...expected].sort());
    for (const part of parts) {
      for (const shape of part.shapes) {
        if (shape.kind !== 'box' || shape.text === undefined) continue;
        for (const line of shape.text.lines)
          expect(line.size).toBeGreaterThanOrEqual(MIN_CHART_FONT);
      }
    }
    // The map on the option's own slide has empty boxes and a tag per part.
    const overview = slides[3]!;
    expect(titleLines(overview)).toEqual([]);
    expect(texts(overview)).toEqual(expect.arrayContaining(['1', '2']));
  });

  it('links the parts of a split chart to each other', () => {
    const parts = slides.filter((s) => / \(\d+ of \d+\)$/.test(s.title));
    const first = texts(parts[0]!).join(' | ');
    expect(first).toMatch(/Team in parts? \d/);
    const second = texts(parts[1]!).join(' | ');
    expect(second).toMatch(/Reports to [^|]+, part 1/);
  });

  it('compares the options in a scorecard table with the finding deltas', () => {
    const comparison = slides[slides.length - 1]!;
    const table = comparison.shapes.find((s) => s.kind === 'table')!;
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.rows[0]!.map((cell) => cell.lines.join(' '))).toEqual([
      '',
      'Today',
      'Option A: split CIO and CTO',
      'Option B: CTO under the CEO, CISO independent',
    ]);
    const row = (label: string) =>
      table.rows
        .find((r) => r[0]!.lines[0] === label)!
        .slice(1)
        .map((c) => c.lines.join(''));
    expect(row('Positions')).toEqual(['6', '7', '150']);
    expect(row('Executive team')).toEqual(['4', '5', '7']);
    expect(row('Errors')).toEqual(['0', '1', '1']);
    expect(row('Warnings')).toEqual(['2', '1', '1']);
    expect(row('Info findings')).toEqual(['1', '1', '12']);
    expect(row('Mean span')).toEqual(['2.5', '2', '6']);
    const text = texts(comparison);
    expect(text).toContain('Compared with Today');
    expect(text).toContain('Option A: split CIO and CTO resolves 1 warning and introduces 1 error');
    expect(text).toContain('Option B resolves 2 warnings and introduces 1 info');
  });

  it('puts a footer with workspace, client, date and number on every slide but the first', () => {
    slides.slice(1).forEach((slide, i) => {
      expect(texts(slide)).toContain(`12 March 2025  ·  ${i + 2}`);
      expect(texts(slide)).toContain('Nordic Retail Group  ·  Nordic Retail Group A/S');
    });
    expect(texts(slides[0]!).some((t) => t.includes('·'))).toBe(false);
  });
});

describe('planDeck with awkward input', () => {
  it('ellipsises very long names and titles instead of overflowing', () => {
    const long = `Group-wide ${'Strategic Operational Excellence '.repeat(30)}`;
    const input: DeckInput = {
      title: long,
      client: long,
      date: new Date(2025, 0, 1),
      options: [
        option(
          long,
          [{ id: 'a', title: long, holder: long, roleBadge: long }],
          [{ severity: 'error', message: long.repeat(5), ruleId: 'X1' }],
          { rationale: long.repeat(3), findingDelta: long },
        ),
        option('Short', [{ id: 'a', title: 'CEO' }], []),
      ],
      comparison: { title: long },
    };
    const slides = planDeck(input, measure);
    expectInsideSlide(slides);
    expectTextFits(slides);
    const all = slides.flatMap(texts);
    expect(all.some((t) => t.endsWith(ELLIPSIS))).toBe(true);
    expect(all.every((t) => t.length < 400)).toBe(true);
  });

  it('cleans control characters and odd spacing out of every text', () => {
    const input: DeckInput = {
      title: 'Acme\u0000 Corp\n\tGroup',
      date: new Date(2025, 0, 1),
      options: [
        option('To\u0007day', [{ id: 'a', title: 'Chief\r\nExecutive   Officer\ud800' }], []),
      ],
    };
    const all = planDeck(input, measure).flatMap(texts);
    expect(all).toContain('Acme Corp Group');
    expect(all).toContain('To day');
    expect(all).toContain('Chief Executive Officer');
    const codes = Array.from(all.join(''), (char) => char.codePointAt(0)!);
    expect(codes.filter((code) => code < 0x20 || (code >= 0xd800 && code <= 0xdfff))).toEqual([]);
  });

  it('gives a chart too wide for beside the panel one full-width slide', () => {
    // Seven executives side by side: legible across the slide, not in the narrower chart area.
    const input: DeckInput = {
      title: 'Acme',
      date: new Date(2025, 0, 1),
      options: [option('Flat', companyPositions(8, 7), [])],
    };
    const slides = planDeck(input, measure);
    expect(slides.map((s) => s.title)).toEqual(['Acme', 'Flat', 'Flat (full chart)']);
    expect(titleLines(slides[2]!)).toHaveLength(8);
    expect(texts(slides[1]!).join(' ')).toContain('shown full width on the next slide');
    expectInsideSlide(slides);
    expectTextFits(slides);
  });

  it('shows an option without positions with a plain note', () => {
    const input: DeckInput = {
      title: 'Acme',
      date: new Date(2025, 0, 1),
      options: [option('Blank sheet', [], [])],
    };
    const slides = planDeck(input, measure);
    expect(slides).toHaveLength(2);
    expect(texts(slides[1]!)).toContain('This option has no positions on its chart yet.');
  });

  it('splits the comparison of many options, repeating the baseline', () => {
    const options = Array.from({ length: 9 }, (_, i) =>
      option(
        `Option ${i}`,
        companyPositions(3),
        [],
        i > 0 ? { findingDelta: `Option ${i}: no change in findings` } : {},
      ),
    );
    const slides = planDeck(
      { title: 'Acme', date: new Date(2025, 0, 1), options, comparison: { baseline: 0 } },
      measure,
    );
    const comparisons = slides.filter((s) => s.title.startsWith('Options side by side'));
    expect(comparisons.map((s) => s.title)).toEqual([
      'Options side by side (1 of 2)',
      'Options side by side (2 of 2)',
    ]);
    for (const slide of comparisons) {
      const table = slide.shapes.find((s) => s.kind === 'table');
      if (table?.kind !== 'table') throw new Error('no table');
      expect(table.rows[0]![1]!.lines).toEqual(['Option 0']);
    }
    expectInsideSlide(slides);
  });

  it('refuses input it cannot draw with a specific message', () => {
    const broken = { title: 'Acme', date: new Date('nonsense'), options: [] } as DeckInput;
    expect(() => planDeck(broken, measure)).toThrow(DeckInputError);
    expect(() => planDeck(broken, measure)).toThrow(/valid date/);
  });
});
