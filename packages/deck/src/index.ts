export { checkDeckInput, DeckInputError } from './check-deck-input.js';
export { buildDeckInput, type ComparedForDeck } from './deck-input.js';
export type {
  ComparisonSlide,
  DeckChange,
  DeckFinding,
  DeckInput,
  DeckScorecard,
  DeckSeverity,
  LaidOutChart,
  LaidOutEdge,
  LaidOutNode,
  OptionSlide,
} from './deck-model.js';
export { type DeckLocale, deckLocales } from './messages/deck-messages.js';
export { planDeck } from './plan-deck.js';
export type {
  BoxShape,
  Color,
  LineShape,
  MarkerShape,
  Shape,
  SlidePlan,
  TableCell,
  TableShape,
  TextBlock,
  TextLine,
} from './slide-plan.js';
export { createHelveticaMeasure, type MeasureText } from './text-measure.js';
