import type { DeckChange, DeckSeverity } from './deck-model.js';
import type { Color, MarkerShape } from './slide-plan.js';

/** 16:9 at PowerPoint's "widescreen" size, 13.333 × 7.5 in, in points. */
export const SLIDE = { width: 960, height: 540 } as const;

export const MARGIN = 32;

/** Line height as a multiple of the font size, used by the planner and both writers alike. */
export const LINE_HEIGHT = 1.2;

/**
 * Below this a position's text is hard to read on a projected or printed slide, so a chart that
 * would need smaller text is split over several slides instead of shrunk.
 */
export const MIN_CHART_FONT = 7;
/** Small charts are not blown up past this, so three boxes do not fill a slide. */
export const MAX_CHART_FONT = 12;

export const FONT = {
  slideTitle: 22,
  subtitle: 12,
  panelHeading: 11,
  body: 9.5,
  footer: 8,
  legend: 7.5,
} as const;

export const COLOR = {
  ink: '1F2A33',
  muted: '5B6770',
  faint: '8A959E',
  rule: 'CFD8DC',
  boxFill: 'FFFFFF',
  boxStroke: '90A4AE',
  vacantFill: 'F1F3F4',
  connector: '78909C',
  headerFill: 'ECEFF1',
  accent: '1E4E79',
  better: '2E7D32',
  worse: 'C62828',
} as const satisfies Record<string, Color>;

export const SEVERITY_STYLE: Record<DeckSeverity, { color: Color; symbol: MarkerShape['symbol'] }> =
  {
    error: { color: 'C62828', symbol: 'circle' },
    warning: { color: 'E08600', symbol: 'triangle' },
    info: { color: '1565C0', symbol: 'diamond' },
  };

export const SEVERITY_ORDER: readonly DeckSeverity[] = ['error', 'warning', 'info'];

export const CHANGE_STYLE: Record<DeckChange, { color: Color }> = {
  added: { color: '2E7D32' },
  moved: { color: '7B1FA2' },
  retitled: { color: '00838F' },
  reroled: { color: 'AD1457' },
};

export const CHANGE_ORDER: readonly DeckChange[] = ['added', 'moved', 'retitled', 'reroled'];
