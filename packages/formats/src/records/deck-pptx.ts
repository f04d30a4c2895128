import { makeDeck } from '../deck/make-deck.js';
import { defineFormat } from '../format.js';

export const deckPptx = defineFormat({
  id: 'deck-pptx',
  label: 'PowerPoint',
  description: 'The options and their comparison as slides to edit and present.',
  subject: 'deck',
  extension: 'pptx',
  mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  runsIn: 'anywhere',
  produce: (deck) =>
    makeDeck(deck, async (input) => (await import('@orgwise/deck/pptx')).pptxDeck(input)),
});
