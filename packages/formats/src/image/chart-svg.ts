import {
  type ChartPicture,
  estimateLine,
  type MeasureLine,
  type PictureNode,
  pictureBounds,
} from './chart-picture.js';
import { dottedPath, reportingPath } from './connector-paths.js';
import { fitLines } from './fit-lines.js';
import { defaultImageLimits } from './plan-image.js';

/** The fonts the picture names: the editor's, then ones every office and design tool has. */
export const PICTURE_FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Around the cards, as planImage plans it: the PNG drawn from this SVG is the size planned. */
const PADDING = defaultImageLimits.padding;
const CARD = { padX: 12, padTop: 9, radius: 8, badgeHeight: 18, titleSize: 14, titleLine: 19 };
const HOLDER = { size: 13, line: 17 };
const BADGE = { size: 11, padX: 6, gap: 4 };
const colour = {
  ink: '#0f172a',
  soft: '#334155',
  muted: '#526074',
  line: '#d6dde7',
  accent: '#1e3a5f',
  edge: '#8593a6',
  dotted: '#7c3aed',
  role: '#e6edf6',
  interim: '#fdecc8',
  interimInk: '#7a3e00',
};

// Characters XML 1.0 does not allow at all; a title pasted from elsewhere may hold them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function badges(node: PictureNode, measure: MeasureLine, labels: PictureLabels): string[] {
  const parts: string[] = [];
  let x = node.x + CARD.padX;
  const y = node.y + CARD.padTop;
  const right = node.x + node.width - CARD.padX;
  const shown = [
    ...node.roles.map((label) => ({ label, fill: colour.role, ink: colour.accent })),
    ...(node.interim
      ? [{ label: labels.interim, fill: colour.interim, ink: colour.interimInk }]
      : []),
  ];
  for (const { label, fill, ink } of shown) {
    const width = measure(label, BADGE.size, true) + 2 * BADGE.padX;
    if (x + width > right) break;
    parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${BADGE.size + 7}" rx="4" fill="${fill}"/>`,
      `<text x="${n(x + BADGE.padX)}" y="${n(y + 13)}" font-size="${BADGE.size}" font-weight="700" fill="${ink}">${escapeXml(label)}</text>`,
    );
    x += width + BADGE.gap;
  }
  return parts;
}

function card(node: PictureNode, measure: MeasureLine, labels: PictureLabels): string {
  const { x, y, width, height } = node;
  const r = CARD.radius;
  const inner = width - 2 * CARD.padX;
  const title = node.title.trim() === '' ? labels.untitled : node.title;
  const titleLines = fitLines(title, inner, node.titleLines, CARD.titleSize, true, measure);
  const named = node.holder !== undefined && node.holder.trim() !== '';
  const person = named ? node.holder! : node.vacant ? labels.vacant : '';
  const [holder] = fitLines(person, inner, 1, HOLDER.size, false, measure);
  const parts = [
    `<g data-id="${escapeXml(node.id)}">`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${r}" fill="#ffffff" stroke="${colour.line}"${node.vacant ? ' stroke-dasharray="5 3"' : ''}/>`,
    // The accent along the top edge, following the rounded corners, as on the editor's cards.
    `<path d="M${n(x + 0.5)} ${n(y + r)}A${r} ${r} 0 0 1 ${n(x + r)} ${n(y + 1)}H${n(x + width - r)}A${r} ${r} 0 0 1 ${n(x + width - 0.5)} ${n(y + r)}" fill="none" stroke="${colour.accent}" stroke-width="3"/>`,
    ...badges(node, measure, labels),
  ];
  let baseline = y + CARD.padTop + 20 + 4 + 14;
  for (const line of titleLines) {
    parts.push(
      `<text x="${n(x + CARD.padX)}" y="${n(baseline)}" font-size="${CARD.titleSize}" font-weight="600" fill="${colour.ink}">${escapeXml(line)}</text>`,
    );
    baseline += CARD.titleLine;
  }
  if (holder !== undefined && holder !== '') {
    const style = named ? `fill="${colour.soft}"` : `fill="${colour.muted}" font-style="italic"`;
    parts.push(
      `<text x="${n(x + CARD.padX)}" y="${n(baseline - CARD.titleLine + 2 + HOLDER.line)}" font-size="${HOLDER.size}" ${style}>${escapeXml(holder)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** The words the picture writes itself, in the reader's language. */
export interface PictureLabels {
  untitled: string;
  vacant: string;
  interim: string;
}

const englishLabels: PictureLabels = {
  untitled: 'Untitled position',
  vacant: 'Vacant',
  interim: 'Interim',
};

export interface ChartSvgOptions {
  /** Its own words (English by default). */
  labels?: PictureLabels;
  /** Measures text in the picture's font; without it, widths are estimated. */
  measure?: MeasureLine;
  /** The chart's name, as the SVG's title (office tools show it as the picture's description). */
  title?: string;
}

/**
 * The chart as a plain SVG document of rectangles, text and paths, drawn from the layout (no
 * HTML inside, no styles to resolve): PowerPoint, Word, Illustrator, Inkscape and browsers all
 * open it as it is, and its text stays text. Lines first, then the cards over them.
 */
export function chartSvg(picture: ChartPicture, options: ChartSvgOptions = {}): string {
  const measure = options.measure ?? estimateLine;
  const labels = options.labels ?? englishLabels;
  const byId = new Map(picture.nodes.map((node) => [node.id, node]));
  const bounds = pictureBounds(picture);
  const left = bounds.x - PADDING;
  const top = bounds.y - PADDING;
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const lines: string[] = [];
  for (const edge of picture.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from === undefined || to === undefined) continue;
    lines.push(
      edge.kind === 'dotted'
        ? `<path d="${dottedPath(from, to)}" fill="none" stroke="${colour.dotted}" stroke-width="1.75" stroke-dasharray="6 5"/>`
        : `<path d="${reportingPath(from, to, picture.direction)}" fill="none" stroke="${colour.edge}" stroke-width="1.5"/>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(left)} ${n(top)} ${width} ${height}" font-family="${PICTURE_FONT}">`,
    ...(options.title === undefined ? [] : [`<title>${escapeXml(options.title)}</title>`]),
    `<rect x="${n(left)}" y="${n(top)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g>${lines.join('')}</g>`,
    `<g>${picture.nodes.map((node) => card(node, measure, labels)).join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
