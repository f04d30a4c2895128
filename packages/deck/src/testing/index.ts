export {
  CARD,
  companyPositions,
  layOut,
  type OutlinePosition,
  option,
  scorecardOf,
  threeOptionDeck,
} from './deck-fixtures.js';
export { joined, slideTexts, sorted } from './slide-texts.js';
