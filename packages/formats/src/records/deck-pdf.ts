import { makeDeck } from '../deck/make-deck.js';
import { defineFormat } from '../format.js';

export const deckPdf = defineFormat({
  id: 'deck-pdf',
  label: 'PDF',
  description: 'The same slides as the PowerPoint file, to hand over as they are.',
  subject: 'deck',
  extension: 'pdf',
  mediaType: 'application/pdf',
  runsIn: 'anywhere',
  produce: (deck) =>
    makeDeck(deck, async (input) => (await import('@orgwise/deck/pdf')).pdfDeck(input)),
});
