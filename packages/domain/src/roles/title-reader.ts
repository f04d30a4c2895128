import {
  AND,
  HARD_BREAK,
  isBreak,
  normalizeTitle,
  POSSESSIVE,
  SOFT_BREAK,
} from './normalize-title.js';
import type { RoleId } from './role-ids.js';
import {
  attachedNouns,
  belongsToMarkers,
  deputyMarkers,
  fillerWords,
  founderWords,
  rankDepartments,
  scopePrepositions,
} from './title-qualifiers.js';
import {
  companyScopeWords,
  functionWords,
  neutralScopeWords,
  rankWordsBesideRoles,
  unitScopeWords,
} from './title-scope.js';
import {
  departmentNameWords,
  rankEndings,
  root,
  type Terminal,
  type TrieNode,
  vocabulary,
  walk,
} from './title-trie.js';

const wordSet = (words: readonly string[]) =>
  new Set(words.flatMap((word) => normalizeTitle(word)));

export const fillers = wordSet(fillerWords);
export const unitWords = wordSet(unitScopeWords);
export const companyWords = wordSet(companyScopeWords);
const scopeNeutral = wordSet(neutralScopeWords);
/** Words beside a role that name no unit. */
export const neutralWords = new Set([...scopeNeutral, ...wordSet(rankWordsBesideRoles)]);
export const remitWords = wordSet(functionWords);
/** Words that may stand beside a department title without changing the department. */
const scope = new Set([...unitWords, ...companyWords, ...scopeNeutral]);
export const prepositions = wordSet(scopePrepositions);
export const founders = wordSet(founderWords);
export const deputies = wordSet(deputyMarkers);
export const belongsTo = wordSet(belongsToMarkers);
const attached = new Set([...wordSet(attachedNouns), POSSESSIVE]);

/** Words after "Managing Director" that make it a rank rather than the CEO. */
const rankDepartmentWords = new Set([...wordSet(rankDepartments), ...departmentNameWords.flat()]);

interface Hit {
  start: number;
  end: number;
  terminal: Terminal;
  /** Shares the words before it with the hit that precedes it ("Head of Finance and *HR*"). */
  sharesStartWith?: number;
  /** Shares the rank after it with the hit that follows it ("*Finance* and HR Director"). */
  sharesRank?: boolean;
}

type Negation = 'deputy' | 'belongsTo';

/** The most words beside a whole-title alias ("President, Aerospace Systems Division"). */
const MAX_BESIDE_WHOLE_TITLE = 8;

export const isConjunction = (word: string | undefined) =>
  word === AND || word === SOFT_BREAK || word === HARD_BREAK;

/** What a title's words say, read once. */
export interface TitleReading {
  /** The roles, in the order the title names them. */
  roles: RoleId[];
  /** Of those, the roles named only as the head of the function ("Head of Finance"). */
  headOf: RoleId[];
  /** The phrases that named a role, as folded words. */
  matched: string[];
  /** Each word's part: true where a role phrase (or a negated one) took it. */
  taken: boolean[];
  /** A role the title may name, too uncertain to read as one. */
  uncertain?: Terminal['uncertain'];
  /** Unit qualifiers that let a whole-title alias stand ("President, Aerospace"). */
  qualified: boolean;
  /** A phrase that heads a unit by what it is ("Country Manager"). */
  unitHead: boolean;
  /** A member of an executive body ("Lid Raad van Bestuur"). */
  member: boolean;
}

/** Reads the roles of a title whose interim qualifiers are gone. */
export class TitleReader {
  private readonly roles: RoleId[] = [];
  private readonly chief = new Set<RoleId>();
  private readonly rankLikeRoles: RoleId[] = [];
  private readonly matched: string[] = [];
  private readonly taken: boolean[];
  private uncertain: Terminal['uncertain'];
  private qualified = false;
  private unitHead = false;
  private member = false;
  /**
   * A negation that carries over the conjunction at `end`: "Assistant to the CEO and CFO" is neither,
   * and in "Deputy Finance and HR Director" the deputy's rank covers both departments.
   */
  private carry: { end: number; negation: Negation } | undefined;
  /** Where the last phrase read ended, whatever became of it. */
  private lastHitEnd = -1;
  /** Where the last negated phrase ended ("Deputy CIO"). */
  private lastNegatedEnd = -1;
  private readonly significant: number;

  constructor(private readonly words: readonly string[]) {
    let significant = 0;
    for (const word of words) if (this.isSignificant(word)) significant++;
    this.significant = significant;
    this.taken = new Array<boolean>(words.length).fill(false);
  }

  read(): TitleReading {
    const { words } = this;
    let i = 0;
    while (i < words.length) {
      if (isConjunction(words[i])) {
        i++;
        continue;
      }
      i = this.readAt(i);
    }
    if (this.roles.length === 0) for (const role of this.rankLikeRoles) this.add(role, false);
    // "Directeur Informatievoorziening & ICT": the CIO's remit includes running IT.
    if (this.roles.includes('cio')) {
      for (const it of ['it-director', 'it-manager'] as const) {
        const at = this.roles.indexOf(it);
        if (at >= 0) this.roles.splice(at, 1);
      }
    }
    return {
      roles: this.roles,
      headOf: this.roles.filter((role) => !this.chief.has(role)),
      matched: this.matched,
      taken: this.taken,
      uncertain: this.uncertain,
      qualified: this.qualified,
      unitHead: this.unitHead,
      member: this.member,
    };
  }

  /** Reads the phrase starting at `i`; returns where to go on. */
  private readAt(i: number): number {
    const { words } = this;
    const { best, stop, path } = walk(root, words, i);
    if (isConjunction(words[stop]) && stop > i && (best === undefined || best.end === stop)) {
      // "Finance and HR Director", "Chief Technology and Information Officer": the rank after
      // "and" also belongs to the words before it.
      const elided = best === undefined ? this.elidedRank(path.at(-1)!, stop) : undefined;
      const first: Hit | undefined = best
        ? { start: i, end: best.end, terminal: best.node.terminal! }
        : elided && { start: i, end: stop, terminal: elided, sharesRank: true };
      const verdict = first === undefined ? undefined : this.judge(first);
      // "Head of Finance, HR and IT": the words before the department also go with those after.
      const shared = this.readSharedPrefix(path.slice(1, -1), stop, i);
      if (shared !== undefined) return shared;
      if (first === undefined) return i + 1;
      if (best === undefined) return stop + 1;
      return verdict === 'rejected' ? i + 1 : best.end;
    }
    if (best === undefined) {
      // "Chief Digital and Technology Officer", "Head of Sales and Marketing": an unknown department
      // before "and" leaves the rank to the known one after it.
      for (let k = stop + 1; path.length > 1 && k <= stop + 3 && k < words.length; k++) {
        if (isConjunction(words[k])) return this.readSharedPrefix(path.slice(1), k, i) ?? i + 1;
      }
      return i + 1;
    }
    const terminal = best.node.terminal!;
    const verdict = this.judge({ start: i, end: best.end, terminal });
    // A member of the executive body may name a remit inside: "Koncerndirektør, Økonomi".
    return verdict === 'rejected' || terminal.member ? i + 1 : best.end;
  }

  /**
   * Reads the departments listed after the conjunction at `conjunction` as if each followed one of
   * `prefixes` (the deepest that fits); returns where the list ends, or undefined when none fits.
   */
  private readSharedPrefix(
    prefixes: readonly TrieNode[],
    conjunction: number,
    groupStart: number,
  ): number | undefined {
    let end: number | undefined;
    for (let k = conjunction; isConjunction(this.words[k]); ) {
      const hit = this.sharedPrefixHit(prefixes, k + 1, groupStart);
      if (hit === undefined) break;
      this.judge(hit);
      end = hit.end;
      k = hit.end;
    }
    return end;
  }

  /** The terminal a department node reaches with the rank word a little further on. */
  private elidedRank(node: TrieNode, conjunction: number): Terminal | undefined {
    const { words } = this;
    for (let k = conjunction + 1; k <= conjunction + 4 && k < words.length; k++) {
      const word = words[k]!;
      if (isBreak(word)) return undefined;
      const direct = node.next.get(word)?.terminal;
      if (direct !== undefined && direct.shape !== 'open') return direct;
      // "Økonomi- og administrationsdirektør": the rank is the end of a compound.
      const ending = rankEndings.find((end) => word.length > end.length && word.endsWith(end));
      const compound = ending === undefined ? undefined : node.next.get(ending)?.terminal;
      if (compound !== undefined) return compound;
    }
    return undefined;
  }

  /** A phrase after "and" read as if it followed one of `prefixes` (deepest first). */
  private sharedPrefixHit(prefixes: readonly TrieNode[], start: number, groupStart: number) {
    if (start >= this.words.length || isConjunction(this.words[start])) return undefined;
    for (let p = prefixes.length - 1; p >= 0; p--) {
      const { best } = walk(prefixes[p]!, this.words, start, false);
      if (best !== undefined && best.node.terminal!.roles.length > 0) {
        return { start, end: best.end, terminal: best.node.terminal!, sharesStartWith: groupStart };
      }
    }
    return undefined;
  }

  /** Adds the hit's roles unless its neighbours say otherwise. */
  private judge(hit: Hit): 'accepted' | 'negated' | 'rejected' {
    let negation = this.negation(hit) ?? (this.restatesNegated(hit) ? 'deputy' : undefined);
    // A vice-chair of the board ("Vicevoorzitter RvC", "Deputy Chair") still sits on it.
    if (negation === 'deputy' && hit.terminal.roles.includes('board')) negation = undefined;
    this.lastHitEnd = hit.end;
    if (negation !== undefined) {
      this.lastNegatedEnd = hit.end;
      if (negation === 'belongsTo' || hit.sharesRank) this.carry = { end: hit.end, negation };
      this.take(hit);
      return 'negated';
    }
    if (!this.fitsNeighbours(hit)) return 'rejected';
    this.take(hit);
    const { terminal } = hit;
    if (terminal.uncertain !== undefined) this.uncertain = terminal.uncertain;
    if (terminal.unit) this.unitHead = true;
    if (terminal.member) this.member = true;
    if (terminal.roles.length > 0) {
      this.matched.push(
        this.words
          .slice(hit.start, hit.end)
          .filter((w) => !isBreak(w))
          .join(' '),
      );
    }
    if (terminal.rankLike) {
      if (rankDepartmentWords.has(this.nextWord(hit.end) ?? '')) return 'rejected';
      for (const role of terminal.roles) {
        if (!this.rankLikeRoles.includes(role)) this.rankLikeRoles.push(role);
      }
      return 'accepted';
    }
    for (const role of terminal.roles) this.add(role, !terminal.head);
    return 'accepted';
  }

  /**
   * Whether the hit only restates, in brackets, a phrase just negated: "Deputy Chief Information
   * Officer (CIO)" is no more the CIO than "Deputy CIO".
   */
  private restatesNegated(hit: Hit): boolean {
    if (this.lastNegatedEnd < 0 || this.lastNegatedEnd >= hit.start) return false;
    if (this.words[hit.start - 1] !== HARD_BREAK) return false;
    for (let k = this.lastNegatedEnd; k < hit.start; k++)
      if (!isBreak(this.words[k]!)) return false;
    return true;
  }

  private take(hit: Hit): void {
    for (let k = hit.sharesStartWith ?? hit.start; k < hit.end; k++) this.taken[k] = true;
  }

  private add(role: RoleId, chief: boolean): void {
    if (!this.roles.includes(role)) this.roles.push(role);
    if (chief) this.chief.add(role);
  }

  /** Whether the words before the hit make the role someone else's. */
  private negation(hit: Hit): Negation | undefined {
    const { words } = this;
    // "Deputy Sales & Marketing Director": the deputy covers the whole list before the rank.
    const mayList = hit.terminal.shape === 'departmentFirst';
    let inList = false;
    for (let k = (hit.sharesStartWith ?? hit.start) - 1, skipped = 0; k >= 0 && skipped <= 4; k--) {
      const word = words[k]!;
      if (isConjunction(word)) {
        if (this.carry?.end === k) return this.carry.negation;
        if (word === HARD_BREAK) return undefined;
        if (word === AND) {
          if (!mayList || this.lastHitEnd === k) return undefined;
          inList = true;
        }
        // "Executive Assistant, CEO": a comma does not free the CEO from the assistant.
        skipped++;
        continue;
      }
      if (deputies.has(word)) return 'deputy';
      if (belongsTo.has(word)) return 'belongsTo';
      if (!inList && !fillers.has(word) && !scope.has(word)) return undefined;
      skipped++;
    }
    return undefined;
  }

  private fitsNeighbours(hit: Hit): boolean {
    const { words } = this;
    const { terminal } = hit;
    const after = words[hit.end];
    if (this.hasAttachedNoun(hit.end)) return false;
    if (terminal.wholeTitleOnly && !this.isWholeTitle(hit)) return false;
    if (terminal.shape === 'open' && after !== undefined && !this.mayFollowDepartment(after)) {
      return false;
    }
    if (terminal.shape === 'departmentFirst' && hit.sharesStartWith === undefined) {
      const before = words[hit.start - 1];
      if (before !== undefined && !this.mayPrecedeDepartment(before)) return false;
    }
    return true;
  }

  /** "CEO Office", "CEO's Executive Assistant": the title is about something of the role. */
  private hasAttachedNoun(end: number): boolean {
    for (let k = end; k < end + 3 && k < this.words.length; k++) {
      const word = this.words[k]!;
      if (attached.has(word)) return true;
      if (!scope.has(word) && !fillers.has(word)) return false;
    }
    return false;
  }

  private mayFollowDepartment(word: string): boolean {
    return isConjunction(word) || prepositions.has(word) || scope.has(word) || founders.has(word);
  }

  private mayPrecedeDepartment(word: string): boolean {
    return isConjunction(word) || scope.has(word) || fillers.has(word) || founders.has(word);
  }

  /**
   * Whether the hit is the whole title, apart from words that only name a unit: "Direktør",
   * "President, Aerospace" (a unit's head) and "Directeur Regio Noord" stand; "Salgsdirektør" and
   * "Direktør, Salg" do not.
   */
  private isWholeTitle(hit: Hit): boolean {
    let inside = 0;
    for (let k = hit.start; k < hit.end; k++) if (this.isSignificant(this.words[k]!)) inside++;
    if (inside === this.significant) return true;
    // A whole title has a few words beside the alias, not a paragraph: this bounds the look.
    if (this.significant - inside > MAX_BESIDE_WHOLE_TITLE) return false;
    // "Agency Board", "Acme Board": the organisation's own name before its governing body.
    const named = hit.terminal.roles.includes('board');
    let afterBreak = false;
    for (let k = 0; k < this.words.length; k++) {
      const word = this.words[k]!;
      if (k >= hit.start && k < hit.end) continue;
      if (isBreak(word)) {
        if (k >= hit.end) afterBreak = true;
        continue;
      }
      if (!this.isSignificant(word) || prepositions.has(word)) continue;
      if (unitWords.has(word)) continue;
      const unknown = !vocabulary.has(word) && !neutralWords.has(word) && !remitWords.has(word);
      if (named && k < hit.start && unknown) continue;
      if (afterBreak && !vocabulary.has(word) && !neutralWords.has(word) && !remitWords.has(word)) {
        continue;
      }
      return false;
    }
    this.qualified = true;
    return true;
  }

  private isSignificant(word: string): boolean {
    return !isConjunction(word) && !fillers.has(word) && !founders.has(word);
  }

  /** The first word after `end`, past breaks and "of"/"for" ("Managing Director, Sales"). */
  private nextWord(end: number): string | undefined {
    for (let k = end; k < this.words.length && k < end + 4; k++) {
      const word = this.words[k]!;
      if (isConjunction(word) || prepositions.has(word) || fillers.has(word)) continue;
      return word;
    }
    return undefined;
  }
}
