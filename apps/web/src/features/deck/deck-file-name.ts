import { cleanText } from './clean-text.js';

export type DeckFormat = 'pptx' | 'pdf';

// Characters Windows or macOS refuse in file names, and what would hide the extension.
const UNSAFE = /[\\/:*?"<>|]/g;
const MAX_NAME = 80;

/**
 * "Nordic Retail Group - Restructuring options - 2025-03-12.pptx": the workspace name (made safe
 * for every operating system, shortened when very long), what the file is, and the day as
 * year-month-day so that a folder of decks sorts by date.
 */
export function deckFileName(title: string, date: Date, format: DeckFormat): string {
  let name = cleanText(title).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (Array.from(name).length > MAX_NAME)
    name = Array.from(name).slice(0, MAX_NAME).join('').trim();
  // A name of dots alone is no name; leading dots hide files on macOS and Linux.
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  return `${name === '' ? '' : `${name} - `}Restructuring options - ${day}.${format}`;
}
