import type { EvidenceId } from '../sources/catalogue.js';
import type { RoleId } from './role-ids.js';

/** board > CEO > C-level > VP/director > manager; `rank` orders them numerically. */
export type RoleLevel = 'board' | 'ceo' | 'c-level' | 'vp-director' | 'manager';

/**
 * INT internal (employees, processes), EXT external (customers, products, market), GOV governance and
 * assurance, OPS operational delivery, STRAT enterprise strategy (domain-knowledge.md §3a).
 */
export type RoleFocus = 'INT' | 'EXT' | 'GOV' | 'OPS' | 'STRAT';

export interface RoleDefinition {
  readonly id: RoleId;
  readonly name: string;
  /** The short form printed on badges and in messages ("CTO", "IT director"). */
  readonly shortName: string;
  readonly level: RoleLevel;
  /** 5 board, 4 CEO, 3 C-level, 2 VP/director, 1 manager. */
  readonly rank: number;
  /** The CEO and the C-level roles: the executive team. */
  readonly executive: boolean;
  /** A company normally has one holder of this role. */
  readonly unique: boolean;
  readonly focus: readonly RoleFocus[];
  /** The roles this one usually reports to, most frequent first. */
  readonly usualManagers: readonly RoleId[];
  readonly summary: string;
  readonly sources: readonly EvidenceId[];
}

const rankOf: Record<RoleLevel, number> = {
  board: 5,
  ceo: 4,
  'c-level': 3,
  'vp-director': 2,
  manager: 1,
};

function role(definition: Omit<RoleDefinition, 'rank' | 'executive'>): RoleDefinition {
  const rank = rankOf[definition.level];
  return { ...definition, rank, executive: rank === 3 || rank === 4 };
}

/** The role catalogue, in the contract's order. */
export const roleCatalogue: readonly RoleDefinition[] = [
  role({
    id: 'board',
    name: 'Board of directors',
    shortName: 'Board',
    level: 'board',
    unique: true,
    focus: ['GOV'],
    usualManagers: [],
    summary:
      'The governing body the CEO reports to: a board of directors, supervisory board or owners.',
    sources: ['S-R4', 'EXT:48', 'EXT:49'],
  }),
  role({
    id: 'ceo',
    name: 'Chief Executive Officer',
    shortName: 'CEO',
    level: 'ceo',
    unique: true,
    focus: ['STRAT'],
    usualManagers: ['board'],
    summary: 'Leads the organisation and owns its strategy and course; reports to the board.',
    sources: ['S-F15', 'S-F16', 'EXT:48', 'EXT:49'],
  }),
  role({
    id: 'coo',
    name: 'Chief Operating Officer',
    shortName: 'COO',
    level: 'c-level',
    unique: true,
    focus: ['OPS', 'INT'],
    usualManagers: ['ceo'],
    summary: "Runs day-to-day operations; traditionally the CEO's number two.",
    sources: ['S-F15', 'EXT:27'],
  }),
  role({
    id: 'cfo',
    name: 'Chief Financial Officer',
    shortName: 'CFO',
    level: 'c-level',
    unique: true,
    focus: ['INT', 'GOV'],
    usualManagers: ['ceo'],
    summary: 'Owns financial policy, finance and risk; virtually always reports to the CEO.',
    sources: ['S-F15', 'EXT:28'],
  }),
  role({
    id: 'cio',
    name: 'Chief Information Officer',
    shortName: 'CIO',
    level: 'c-level',
    unique: true,
    focus: ['INT', 'STRAT', 'GOV'],
    usualManagers: ['ceo', 'cfo', 'coo'],
    summary:
      'Owns IT strategy, governance, business systems and digital transformation (internal focus); reports to the CEO, often to the CFO (common in Denmark), sometimes to the COO.',
    sources: [
      'S-F1',
      'S-F2',
      'S-F4',
      'S-F9',
      'S-F14',
      'S-F15',
      'S-R5',
      'EXT:1',
      'EXT:34',
      'EXT:35',
      'EXT:36',
      'EXT:41',
    ],
  }),
  role({
    id: 'cto',
    name: 'Chief Technology Officer',
    shortName: 'CTO',
    level: 'c-level',
    unique: true,
    focus: ['EXT'],
    usualManagers: ['ceo', 'cio', 'coo'],
    summary:
      'Owns technology vision, product technology, engineering and R&D (external focus); reports to the CEO, or to the CIO where the CIO owns digital strategy.',
    sources: ['S-F1', 'S-F5', 'S-F6', 'S-F10', 'S-R1', 'S-R2', 'S-R6', 'EXT:3', 'EXT:21', 'EXT:37'],
  }),
  role({
    id: 'ciso',
    name: 'Chief Information Security Officer',
    shortName: 'CISO',
    level: 'c-level',
    unique: true,
    focus: ['GOV'],
    usualManagers: ['cio', 'ceo', 'cto', 'cfo', 'coo', 'general-counsel', 'board'],
    summary: 'Owns information-security risk; independence from the systems it assesses matters.',
    sources: ['EXT:4', 'EXT:5', 'EXT:6', 'EXT:7', 'EXT:8'],
  }),
  role({
    id: 'chro',
    name: 'Chief Human Resources Officer',
    shortName: 'CHRO',
    level: 'c-level',
    unique: true,
    focus: ['INT'],
    usualManagers: ['ceo', 'cfo', 'coo'],
    summary:
      'Owns people strategy (also titled Chief People Officer); usually reports to the CEO, otherwise to the CFO or COO.',
    sources: ['EXT:17', 'EXT:18'],
  }),
  role({
    id: 'cmo',
    name: 'Chief Marketing Officer',
    shortName: 'CMO',
    level: 'c-level',
    unique: true,
    focus: ['EXT'],
    usualManagers: ['ceo', 'coo'],
    summary:
      'Owns marketing; about half report to the CEO, the rest to a growth, customer or operations executive.',
    sources: ['EXT:25', 'EXT:26'],
  }),
  role({
    id: 'cpo',
    name: 'Chief Product Officer',
    shortName: 'CPO',
    level: 'c-level',
    unique: true,
    focus: ['EXT'],
    usualManagers: ['ceo', 'cto'],
    summary:
      'Owns the product; reports to the CEO, or to the CTO in early-stage technical companies.',
    sources: ['EXT:19', 'EXT:20'],
  }),
  role({
    id: 'general-counsel',
    name: 'General Counsel',
    shortName: 'General counsel',
    level: 'c-level',
    unique: true,
    focus: ['GOV'],
    usualManagers: ['ceo', 'cfo'],
    summary:
      'Leads legal (often compliance and the company secretariat); about 80% report to the CEO.',
    sources: ['EXT:16'],
  }),
  role({
    id: 'vp-engineering',
    name: 'VP Engineering',
    shortName: 'VP Engineering',
    level: 'vp-director',
    unique: false,
    focus: ['OPS'],
    usualManagers: ['cto', 'ceo'],
    summary: 'Runs engineering execution: teams, process and delivery; usually under the CTO.',
    sources: ['S-F11', 'S-F12', 'EXT:23', 'EXT:24'],
  }),
  role({
    id: 'it-director',
    name: 'IT director',
    shortName: 'IT director',
    level: 'vp-director',
    unique: false,
    focus: ['OPS', 'INT'],
    usualManagers: ['cio', 'ceo', 'cfo', 'coo'],
    summary:
      'Runs IT operations and delivery; reports to the CIO where there is one, otherwise to the CEO, CFO or COO.',
    sources: ['S-F11', 'S-F13', 'EXT:29', 'EXT:38', 'EXT:40'],
  }),
  role({
    id: 'it-manager',
    name: 'IT manager',
    shortName: 'IT manager',
    level: 'manager',
    unique: false,
    focus: ['OPS'],
    // A small company without a CIO may have its CTO run internal IT (S-R3).
    usualManagers: ['it-director', 'cio', 'ceo', 'cfo', 'coo', 'cto'],
    summary:
      'Runs the IT department day to day: network, support, systems administration; in a small company often the top IT role.',
    sources: ['S-F13', 'S-R3', 'EXT:38'],
  }),
];

const byId = new Map(roleCatalogue.map((definition) => [definition.id, definition]));

export function getRole(id: RoleId): RoleDefinition {
  return byId.get(id)!;
}
