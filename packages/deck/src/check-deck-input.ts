import { cleanText } from './clean-text.js';
import type {
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
import { type DeckLocale, deckLocales } from './messages/deck-messages.js';

/** Why a deck cannot be made, every problem at once, in words for the person exporting. */
export class DeckInputError extends Error {
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super(
      issues.length === 1
        ? `The deck cannot be made: ${issues[0]}`
        : `The deck cannot be made:\n- ${issues.join('\n- ')}`,
    );
    this.name = 'DeckInputError';
    this.issues = issues;
  }
}

const SEVERITIES: readonly DeckSeverity[] = ['error', 'warning', 'info'];
const CHANGES: readonly DeckChange[] = ['added', 'moved', 'retitled', 'reroled'];
/** Beyond this a coordinate is surely a bug, and arithmetic on it would lose all precision. */
const LIMIT = 1e9;
/** Problems reported per option: enough to see the pattern, not a wall of text. */
const ISSUES_PER_OPTION = 5;

/**
 * Checks a deck input from the app (or anything else) and returns it cleaned: text made safe
 * (cleanText), lists present, flags boolean. Throws a DeckInputError naming every problem the
 * deck cannot be drawn with: no options, no valid date, a position without a finite place or a
 * positive size, an unknown severity, change or language.
 */
export function checkDeckInput(input: unknown): DeckInput {
  const issues: string[] = [];
  if (!isObject(input)) throw new DeckInputError(['no deck was given.']);
  const date = input.date;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    issues.push('it has no valid date; give the day the deck is presented.');
  }
  const options = Array.isArray(input.options) ? input.options : [];
  if (options.length === 0) {
    issues.push('it has no options; add at least one, such as “Today”.');
  }
  if (input.locale !== undefined && !deckLocales.includes(input.locale as DeckLocale)) {
    issues.push(
      `it asks for the language “${cleanText(String(input.locale))}”; use ${deckLocales.join(', ')}.`,
    );
  }
  const checked = options.map((option, i) => checkOption(option, i, issues));
  if (issues.length > 0) throw new DeckInputError(issues);

  const deck: DeckInput = {
    title: cleanText(input.title),
    date: date as Date,
    options: checked,
  };
  const client = cleanText(input.client);
  if (client !== '') deck.client = client;
  if (input.locale !== undefined) deck.locale = input.locale as DeckLocale;
  if (isObject(input.comparison)) {
    const { title, baseline } = input.comparison;
    deck.comparison = {};
    if (cleanText(title) !== '') deck.comparison.title = cleanText(title);
    if (typeof baseline === 'number') deck.comparison.baseline = baseline;
  }
  return deck;
}

function checkOption(value: unknown, index: number, issues: string[]): OptionSlide {
  const option = isObject(value) ? value : {};
  const name = cleanText(option.name);
  const label = `option ${index + 1}${name === '' ? '' : ` (“${name}”)`}`;
  const own: string[] = [];
  if (!isObject(value)) own.push('is not an option.');
  if (!isObject(option.scorecard)) own.push('has no scorecard.');
  const chart = checkChart(option.chart, own);
  const findings = checkFindings(option.findings, own);
  for (const issue of own.slice(0, ISSUES_PER_OPTION)) issues.push(`${capital(label)} ${issue}`);
  if (own.length > ISSUES_PER_OPTION) {
    issues.push(
      `${capital(label)} has ${own.length - ISSUES_PER_OPTION} more problems like these.`,
    );
  }
  const checked: OptionSlide = {
    name,
    chart,
    scorecard: checkScorecard(option.scorecard),
    findings,
  };
  const rationale = cleanText(option.rationale);
  if (rationale !== '') checked.rationale = rationale;
  const delta = cleanText(option.findingDelta);
  if (delta !== '') checked.findingDelta = delta;
  return checked;
}

/** Figures as numbers; a missing or broken one shows as "–" rather than stopping the export. */
function checkScorecard(value: unknown): DeckScorecard {
  const card = isObject(value) ? value : {};
  const findings = isObject(card.findings) ? card.findings : {};
  const figure = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : Number.NaN);
  return {
    positions: figure(card.positions),
    layers: figure(card.layers),
    maxSpan: figure(card.maxSpan),
    meanSpan: figure(card.meanSpan),
    executiveTeam: card.executiveTeam === null ? null : figure(card.executiveTeam),
    vacancies: figure(card.vacancies),
    interim: figure(card.interim),
    findings: {
      errors: figure(findings.errors),
      warnings: figure(findings.warnings),
      infos: figure(findings.infos),
    },
  };
}

function checkChart(value: unknown, issues: string[]): LaidOutChart {
  if (!isObject(value) || !Array.isArray(value.nodes)) {
    issues.push('has no chart: give its laid-out positions, even an empty list.');
    return { nodes: [], edges: [] };
  }
  const nodes = value.nodes.map((node, i) => checkNode(node, i, issues));
  const edges: LaidOutEdge[] = [];
  if (Array.isArray(value.edges)) {
    for (const edge of value.edges) {
      if (!isObject(edge)) continue;
      edges.push({
        from: cleanText(edge.from),
        to: cleanText(edge.to),
        dotted: edge.dotted === true,
      });
    }
  }
  return { nodes, edges };
}

function checkNode(value: unknown, index: number, issues: string[]): LaidOutNode {
  const node = isObject(value) ? value : {};
  const id = cleanText(node.id);
  const label = `position ${index + 1}${id === '' ? '' : ` (“${id}”)`}`;
  const number = (key: 'x' | 'y' | 'width' | 'height', positive: boolean): number => {
    const n = node[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > LIMIT) {
      issues.push(`has ${label} without a usable ${key} (${String(n)}); the layout must place it.`);
      return 1;
    }
    if (positive && n <= 0) {
      issues.push(`has ${label} with a ${key} of ${n}; boxes need a positive size.`);
      return 1;
    }
    return n;
  };
  const checked: LaidOutNode = {
    id,
    title: cleanText(node.title),
    vacant: node.vacant === true,
    interim: node.interim === true,
    x: number('x', false),
    y: number('y', false),
    width: number('width', true),
    height: number('height', true),
  };
  const holder = cleanText(node.holder);
  if (holder !== '') checked.holder = holder;
  const badge = cleanText(node.roleBadge);
  if (badge !== '') checked.roleBadge = badge;
  if (node.severity !== undefined && node.severity !== null) {
    if (SEVERITIES.includes(node.severity as DeckSeverity)) {
      checked.severity = node.severity as DeckSeverity;
    } else {
      issues.push(
        `has ${label} with severity “${cleanText(node.severity)}”; use error, warning or info.`,
      );
    }
  }
  if (node.change !== undefined && node.change !== null) {
    if (CHANGES.includes(node.change as DeckChange)) checked.change = node.change as DeckChange;
    else {
      issues.push(
        `has ${label} with change “${cleanText(node.change)}”; use added, moved, retitled or reroled.`,
      );
    }
  }
  return checked;
}

function checkFindings(value: unknown, issues: string[]): DeckFinding[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push('has findings that are not a list.');
    return [];
  }
  const findings: DeckFinding[] = [];
  value.forEach((item, i) => {
    const finding = isObject(item) ? item : {};
    if (!SEVERITIES.includes(finding.severity as DeckSeverity)) {
      issues.push(
        `has finding ${i + 1} with severity “${cleanText(finding.severity)}”; use error, warning or info.`,
      );
      return;
    }
    findings.push({
      severity: finding.severity as DeckSeverity,
      message: cleanText(finding.message),
      ruleId: cleanText(finding.ruleId),
    });
  });
  return findings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
