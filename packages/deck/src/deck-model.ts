/**
 * What a restructuring-options deck is made of. The in-app presentation and the PowerPoint and PDF
 * exports are all fed this one shape, so that the screen and the handed-over deck show the same
 * slides: a title slide, one slide (or several parts of one) per option, and a comparison slide.
 *
 * Framework-free on purpose: no React, no store, no domain import. The caller maps its own data
 * (the domain's scorecard and findings, the canvas layout) onto these types; the domain's
 * `Scorecard` already fits `DeckScorecard` as it is.
 */

import type { DeckLocale } from './messages/deck-messages.js';

export type DeckSeverity = 'error' | 'warning' | 'info';

/** How a position differs from the baseline option, for the coloured highlight on its box. */
export type DeckChange = 'added' | 'moved' | 'retitled' | 'reroled';

export interface DeckInput {
  /** The workspace name: the deck's title and the start of the file name. */
  title: string;
  /** Who the deck is for ("Prepared for …" on the title slide). */
  client?: string;
  /** The day the deck is presented or handed over; shown on the title slide and in file names. */
  date: Date;
  /** In presentation order; the first is usually "Today". At least one. */
  options: OptionSlide[];
  /** Adds the side-by-side scorecard slide after the option slides when present. */
  comparison?: ComparisonSlide;
  /**
   * The language of the deck's own words (headings, labels, legends, counts, dates); English
   * when absent. Names, findings and the finding delta are shown as given, so the caller renders
   * them in the same language.
   */
  locale?: DeckLocale;
}

export interface OptionSlide {
  /** "Today", "Option A: split CIO and CTO", … */
  name: string;
  /** One or two sentences on why this option is on the table. */
  rationale?: string;
  chart: LaidOutChart;
  scorecard: DeckScorecard;
  /** Every finding of the option's validation report; the deck picks the ones that matter. */
  findings: DeckFinding[];
  /**
   * The finding delta against the baseline in one sentence ("Option B resolves 2 warnings and
   * introduces 1 info"), as the domain's `describeFindingDelta` words it; absent for the baseline.
   */
  findingDelta?: string;
}

export interface ComparisonSlide {
  /** Slide title; "Options side by side" when absent. */
  title?: string;
  /**
   * Index into `options` of the option the others are compared with (default 0). Its column is
   * repeated when the options need more than one comparison slide, and the error and warning
   * counts of the others are coloured against it.
   */
  baseline?: number;
}

/** The figures options are compared by; the domain's `Scorecard` is assignable to it. */
export interface DeckScorecard {
  positions: number;
  /** Management layers of the deepest reporting chain. */
  layers: number;
  /** Most direct reports of any manager. */
  maxSpan: number;
  /** Mean direct reports over the managers. */
  meanSpan: number;
  /** The CEO plus the CEO's direct reports; null when the chart has no single top. */
  executiveTeam: number | null;
  vacancies: number;
  interim: number;
  findings: { errors: number; warnings: number; infos: number };
}

export interface DeckFinding {
  severity: DeckSeverity;
  /** The message shown on the slide, rendered in the deck's language by the caller. */
  message: string;
  ruleId: string;
}

/**
 * A chart as the canvas laid it out. Coordinates and sizes are in any unit (canvas pixels, say),
 * y pointing down; the deck scales them to the slide, keeping proportions. Lines are drawn for a
 * top-down layout (managers above their reports); a report beside or above its manager gets a
 * straight line instead of an elbow.
 */
export interface LaidOutChart {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export interface LaidOutNode {
  /** Unique within the chart; edges refer to it. */
  id: string;
  title: string;
  /** The person in the role; ignored when `vacant`. */
  holder?: string;
  vacant: boolean;
  interim: boolean;
  /** Short role label such as "CIO" or "CIO + CTO". */
  roleBadge?: string;
  /** The most severe finding on this position, for its marker. */
  severity?: DeckSeverity;
  /** How the position differs from the baseline option, for its highlight. */
  change?: DeckChange;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  /** Id of the manager. */
  from: string;
  /** Id of the report. */
  to: string;
  /** A dotted (functional) line rather than the solid reporting line. */
  dotted: boolean;
}
