// Deck fixtures for other packages' tests (the formats registry writes decks of them).
export {
  companyPositions,
  type OutlinePosition,
  option,
  threeOptionDeck,
} from './deck-fixtures.js';
