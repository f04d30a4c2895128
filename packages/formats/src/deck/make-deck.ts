import type { DeckInput } from '@orgwise/deck';
import { checkDeckInput, DeckInputError } from '@orgwise/deck/check';
import { ExportError, type Exported } from '../format.js';

/**
 * Checks the deck and writes it with `write`, which loads its writer (pptxgenjs or jsPDF) only
 * when a deck is asked for: they are large, most sessions never make one, and the CLI never does.
 * What the deck cannot show is an ExportError naming every problem.
 */
export async function makeDeck(
  deck: DeckInput,
  write: (input: DeckInput) => Promise<Uint8Array>,
): Promise<Exported> {
  let input: DeckInput;
  try {
    input = checkDeckInput(deck);
  } catch (error) {
    if (error instanceof DeckInputError) throw new ExportError(error.message);
    throw error;
  }
  return { content: await write(input) };
}
