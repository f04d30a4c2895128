import type { DeckSeverity } from './deck-model.js';
import { SEVERITY_STYLE } from './deck-theme.js';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A count for a slide: "1,250"; "–" for a figure the option does not have. */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? WHOLE.format(value) : '–';
}

/** A mean such as a span: "4.3". */
export function formatMean(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? ONE_DECIMAL.format(value) : '–';
}

/** "12 March 2025": unambiguous for readers on both sides of the Atlantic. */
export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "1 error", "3 warnings", "2 info". */
export function severityCount(severity: DeckSeverity, count: number): string {
  const style = SEVERITY_STYLE[severity];
  return `${formatCount(count)} ${count === 1 ? style.label.toLowerCase() : style.plural}`;
}
