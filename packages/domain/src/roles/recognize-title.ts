import type { Sector } from '../chart/sectors.js';
import { getRole } from './catalogue.js';
import { TypoCorrector } from './correct-typos.js';
import {
  appendBreak,
  HARD_BREAK,
  isBreak,
  normalizeTitle,
  tokenizeTitle,
} from './normalize-title.js';
import type { RoleId } from './role-ids.js';
import { sectorHintWords } from './sector-hints.js';
import {
  abbreviatedRankEndings,
  ambiguousAbbreviations,
  compoundPrefixes,
  governanceEndings,
  investmentWords,
  wordForms,
} from './title-aliases.js';
import {
  belongsTo,
  companyWords,
  deputies,
  fillers,
  founders,
  isConjunction,
  neutralWords,
  prepositions,
  remitWords,
  TitleReader,
  unitWords,
} from './title-reader.js';
import { interimRoot, root, vocabulary, walk } from './title-trie.js';

/** Whether a title's holder leads the whole company (or group) or a unit of it. */
export type TitleScope = 'company' | 'unit';

/** How sure a reading is: `medium` after mending a typo, `low` where the title is ambiguous. */
export type Confidence = 'high' | 'medium' | 'low';

export interface TitleRecognition {
  readonly roles: readonly RoleId[];
  readonly interim: boolean;
  /** `unit` when the title names a unit it heads: "Finance Director North", "CEO Nederland". */
  readonly scope: TitleScope;
  /**
   * The roles the title names only as the head, director or VP of the function ("Head of
   * Finance", "Økonomichef"): in a chart they are the C-level role only when nothing above holds it.
   */
  readonly headOf: readonly RoleId[];
  readonly confidence: Confidence;
  /** Why: what the reading rests on, for people (the editor's inspector) and for rules. */
  readonly because: {
    /** The phrases that named the roles, as folded words ("finance director"). */
    readonly matched: readonly string[];
    /** The words that make it a unit's title ("north"). */
    readonly unit: readonly string[];
    /** Typos read as the word they miss ("cheif → chief"). */
    readonly corrected: readonly string[];
    /** A role the title may name but that is too uncertain to count, and why. */
    readonly uncertain?: { readonly roles: readonly RoleId[]; readonly why: string };
  };
  /** A member of an executive body without a role of ours ("Lid Raad van Bestuur", "Koncerndirektør"). */
  readonly executiveMember?: true;
  /** The sector a word of the title gives away ("Kommunaldirektør": public sector). */
  readonly sectorHint?: Sector;
}

export interface TitleContext {
  /** The company's sector: in an investment firm a bare "CIO" is the Chief Investment Officer. */
  sector?: Sector;
}

const knownWords = new Set([
  ...vocabulary,
  ...fillers,
  ...founders,
  ...deputies,
  ...belongsTo,
  ...prepositions,
  ...unitWords,
  ...companyWords,
  ...neutralWords,
  ...remitWords,
  ...sectorHintWords.keys(),
]);
let corrector: TypoCorrector | undefined;
const investment = new Set(investmentWords.flatMap((word) => normalizeTitle(word)));
const folds = new Map(Object.entries(wordForms));
const expansions = new Map(
  Object.entries(ambiguousAbbreviations).map(([short, long]) => [
    short,
    long.map((word) => normalizeTitle(word).join('')),
  ]),
);
const rankAbbreviations = Object.entries(abbreviatedRankEndings).map(([short, long]) => ({
  short,
  long: long.map((word) => normalizeTitle(word).join('')),
}));
const governance = governanceEndings.map((word) => normalizeTitle(word).join(''));
/** At most this many readings of a title with ambiguous abbreviations ("Fin. Dir."). */
const MAX_EXPANSIONS = 12;

/**
 * The title's tokens, once for each expansion of its ambiguous abbreviations ("Fin. Dir.",
 * "Økonomidir."): usually just the tokens.
 */
function expandAbbreviations(tokens: readonly string[]): string[][] {
  let variants: string[][] = [[]];
  for (const token of tokens) {
    let choices = expansions.get(token);
    if (choices === undefined) {
      const rank = rankAbbreviations.find(
        ({ short }) => token.length > short.length + 2 && token.endsWith(short),
      );
      choices = rank?.long.map((long) => token.slice(0, -rank.short.length) + long);
    }
    if (choices === undefined || variants.length * choices.length > MAX_EXPANSIONS) {
      for (const variant of variants) variant.push(token);
      continue;
    }
    variants = variants.flatMap((variant) => choices.map((choice) => [...variant, choice]));
  }
  return variants;
}

/** Inflected forms folded, compound prefixes and governing bodies split off, typos mended. */
function prepare(tokens: readonly string[], corrected: string[]): string[] {
  const words: string[] = [];
  for (let token of tokens) {
    token = folds.get(token) ?? token;
    // A word that says nothing of the role ("0,8 fte").
    if (token === '') continue;
    if (isBreak(token) || knownWords.has(token)) {
      words.push(token);
      continue;
    }
    // "Fondsbestyrelse", "Risikoudvalg", "Auditcommissie": a governing body with a subject.
    const body = governance.find(
      (ending) => token.length >= ending.length + 3 && token.endsWith(ending),
    );
    if (body !== undefined && !root.next.has(token)) {
      words.push(token.slice(0, -body.length), body);
      continue;
    }
    // "Vicedirektør" → "vice direktør", "Koncernøkonomidirektør" → "koncern økonomidirektør".
    const prefix = root.next.has(token)
      ? undefined
      : compoundPrefixes.find(
          (candidate) =>
            token.length >= candidate.length + 3 &&
            token.startsWith(candidate) &&
            vocabulary.has(token.slice(candidate.length)),
        );
    if (prefix !== undefined) {
      words.push(prefix, token.slice(prefix.length));
      continue;
    }
    corrector ??= new TypoCorrector(vocabulary);
    const mended = corrector.correct(token);
    if (mended !== undefined) corrected.push(`${token} → ${mended}`);
    words.push(mended ?? token);
  }
  return words;
}

/** The title without its interim qualifiers, and whether it had one. */
function withoutInterim(tokens: readonly string[]): { words: string[]; interim: boolean } {
  const words: string[] = [];
  let interim = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // "Head of Interim Management" and "Director of A.I." name a subject, not a qualifier.
    const subject = i > 0 && prepositions.has(tokens[i - 1]!);
    const qualifier = subject ? undefined : walk(interimRoot, tokens, i, false).best;
    if (qualifier !== undefined) {
      interim = true;
      i = qualifier.end;
      continue;
    }
    if (isBreak(token)) appendBreak(words, token);
    else words.push(token);
    i++;
  }
  if (words.length > 0 && isBreak(words[words.length - 1]!)) words.pop();
  return { words, interim };
}

/**
 * The words that make the title a unit's: a unit word anywhere ("Head of IT Nordics"), or a name
 * the recogniser does not know beside the role phrase ("CEO Nederland", "Head of Technology, Ocean").
 * Words joined by "and" widen the remit instead ("CFO and Head of Investor Relations"), and a
 * function beside the role names what it covers ("CIO, Group Technology").
 */
function unitQualifiers(words: readonly string[], taken: readonly boolean[], executive: boolean) {
  const unit: string[] = [];
  const first = taken.indexOf(true);
  const remit = remitParts(words, taken);
  let setApart = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (first >= 0 && k > first && isBreak(words[k - 1]!)) setApart = true;
    if (taken[k] || isConjunction(word) || companyWords.has(word)) continue;
    const isUnitWord = unitWords.has(word);
    const unknown =
      !isUnitWord &&
      !vocabulary.has(word) &&
      !neutralWords.has(word) &&
      !remitWords.has(word) &&
      !fillers.has(word) &&
      !founders.has(word) &&
      !deputies.has(word) &&
      !belongsTo.has(word) &&
      !prepositions.has(word) &&
      !/^\d+$/.test(word);
    // An unknown word before the role describes it ("Fractional CFO", "Medarbejdervalgt
    // bestyrelsesmedlem"); after it, it names what it heads: set apart by a break ("Head of
    // Engineering – Mobile", "IT-ansvarlig, Aarhus"), or right after an executive's title ("CEO
    // Nederland"; a manager's "IT Manager Support" names a remit).
    const afterRole = first >= 0 && first < k;
    const names = unknown && afterRole && (setApart || executive) && !isAbbreviation(words, k);
    if (!isUnitWord && !names) continue;
    if (!remit[k]) unit.push(word);
  }
  return unit;
}

/**
 * Which words belong to a part of the title joined to a role by "and" ("CFO and Head of Investor
 * Relations"), not to a qualifier after a break ("CEO, Corporate & Investment Bank"). From each
 * word, the nearest "and", role phrase or break before it decides; with none, the nearest after
 * it. Two passes, so that a long title costs no more than its length.
 */
function remitParts(words: readonly string[], taken: readonly boolean[]): boolean[] {
  const n = words.length;
  const remit = new Array<boolean>(n).fill(false);
  const after = new Array<boolean | undefined>(n);
  let next: boolean | undefined;
  for (let k = n - 1; k >= 0; k--) {
    after[k] = next;
    const word = words[k]!;
    if (word === 'and') next = true;
    else if (taken[k] || isBreak(word)) next = false;
  }
  // Before each word: the nearest stop's verdict, and whether a role phrase (rather than a break)
  // stands before an "and" with nothing between.
  let before: boolean | undefined;
  let roleBefore = true;
  for (let k = 0; k < n; k++) {
    remit[k] = before ?? after[k] ?? false;
    const word = words[k]!;
    if (word === 'and') before = roleBefore;
    else if (taken[k]) {
      before = false;
      roleBefore = true;
    } else if (isBreak(word)) {
      before = false;
      roleBefore = false;
    }
  }
  return remit;
}

/**
 * A short word alone between breaks spells out an abbreviation ("Informationssicherheits-
 * beauftragter (ISB)") or a gender mark ("(m/f/d)"), not a unit.
 */
function isAbbreviation(words: readonly string[], k: number): boolean {
  const word = words[k]!;
  if (word.length === 1) return true;
  const before = words[k - 1];
  const after = words[k + 1];
  return word.length <= 4 && before === HARD_BREAK && (after === undefined || isBreak(after));
}

/**
 * Recognises the canonical roles a title names, in English, Danish and Dutch, in the order the
 * title names them; whether it is held on an interim basis; whether it heads the company or a unit;
 * and why. A deputy, an assistant to or the office of a role is not that role. Linear in the length
 * of the title: each word starts a bounded number of walks through a trie of known phrases, a walk
 * is no longer than the longest phrase, and the neighbours a phrase is judged by are a few words
 * either side.
 */
export function recognizeTitle(title: string, context: TitleContext = {}): TitleRecognition {
  let reading = readings.get(title);
  if (reading === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear();
    reading = freeze(readTitle(title));
    readings.set(title, reading);
  }
  return inSector(reading, context.sector);
}

/**
 * Readings already made. A server validates the same titles request after request ("CEO", "Head
 * of IT"), and reading one is most of what checking a small chart costs; bounded, so that a stream
 * of unique titles cannot grow it without end. The readings are frozen: callers share them.
 */
const readings = new Map<string, TitleRecognition>();
const MAX_READINGS = 20_000;

function freeze(recognition: TitleRecognition): TitleRecognition {
  Object.freeze(recognition.roles);
  Object.freeze(recognition.headOf);
  Object.freeze(recognition.because.matched);
  Object.freeze(recognition.because.unit);
  Object.freeze(recognition.because.corrected);
  if (recognition.because.uncertain) Object.freeze(recognition.because.uncertain.roles);
  return Object.freeze(recognition);
}

/** What the title's words say, whatever the company. */
function readTitle(title: string): TitleRecognition {
  const variants = expandAbbreviations(tokenizeTitle(title));
  let best = readTokens(variants[0]!);
  for (let v = 1; v < variants.length; v++) {
    const reading = readTokens(variants[v]!);
    if (reading.roles.length > best.roles.length) best = reading;
  }
  return best;
}

function readTokens(tokens: readonly string[]): TitleRecognition {
  const corrected: string[] = [];
  const { words, interim } = withoutInterim(prepare(tokens, corrected));
  const reading = new TitleReader(words).read();
  const roles = reading.roles;

  let sectorHint: Sector | undefined;
  let aboutInvestment = false;
  for (const word of words) {
    sectorHint ??= sectorHintWords.get(word);
    if (investment.has(word)) aboutInvestment = true;
  }
  // "Investeringsdirektør (CIO)", "CIO, Equities": this CIO invests.
  if (aboutInvestment && reading.matched.includes('cio') && roles.includes('cio')) {
    roles.splice(roles.indexOf('cio'), 1);
    reading.matched.splice(reading.matched.indexOf('cio'), 1);
  }

  // Right after an executive's title a name is the business it runs ("CEO Nederland"); right
  // after a director's or manager's it is more often the remit ("IT Manager Support").
  const executive = reading.qualified || roles.some((role) => getRole(role).executive);
  const unit = unitQualifiers(words, reading.taken, executive);
  const uncertain = reading.uncertain && {
    roles: [...reading.uncertain.roles],
    why: reading.uncertain.why,
  };
  return {
    roles,
    interim,
    scope: unit.length > 0 || reading.unitHead ? 'unit' : 'company',
    headOf: reading.headOf.filter((role) => roles.includes(role)),
    confidence: confidenceOf(roles, uncertain !== undefined, corrected.length > 0),
    because: { matched: reading.matched, unit, corrected, ...(uncertain && { uncertain }) },
    ...(reading.member && roles.length === 0 && { executiveMember: true as const }),
    ...(sectorHint && { sectorHint }),
  };
}

function confidenceOf(
  roles: readonly RoleId[],
  uncertain: boolean,
  corrected: boolean,
): Confidence {
  if (uncertain && roles.length === 0) return 'low';
  return corrected && roles.length > 0 ? 'medium' : 'high';
}

/**
 * The reading in a company of this sector: in an investment firm a bare "CIO" is the Chief
 * Investment Officer, too uncertain to read as the information officer.
 */
export function inSector(
  recognition: TitleRecognition,
  sector: Sector | undefined,
): TitleRecognition {
  if (
    sector !== 'investment-management' ||
    !recognition.roles.includes('cio') ||
    !recognition.because.matched.includes('cio')
  ) {
    return recognition;
  }
  const roles = recognition.roles.filter((role) => role !== 'cio');
  const uncertain = {
    roles: ['cio'] as RoleId[],
    why: 'in an investment firm “CIO” usually means the Chief Investment Officer',
  };
  return {
    ...recognition,
    roles,
    headOf: recognition.headOf.filter((role) => role !== 'cio'),
    confidence: confidenceOf(roles, true, recognition.because.corrected.length > 0),
    because: { ...recognition.because, uncertain },
  };
}
