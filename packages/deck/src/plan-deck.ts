import { checkDeckInput } from './check-deck-input.js';
import { comparisonSlides } from './comparison-slides.js';
import type { DeckInput } from './deck-model.js';
import { deckWords } from './deck-words.js';
import { optionSlides } from './option-slides.js';
import { slideFooter } from './slide-frame.js';
import type { SlidePlan } from './slide-plan.js';
import type { MeasureText } from './text-measure.js';
import { titleSlide } from './title-slide.js';

/**
 * The whole deck as slide plans, in order: the title slide, each option's slide (or its parts),
 * and the comparison slide(s) when asked for, in the deck's language. Throws a DeckInputError for input it cannot draw.
 * Shared by the PowerPoint and PDF writers, and usable by an on-screen presentation.
 */
export function planDeck(input: DeckInput, measure: MeasureText): SlidePlan[] {
  const deck = checkDeckInput(input);
  const words = deckWords(deck.locale);
  const slides = [
    titleSlide(deck, measure, words),
    ...deck.options.flatMap((option) => optionSlides(option, measure, words)),
    ...comparisonSlides(deck, measure, words),
  ];
  return slides.map((slide, i) =>
    i === 0
      ? slide
      : { ...slide, shapes: [...slide.shapes, ...slideFooter(deck, i + 1, measure, words)] },
  );
}
