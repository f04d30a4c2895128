import { jsPDF } from 'jspdf';
import { cleanText } from './clean-text.js';
import type { DeckInput } from './deck-model.js';
import { LINE_HEIGHT, SLIDE } from './deck-theme.js';
import { deckWords } from './deck-words.js';
import type { DeckLocale } from './messages/deck-messages.js';
import { pdfSafeText } from './pdf-safe-text.js';
import { planDeck } from './plan-deck.js';
import type {
  BoxShape,
  LineShape,
  MarkerShape,
  SlidePlan,
  TableShape,
  TextBlock,
} from './slide-plan.js';
import { createHelveticaMeasure, type MeasureText } from './text-measure.js';

/** Where a line's baseline sits below its top: Helvetica's em box centred in the line. */
const BASELINE = (size: number) => (size * LINE_HEIGHT - size) / 2 + size * 0.8;
const DASH = [3, 2];
/** The document language a PDF reader (and a screen reader) is told, from jsPDF's list. */
const PDF_LANGUAGE = { en: 'en-GB', da: 'da', nl: 'nl' } as const satisfies Record<
  DeckLocale,
  string
>;

/**
 * The deck as a PDF: one landscape 16:9 page per slide, the same slides as the PowerPoint file,
 * drawn as vector shapes and real (selectable, searchable) text in Helvetica.
 */
export function pdfDeck(input: DeckInput, measure: MeasureText = createHelveticaMeasure()) {
  const slides = planDeck(input, measure);
  const words = deckWords(input.locale);
  const doc = new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: [SLIDE.width, SLIDE.height],
    compress: true,
  });
  doc.setProperties({
    title: pdfSafeText(cleanText(input.title) || words.text('restructuringOptions')),
    subject: pdfSafeText(words.text('restructuringOptions')),
    creator: 'Orgwise',
  });
  doc.setLanguage(PDF_LANGUAGE[words.locale]);
  slides.forEach((plan, i) => {
    if (i > 0) doc.addPage([SLIDE.width, SLIDE.height], 'landscape');
    drawSlide(doc, plan);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawSlide(doc: jsPDF, plan: SlidePlan) {
  for (const shape of plan.shapes) {
    switch (shape.kind) {
      case 'box':
        drawBox(doc, shape);
        break;
      case 'line':
        drawLine(doc, shape);
        break;
      case 'marker':
        drawMarker(doc, shape);
        break;
      case 'table':
        drawTable(doc, shape);
        break;
    }
  }
}

function drawBox(doc: jsPDF, box: BoxShape) {
  if (box.fill !== null || box.stroke !== null) {
    const style = box.fill === null ? 'S' : box.stroke === null ? 'F' : 'FD';
    if (box.fill !== null) doc.setFillColor(`#${box.fill}`);
    if (box.stroke !== null) {
      doc.setDrawColor(`#${box.stroke}`);
      doc.setLineWidth(box.strokeWidth);
      doc.setLineDashPattern(box.dashed ? DASH : [], 0);
    }
    if (box.radius > 0) doc.roundedRect(box.x, box.y, box.w, box.h, box.radius, box.radius, style);
    else doc.rect(box.x, box.y, box.w, box.h, style);
    doc.setLineDashPattern([], 0);
  }
  if (box.text !== undefined) drawText(doc, box.text, box.x, box.y, box.w, box.h);
}

function drawText(doc: jsPDF, block: TextBlock, x: number, y: number, w: number, h: number) {
  const height = block.lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0);
  let top = block.valign === 'middle' ? y + (h - height) / 2 : y + block.padding;
  const anchor =
    block.align === 'left'
      ? x + block.padding
      : block.align === 'right'
        ? x + w - block.padding
        : x + w / 2;
  for (const line of block.lines) {
    const style = line.bold
      ? line.italic
        ? 'bolditalic'
        : 'bold'
      : line.italic
        ? 'italic'
        : 'normal';
    doc.setFont('helvetica', style);
    doc.setFontSize(line.size);
    doc.setTextColor(`#${line.color}`);
    doc.text(pdfSafeText(line.text), anchor, top + BASELINE(line.size), {
      align: block.align,
      baseline: 'alphabetic',
    });
    top += line.size * LINE_HEIGHT;
  }
}

function drawLine(doc: jsPDF, line: LineShape) {
  doc.setDrawColor(`#${line.color}`);
  doc.setLineWidth(line.width);
  doc.setLineDashPattern(line.dashed ? DASH : [], 0);
  doc.line(line.x1, line.y1, line.x2, line.y2);
  doc.setLineDashPattern([], 0);
}

function drawMarker(doc: jsPDF, marker: MarkerShape) {
  const { x, y, size } = marker;
  doc.setFillColor(`#${marker.fill}`);
  const half = size / 2;
  switch (marker.symbol) {
    case 'circle':
      doc.circle(x + half, y + half, half, 'F');
      break;
    case 'triangle':
      doc.triangle(x + half, y, x + size, y + size, x, y + size, 'F');
      break;
    case 'diamond':
      doc.lines(
        [
          [half, half],
          [-half, half],
          [-half, -half],
        ],
        x + half,
        y,
        [1, 1],
        'F',
        true,
      );
      break;
  }
}

function drawTable(doc: jsPDF, table: TableShape) {
  let y = table.y;
  table.rows.forEach((row, r) => {
    const height = table.rowHeights[r]!;
    let x = table.x;
    row.forEach((cell, c) => {
      const width = table.columnWidths[c]!;
      if (cell.fill !== null) {
        doc.setFillColor(`#${cell.fill}`);
        doc.rect(x, y, width, height, 'F');
      }
      doc.setDrawColor(`#${table.borderColor}`);
      doc.setLineWidth(0.75);
      doc.rect(x, y, width, height, 'S');
      const lines = cell.lines.map((text) => ({
        text,
        size: table.fontSize,
        bold: cell.bold,
        color: cell.color,
      }));
      drawText(
        doc,
        { lines, align: cell.align, valign: 'middle', padding: table.padding },
        x,
        y,
        width,
        height,
      );
      x += width;
    });
    y += height;
  });
}
