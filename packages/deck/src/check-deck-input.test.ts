import { describe, expect, it } from 'vitest';
import { checkDeckInput, DeckInputError } from './check-deck-input.js';
import { option } from './testing/deck-fixtures.js';

const today = option('Today', [{ id: 'ceo', title: 'CEO' }], []);
const valid = { title: ' Acme ', date: new Date(2025, 0, 1), options: [today] };

function issues(input: unknown): readonly string[] {
  try {
    checkDeckInput(input);
  } catch (error) {
    if (error instanceof DeckInputError) return error.issues;
    throw error;
  }
  return [];
}

describe('checkDeckInput', () => {
  it('returns the deck cleaned', () => {
    const deck = checkDeckInput({ ...valid, client: '  ', comparison: { title: '', baseline: 0 } });
    expect(deck.title).toBe('Acme');
    expect(deck.client).toBeUndefined();
    expect(deck.comparison).toEqual({ baseline: 0 });
    expect(deck.options[0]!.chart.nodes[0]).toMatchObject({ id: 'ceo', title: 'CEO', x: 0, y: 0 });
  });

  it('names every problem at once, in plain words', () => {
    const found = issues({ title: 'Acme', date: 'tomorrow', options: [] });
    expect(found).toEqual([
      'it has no valid date; give the day the deck is presented.',
      'it has no options; add at least one, such as “Today”.',
    ]);
    expect(() => checkDeckInput(null)).toThrow('The deck cannot be made: no deck was given.');
  });

  it('points at a position the layout did not place', () => {
    const broken = option('Option A', [{ id: 'cto', title: 'CTO' }], []);
    broken.chart.nodes[0]!.x = Number.NaN;
    broken.chart.nodes[0]!.width = 0;
    expect(issues({ ...valid, options: [today, broken] })).toEqual([
      'Option 2 (“Option A”) has position 1 (“cto”) without a usable x (NaN); the layout must place it.',
      'Option 2 (“Option A”) has position 1 (“cto”) with a width of 0; boxes need a positive size.',
    ]);
  });

  it('refuses severities and changes it does not know', () => {
    const odd = option('B', [{ id: 'a', title: 'A' }], []);
    Object.assign(odd.chart.nodes[0]!, { severity: 'critical', change: 'promoted' });
    Object.assign(odd, { findings: [{ severity: 'fatal', message: 'x', ruleId: 'y' }] });
    expect(issues({ ...valid, options: [odd] })).toEqual([
      'Option 1 (“B”) has position 1 (“a”) with severity “critical”; use error, warning or info.',
      'Option 1 (“B”) has position 1 (“a”) with change “promoted”; use added, moved, retitled or reroled.',
      'Option 1 (“B”) has finding 1 with severity “fatal”; use error, warning or info.',
    ]);
  });

  it('reports at most five problems per option and counts the rest', () => {
    const many = option(
      'Big',
      Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, title: 'X' })),
      [],
    );
    for (const node of many.chart.nodes) node.y = Number.POSITIVE_INFINITY;
    const found = issues({ ...valid, options: [many] });
    expect(found).toHaveLength(6);
    expect(found[5]).toBe('Option 1 (“Big”) has 15 more problems like these.');
  });

  it('accepts a careless but drawable chart: missing lists, broken edges, figures that are not numbers', () => {
    const deck = checkDeckInput({
      title: 42,
      date: new Date(2025, 0, 1),
      options: [
        {
          name: 'Today',
          chart: {
            nodes: [{ id: 'a', title: 'A', x: 0, y: 0, width: 10, height: 5 }],
            edges: [null, { from: 'a' }],
          },
          scorecard: { positions: '1', findings: null },
        },
      ],
    });
    expect(deck.title).toBe('42');
    expect(deck.options[0]!.findings).toEqual([]);
    expect(deck.options[0]!.chart.edges).toEqual([{ from: 'a', to: '', dotted: false }]);
    expect(deck.options[0]!.scorecard.positions).toBeNaN();
    expect(deck.options[0]!.scorecard.findings.errors).toBeNaN();
  });

  it('asks for a scorecard and a chart', () => {
    expect(issues({ ...valid, options: [{ name: 'Today' }] })).toEqual([
      'Option 1 (“Today”) has no scorecard.',
      'Option 1 (“Today”) has no chart: give its laid-out positions, even an empty list.',
    ]);
  });
});
