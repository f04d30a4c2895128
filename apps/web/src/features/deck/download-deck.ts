import { downloadBlob } from '../../ui/download-blob.js';
import { checkDeckInput } from './check-deck-input.js';
import { type DeckFormat, deckFileName } from './deck-file-name.js';
import type { DeckInput } from './deck-model.js';

/**
 * The deck as a file. The writers (and pptxgenjs and jsPDF with them) are loaded only when a
 * deck is asked for, so the editor does not carry them until then.
 */
export async function deckBlob(input: DeckInput, format: DeckFormat): Promise<Blob> {
  if (format === 'pptx') {
    const { pptxDeckBlob } = await import('./pptx-deck.js');
    return pptxDeckBlob(input);
  }
  const { pdfDeckBlob } = await import('./pdf-deck.js');
  return pdfDeckBlob(input);
}

/**
 * Makes the deck and has the browser save it, named after the workspace and the deck's date.
 * Resolves to the file name; rejects with a DeckInputError for input the deck cannot show.
 */
export async function downloadDeck(
  input: DeckInput,
  format: DeckFormat,
  doc: Document = document,
): Promise<string> {
  const deck = checkDeckInput(input);
  const blob = await deckBlob(deck, format);
  const name = deckFileName(deck.title, deck.date, format);
  downloadBlob(blob, name, doc);
  return name;
}
