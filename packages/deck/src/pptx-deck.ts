import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { cleanText } from './clean-text.js';
import type { DeckInput } from './deck-model.js';
import { LINE_HEIGHT } from './deck-theme.js';
import { deckWords } from './deck-words.js';
import { planDeck } from './plan-deck.js';
import type { BoxShape, LineShape, MarkerShape, SlidePlan, TableShape } from './slide-plan.js';
import { createHelveticaMeasure, type MeasureText } from './text-measure.js';

// Arial has Helvetica's widths, which the plan was measured with, and is on every PowerPoint.
const FONT_FACE = 'Arial';

/** The plan is in points; PowerPoint positions are given to pptxgenjs in inches. */
const inch = (points: number) => points / 72;

/**
 * The deck as a PowerPoint file (16:9): every box, line and text is a native shape or text box,
 * so the consultant can edit titles, move boxes and restyle the deck in PowerPoint.
 */
export async function pptxDeck(
  input: DeckInput,
  measure: MeasureText = createHelveticaMeasure(),
): Promise<Uint8Array> {
  const slides = planDeck(input, measure);
  const words = deckWords(input.locale);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = cleanText(input.title) || words.text('restructuringOptions');
  pptx.subject = words.text('restructuringOptions');
  pptx.company = cleanText(input.client);
  pptx.author = 'Orgwise';
  // Every run is tagged with the deck's language, so PowerPoint checks the spelling and
  // hyphenates in Danish or Dutch rather than flagging every word as misspelt English.
  for (const plan of slides) drawSlide(pptx, plan, words.tag);
  // pptxgenjs 4 ignores `compression` whenever an output type is given and stores the XML as is,
  // which makes a large chart's deck several times bigger; so the file is zipped again, deflated.
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(stored);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function drawSlide(pptx: PptxGenJS, plan: SlidePlan, lang: string) {
  const slide = pptx.addSlide();
  for (const shape of plan.shapes) {
    switch (shape.kind) {
      case 'box':
        drawBox(pptx, slide, shape, lang);
        break;
      case 'line':
        drawLine(pptx, slide, shape);
        break;
      case 'marker':
        drawMarker(pptx, slide, shape);
        break;
      case 'table':
        drawTable(slide, shape, lang);
        break;
    }
  }
}

function drawBox(pptx: PptxGenJS, slide: PptxGenJS.Slide, box: BoxShape, lang: string) {
  const shape = box.radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
  const frame = {
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    ...(box.radius > 0 ? { rectRadius: inch(box.radius) } : {}),
    ...(box.fill === null ? {} : { fill: { color: box.fill } }),
    line:
      box.stroke === null
        ? { type: 'none' as const }
        : {
            color: box.stroke,
            width: box.strokeWidth,
            dashType: box.dashed ? ('dash' as const) : ('solid' as const),
          },
  };
  const lines = box.text?.lines ?? [];
  if (box.text === undefined || lines.length === 0) {
    slide.addShape(shape, frame);
    return;
  }
  const runs = lines.map((line, i) => ({
    text: line.text,
    options: {
      fontSize: line.size,
      bold: line.bold === true,
      italic: line.italic === true,
      color: line.color,
      lineSpacing: line.size * LINE_HEIGHT,
      breakLine: i < lines.length - 1,
      lang,
    },
  }));
  slide.addText(runs, {
    ...frame,
    shape,
    fontFace: FONT_FACE,
    align: box.text.align,
    valign: box.text.valign,
    margin: box.text.padding,
    // The plan already broke the lines; PowerPoint must neither shrink nor grow the box.
    fit: 'none',
    wrap: true,
  });
}

function drawLine(pptx: PptxGenJS, slide: PptxGenJS.Slide, line: LineShape) {
  // A line shape spans its bounding box; flips give the direction of a diagonal.
  slide.addShape(pptx.ShapeType.line, {
    x: inch(Math.min(line.x1, line.x2)),
    y: inch(Math.min(line.y1, line.y2)),
    w: inch(Math.abs(line.x2 - line.x1)),
    h: inch(Math.abs(line.y2 - line.y1)),
    flipH: (line.x2 - line.x1) * (line.y2 - line.y1) < 0,
    line: { color: line.color, width: line.width, dashType: line.dashed ? 'dash' : 'solid' },
  });
}

function drawMarker(pptx: PptxGenJS, slide: PptxGenJS.Slide, marker: MarkerShape) {
  const shape = {
    circle: pptx.ShapeType.ellipse,
    triangle: pptx.ShapeType.triangle,
    diamond: pptx.ShapeType.diamond,
  }[marker.symbol];
  slide.addShape(shape, {
    x: inch(marker.x),
    y: inch(marker.y),
    w: inch(marker.size),
    h: inch(marker.size),
    fill: { color: marker.fill },
    line: { color: 'FFFFFF', width: 0.5 },
  });
}

function drawTable(slide: PptxGenJS.Slide, table: TableShape, lang: string) {
  const rows = table.rows.map((row) =>
    row.map((cell) => ({
      text: cell.lines.map((text, i) => ({
        text,
        options: { breakLine: i < cell.lines.length - 1, lang },
      })),
      options: {
        bold: cell.bold,
        color: cell.color,
        align: cell.align,
        valign: 'middle' as const,
        ...(cell.fill === null ? {} : { fill: { color: cell.fill } }),
      },
    })),
  );
  slide.addTable(rows, {
    x: inch(table.x),
    y: inch(table.y),
    colW: table.columnWidths.map(inch),
    rowH: table.rowHeights.map(inch),
    fontFace: FONT_FACE,
    fontSize: table.fontSize,
    margin: table.padding,
    border: { type: 'solid', pt: 0.75, color: table.borderColor },
    autoPage: false,
  });
}
