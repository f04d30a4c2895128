// How exporting scales with the size of an option's chart. Run from packages/deck:
//   npx vitest bench --run
// Vitest reports each size as a multiple of the fastest (100 positions) measured in the same run:
// linear work gives about 10× for 1,000 positions, quadratic work would give about 100×.
import { bench, describe } from 'vitest';
import type { DeckInput } from '../src/deck-model.js';
import { pdfDeck } from '../src/pdf-deck.js';
import { pptxDeck } from '../src/pptx-deck.js';
import { companyPositions, option } from '../src/testing/deck-fixtures.js';

function deckOf(size: number): DeckInput {
  return {
    title: 'Benchmark',
    date: new Date(2025, 0, 1),
    options: [option(`${size} positions`, companyPositions(size, 7), [])],
  };
}

const sizes = [100, 1000, 3000];
const decks = new Map(sizes.map((size) => [size, deckOf(size)]));

describe('PowerPoint', () => {
  for (const size of sizes) {
    bench(
      `${size} positions`,
      async () => {
        await pptxDeck(decks.get(size)!);
      },
      { iterations: 3, time: 0, warmupIterations: 1 },
    );
  }
});

describe('PDF', () => {
  for (const size of sizes) {
    bench(
      `${size} positions`,
      () => {
        pdfDeck(decks.get(size)!);
      },
      { iterations: 3, time: 0, warmupIterations: 1 },
    );
  }
});
