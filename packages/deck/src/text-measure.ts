import { jsPDF } from 'jspdf';
import { isPdfSafe } from './pdf-safe-text.js';

/** Width in points of one line of text at a font size, bold or regular. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

// Characters Helvetica lacks (CJK, Cyrillic, emoji, …) are counted one em wide: that errs long,
// so PowerPoint, which shows them with a fallback font, does not wrap a line the plan fitted.
const FALLBACK_EM = 1;

/**
 * Measures with Helvetica's metrics as jsPDF ships them. The PDF is set in Helvetica and the
 * PowerPoint file in Arial, which has the same widths, so one measure fits text for both. Widths
 * are summed per character, as jsPDF sets the text (without kerning), from a table filled as
 * characters are first seen: a deck measures thousands of strings.
 */
export function createHelveticaMeasure(): MeasureText {
  const doc = new jsPDF({ unit: 'pt' });
  const tables = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const em = (char: string, bold: boolean): number => {
    const table = bold ? tables.bold : tables.regular;
    let width = table.get(char);
    if (width === undefined) {
      if (isPdfSafe(char)) {
        doc.setFont('helvetica', bold ? 'bold' : 'normal');
        width = doc.getStringUnitWidth(char);
      } else {
        width = FALLBACK_EM;
      }
      table.set(char, width);
    }
    return width;
  };
  return (text, size, bold) => {
    let total = 0;
    for (const char of text) total += em(char, bold);
    return total * size;
  };
}
