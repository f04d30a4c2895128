import type { RoleId } from './role-ids.js';

// The words `recognizeTitle` knows, by language. Everything here is written as people write it
// (capitals, diacritics, hyphens, "&"); the recogniser folds it as it folds titles, so "IT-chef"
// also matches "it chef", "itchef" and "IT Chef", and Danish "ø"/"å" also match "oe"/"aa".
// Sources per alias are in domain-knowledge.md §1.4 and §2.7.

export type TitleLanguage = 'en' | 'da' | 'nl';

/** Title variants by language. */
export interface TitleAliases {
  readonly en: readonly string[];
  readonly da: readonly string[];
  readonly nl: readonly string[];
}

/**
 * The titles recognised as each role, besides the department titles generated below. These are
 * matched as whole phrases, so "CFO" inside "CFO Office" or "Finance Director" inside "Product
 * Finance Director" is still judged by its neighbours (see recognize-title.ts).
 *
 * Decisions a reader may look for:
 * - "CPO" alone is the Chief Product Officer (the contract's `cpo`); "Chief People Officer" is the
 *   CHRO; "Chief Procurement Officer" and "Chief Privacy Officer" are no role of ours.
 * - "CDO" (Chief Data or Chief Digital Officer), "CSO" (Security, Strategy, Sales or Sustainability)
 *   and "CCO" are too ambiguous and name no role; spelled out, Chief Data/Digital Officer are no role
 *   of ours either. "CLO" is kept as the Chief Legal Officer, the usual meaning on an executive chart
 *   (not the Chief Learning Officer); "CMO" is marketing, not a hospital's medical officer.
 * - The head, director or VP of a department that has a C-level role holds that role: "Finance
 *   Director", "Head of Marketing", "VP People". Sources treat "Head of X" as level-ambiguous (C-level
 *   in a small company, a director in a large one); a chart that means otherwise sets `roles`. Its
 *   manager does not: "Finance Manager", "Marketing Manager", "Product Manager" are no role, and
 *   "Engineering Manager" is not the VP Engineering.
 * - IT is the exception with two levels: the IT director ("Head of IT") and the IT manager. "IT
 *   Project Manager", "IT Support Manager" and "IT Service Manager" run a part of IT and are neither.
 * - Danish "it-chef", "it-direktør" and "direktør for IT" are the CIO (Computerworld.dk uses "it-chef"
 *   for the CIO, EXT:34-36); English "Head of IT" and Dutch "IT-directeur", "directeur IT", "hoofd IT"
 *   are the IT director.
 * - "Technical Director", "Head of Technology" and "VP Technology" are the CTO, as Danish "teknisk
 *   direktør" and Dutch "technisch directeur" are (EXT:37).
 * - "President", "Executive Director" (a non-profit's chief executive), Danish "Direktør" and Dutch
 *   "Directeur" are the CEO only as the whole title; "Managing Director" is the CEO unless the title
 *   names a department (see rankLikeTitles).
 * - "Board Member" and "Non-Executive Director" are the board; "Board Secretary", "Secretary to the
 *   Board", "Board Advisor" and "Advisory Board" are not (an advisory board has no authority over the
 *   CEO); nor are Dutch "Raad van Bestuur" and "Executive Board", which are the executive team.
 * - "Chief Technologist" is often an individual contributor and is left out.
 */
export const titleAliases: Record<RoleId, TitleAliases> = {
  board: {
    en: [
      'Board of Directors',
      'Board',
      'Supervisory Board',
      'Board of Trustees',
      'Board Member',
      'Member of the Board',
      'Board Chair',
      'Chair of the Board',
      'Chairman of the Board',
      'Chairwoman of the Board',
      'Chairperson of the Board',
      'President of the Board',
      'Chair',
      'Chairman',
      'Chairwoman',
      'Chairperson',
      'Executive Chairman',
      'Non-Executive Director',
      'Owners',
      'Shareholders',
    ],
    da: [
      'Bestyrelse',
      'Bestyrelsen',
      'Bestyrelsesformand',
      'Bestyrelsesmedlem',
      'Formand for bestyrelsen',
      'Medlem af bestyrelsen',
      'Ejerkreds',
      'Ejere',
    ],
    nl: [
      'Raad van Commissarissen',
      'RvC',
      'Raad van Toezicht',
      'RvT',
      'Voorzitter Raad van Commissarissen',
      'Voorzitter RvC',
      'Voorzitter van de Raad van Commissarissen',
      'Lid van de Raad van Commissarissen',
      'Commissaris',
      'Aandeelhouders',
      'Algemene Vergadering van Aandeelhouders',
    ],
  },
  ceo: {
    en: [
      'CEO',
      'Chief Executive Officer',
      'Chief Executive',
      'Managing Director',
      'MD',
      'President',
      'Executive Director',
      'General Manager',
    ],
    da: [
      'Administrerende direktør',
      'Adm. direktør',
      'Adm. dir.',
      'Topchef',
      'Koncernchef',
      'Direktør',
    ],
    nl: [
      'Algemeen directeur',
      'Directeur',
      'Statutair directeur',
      'Directeur-grootaandeelhouder',
      'DGA',
      'Directeur-bestuurder',
      'President-directeur',
      'Voorzitter Raad van Bestuur',
      'Voorzitter RvB',
      'Voorzitter van de Raad van Bestuur',
      'Bestuursvoorzitter',
      'Voorzitter directie',
      'Voorzitter van de directie',
    ],
  },
  coo: {
    en: ['COO', 'Chief Operating Officer', 'Chief Operations Officer', 'Director of Operations'],
    da: ['Driftsdirektør', 'Operationsdirektør', 'Operationel direktør', 'Direktør for drift'],
    nl: ['Operationeel directeur', 'Directeur operaties', 'Directeur bedrijfsvoering'],
  },
  cfo: {
    en: [
      'CFO',
      'Chief Financial Officer',
      'Chief Finance Officer',
      'Finance Director',
      'Financial Director',
      'VP Finance',
      'Head of Finance',
    ],
    da: ['Økonomidirektør', 'Finansdirektør', 'Økonomichef', 'Finanschef', 'Direktør for økonomi'],
    nl: ['Financieel directeur', 'Directeur financiën', 'Hoofd financiën'],
  },
  cio: {
    en: [
      'CIO',
      'Chief Information Officer',
      'Chief Informatics Officer',
      'CDIO',
      'Chief Digital Information Officer',
      'Global Head of IT',
    ],
    da: [
      'Informationschef',
      'Informationsdirektør',
      'IT-chef',
      'IT-direktør',
      'Direktør for IT',
      'Chef for IT',
    ],
    nl: [
      'Directeur informatiemanagement',
      'Hoofd IT-strategie',
      'Hoofd informatievoorziening',
      'Directeur informatievoorziening',
    ],
  },
  cto: {
    en: ['CTO', 'Chief Technology Officer', 'Chief Technical Officer', 'Technical Director'],
    da: ['Teknologichef', 'Teknisk chef', 'Teknologidirektør', 'Teknisk direktør'],
    nl: ['Technisch directeur', 'Directeur technologie', 'Directeur techniek'],
  },
  ciso: {
    en: [
      'CISO',
      'vCISO',
      'Chief Information Security Officer',
      'Chief Security Officer',
      'Chief Cybersecurity Officer',
      'Chief Cyber Security Officer',
      'Head of Information Security',
    ],
    da: ['Informationssikkerhedschef', 'IT-sikkerhedschef', 'Sikkerhedschef'],
    nl: ['Hoofd informatiebeveiliging', 'Directeur informatiebeveiliging'],
  },
  chro: {
    en: [
      'CHRO',
      'Chief Human Resources Officer',
      'Chief HR Officer',
      'Chief People Officer',
      'Chief Personnel Officer',
      'HR Director',
      'Head of People',
    ],
    da: ['HR-direktør', 'Personaledirektør', 'HR-chef', 'Personalechef'],
    nl: ['HR-directeur', 'Directeur HRM', 'Directeur P&O', 'Hoofd P&O', 'Hoofd HR'],
  },
  cmo: {
    en: ['CMO', 'Chief Marketing Officer', 'Marketing Director', 'VP Marketing'],
    da: ['Marketingdirektør', 'Marketingchef'],
    nl: ['Marketingdirecteur', 'Directeur marketing', 'Hoofd marketing'],
  },
  cpo: {
    en: [
      'CPO',
      'Chief Product Officer',
      'VP Product',
      'Head of Product',
      'Head of Product Management',
    ],
    da: ['Produktdirektør'],
    nl: ['Productdirecteur', 'Directeur product', 'Hoofd product'],
  },
  'general-counsel': {
    en: [
      'General Counsel',
      'Chief Legal Officer',
      'CLO',
      'Chief Counsel',
      'Head of Legal',
      'Legal Director',
    ],
    da: ['Juridisk direktør', 'Juridisk chef', 'Chefjurist'],
    nl: ['Hoofd juridische zaken', 'Directeur juridische zaken', 'Juridisch directeur'],
  },
  'vp-engineering': {
    en: [
      'VP Engineering',
      'Vice President of Engineering',
      'VPE',
      'Head of Engineering',
      'Director of Engineering',
    ],
    da: ['Udviklingsdirektør', 'Udviklingschef'],
    nl: ['Hoofd ontwikkeling', 'Hoofd engineering', 'Directeur ontwikkeling'],
  },
  'it-director': {
    en: ['IT Director', 'Director of IT', 'Head of IT', 'Head of IT Operations', 'VP IT'],
    da: ['Leder af IT', 'IT-driftschef'],
    nl: ['IT-directeur', 'Directeur IT', 'Hoofd IT', 'Hoofd ICT', 'Hoofd automatisering'],
  },
  'it-manager': {
    en: ['IT Manager', 'IT Operations Manager', 'IT Lead'],
    da: ['IT-leder', 'IT-ansvarlig'],
    nl: ['IT-manager', 'ICT-manager', 'Teamleider IT'],
  },
};

/** Titles that name two roles at once, in the order they name them. */
export const combinedTitles: ReadonlyArray<{ title: string; roles: readonly RoleId[] }> = [
  { title: 'CTIO', roles: ['cto', 'cio'] },
  { title: 'CITO', roles: ['cio', 'cto'] },
];

/**
 * Aliases that name their role only when they are the whole title, apart from founder or owner
 * words ("Direktør og medejer"): a bare Danish "Direktør" or Dutch "Directeur" runs a small company,
 * but "Salgsdirektør", "Kommerciel direktør" and "Directeur Sales" do not; "Board" alone is the board
 * but "Executive Board" is not.
 */
export const wholeTitleOnly: readonly string[] = [
  'Board',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Owners',
  'Shareholders',
  'Ejere',
  'Commissaris',
  'Aandeelhouders',
  'MD',
  'President',
  'Executive Director',
  'General Manager',
  'Direktør',
  'Directeur',
];

/**
 * "Managing Director" is the CEO ("Managing Director, Acme Nordic") unless the title names a
 * department or another role: in banks and consultancies it is a rank ("Managing Director, Sales
 * EMEA" is no role, "Managing Director, Head of Technology" the CTO, "Managing Director, Finance"
 * the CFO, read as "Director, Finance").
 */
export const rankLikeTitles: readonly string[] = ['Managing Director'];

/** Look-alikes that are no role; they block the department titles generated below. */
export const notRoleTitles: TitleAliases = {
  en: [],
  // "Produktchef" is a product manager (domain-knowledge.md §2.7); "driftschef" an operations manager.
  da: ['Produktchef', 'Product-chef', 'Driftschef', 'Operationschef'],
  nl: [],
};

/**
 * Department names by language. Danish compounds mark the linking "s" as "(s)": "udvikling(s)"
 * gives "udviklingsdirektør" and "direktør for udvikling".
 */
export type DepartmentNames = TitleAliases;

/** Departments whose head (director, head, VP, direktør, chef, directeur, hoofd) holds the role. */
export const departmentHeads: Readonly<Partial<Record<RoleId, DepartmentNames>>> = {
  coo: { en: ['Operations'], da: [], nl: ['Operaties', 'Bedrijfsvoering'] },
  cfo: { en: ['Finance', 'Financial'], da: ['Økonomi', 'Finans'], nl: ['Financiën'] },
  cto: { en: ['Technology'], da: ['Teknologi'], nl: ['Technologie', 'Techniek'] },
  ciso: {
    en: [
      'Information Security',
      'InfoSec',
      'Security',
      'Cyber Security',
      'Cybersecurity',
      'IT Security',
    ],
    da: ['Informationssikkerhed(s)', 'IT-sikkerhed(s)', 'Sikkerhed(s)', 'Cybersikkerhed(s)'],
    nl: ['Informatiebeveiliging'],
  },
  chro: {
    en: ['HR', 'Human Resources', 'People', 'Personnel'],
    da: ['Personale'],
    nl: ['HRM', 'P&O', 'Personeel en Organisatie', 'Personeelszaken'],
  },
  cmo: { en: ['Marketing'], da: [], nl: [] },
  cpo: { en: ['Product', 'Product Management'], da: ['Produkt'], nl: [] },
  'general-counsel': { en: ['Legal', 'Legal Affairs'], da: [], nl: ['Juridische Zaken'] },
  'vp-engineering': {
    en: [
      'Engineering',
      'Eng',
      'Software Engineering',
      'Software Development',
      'Product Engineering',
    ],
    da: ['Udvikling(s)', 'Softwareudvikling(s)'],
    nl: ['Ontwikkeling', 'Softwareontwikkeling'],
  },
  'it-director': {
    en: ['IT', 'ICT', 'Information Technology', 'Information Systems', 'IT Operations'],
    da: [],
    nl: ['Automatisering'],
  },
};

/** Departments whose manager (manager, lead, leder, teamleider) holds the role. */
export const departmentManagers: Readonly<Partial<Record<RoleId, DepartmentNames>>> = {
  'it-manager': {
    en: ['IT', 'ICT', 'Information Technology', 'IT Operations'],
    da: [],
    nl: ['Automatisering'],
  },
};

/**
 * How each language names the head and the manager of a department; "{}" is the department. The
 * Danish and Dutch patterns also take the English department names ("HR-direktør", "Directeur
 * Finance", "Hoofd Engineering"). A pattern that starts with "{}-" is a compound: "IT-chef",
 * "itchef" and "IT chef" all match it.
 */
export const departmentTitlePatterns: Record<
  'head' | 'manager',
  Record<TitleLanguage, readonly string[]>
> = {
  head: {
    en: [
      'head of {}',
      'head {}',
      '{} head',
      'director of {}',
      'director for {}',
      'director {}',
      '{} director',
      'VP {}',
      'VP of {}',
      'V.P. {}',
      '{} VP',
      'Vice President {}',
      'Vice President of {}',
      '{} Vice President',
      'SVP {}',
      'SVP of {}',
      'EVP {}',
      'EVP of {}',
    ],
    da: ['{}-direktør', 'direktør for {}', '{}-chef', 'chef for {}', 'leder af {}'],
    nl: ['{}-directeur', 'directeur {}', 'hoofd {}'],
  },
  manager: {
    en: ['{} manager', 'manager {}', 'manager of {}', '{} lead'],
    da: ['{}-leder', '{}-ansvarlig'],
    nl: ['{}-manager', 'manager {}', 'teamleider {}'],
  },
};

/** Compound endings that hold the rank: "økonomi|direktør", "marketing|directeur", "it|chef". */
export const compoundRankEndings: readonly string[] = [
  'direktør',
  'chef',
  'directeur',
  'leder',
  'ansvarlig',
  'manager',
];

/**
 * Words glued in front of a title ("Vicedirektør", "Koncernøkonomidirektør", "Vicepresident"),
 * split off when the rest is a word the recogniser knows.
 */
export const compoundPrefixes: readonly string[] = ['vice', 'koncern', 'under', 'groeps'];

// ---- Qualifiers ---------------------------------------------------------------------------------

/**
 * Words that make the title temporary without changing the role (contract §1). Kept in step with
 * rules/support/strip-interim-qualifiers.ts, which removes them from a title.
 */
export const interimQualifiers: readonly string[] = [
  'Interim',
  'Acting',
  'Ad interim',
  'a.i.',
  'Konstitueret',
  'Kst.',
  'Waarnemend',
  'Waarnemende',
  'Wnd.',
  'Fungerende',
  'Midlertidig',
  'Midlertidige',
  'Tijdelijk',
  'Tijdelijke',
  'Temporary',
];

/** A role right after one of these belongs to a deputy or a lower rank: "Deputy CIO" is not the CIO. */
export const deputyMarkers: readonly string[] = [
  'Deputy',
  'Vice',
  'Assistant',
  'Assistent',
  'Assisterende',
  'Associate',
  'Adjunct',
  'Plaatsvervangend',
  'Plaatsvervangende',
  'Stedfortrædende',
  'Stedfortræder',
  'Souschef',
  'Sous',
  'Under',
  'Field',
  'Former',
  'Ex',
  'Tidligere',
  'Voormalig',
  'Voormalige',
];

/**
 * A role after one of these belongs to someone else: "Assistant to the CEO", "Office of the CFO",
 * "Chief of Staff to the CTO", "Rådgiver for direktøren", "Secretaresse van de directeur". The
 * negation carries over "and": "Assistant to the CEO and CFO" is neither.
 */
export const belongsToMarkers: readonly string[] = [
  'to',
  'of',
  'for',
  'til',
  'af',
  'hos',
  'voor',
  'van',
  'aan',
  'bij',
  'Office',
  'Staff',
  'Secretary',
  'PA',
  'EA',
  'Advisor',
  'Adviser',
];

/** Nouns that, right after a role, make the title about something of that role: "CEO Office". */
export const attachedNouns: readonly string[] = [
  'Assistant',
  'Assistants',
  'Assistent',
  'Office',
  'Kontor',
  'Kantoor',
  'Staff',
  'Advisor',
  'Adviser',
  'Adviseur',
  'Raadgever',
  'Rådgiver',
  'Support',
  'Secretary',
  'Secretariat',
  'Secretariaat',
  'Secretaris',
  'Secretaresse',
  'Sekretær',
  'Sekretariat',
  'PA',
  'EA',
  'Delegate',
  'Liaison',
  'Council',
  'Forum',
  'Committee',
  'Observer',
  'Candidate',
  'Intern',
  'Trainee',
  'Apprentice',
  'Aide',
  'Program',
  'Programme',
  'Project',
  'Communications',
];

/**
 * Scope words: they may stand before a department title ("Group Finance Director") or after one
 * ("Head of IT Nordics") without changing the department.
 */
export const scopeWords: readonly string[] = [
  'senior',
  'sr',
  'snr',
  'executive',
  'joint',
  'co',
  'group',
  'global',
  'regional',
  'international',
  'worldwide',
  'divisional',
  'division',
  'country',
  'national',
  'local',
  'site',
  'koncern',
  'concern',
  'groep',
  'emea',
  'apac',
  'amer',
  'americas',
  'latam',
  'mea',
  'cee',
  'dach',
  'benelux',
  'nordic',
  'nordics',
  'norden',
  'europe',
  'european',
  'eu',
  'asia',
  'africa',
  'uk',
  'us',
  'usa',
  'na',
  'north',
  'south',
  'east',
  'west',
  'central',
  'denmark',
  'danmark',
  'netherlands',
  'nederland',
  'holland',
  'sweden',
  'sverige',
  'norway',
  'norge',
  'finland',
  'germany',
  'deutschland',
  'france',
  'belgium',
  'belgie',
];

/** Prepositions that may follow a department title: "Head of IT for the Nordics". */
export const scopePrepositions: readonly string[] = [
  'for',
  'at',
  'in',
  'of',
  'across',
  'within',
  'i',
  'hos',
  'til',
  'af',
  'bij',
  'voor',
  'van',
  'op',
];

/** Words a title may add to a whole-title alias without changing it: "Direktør og medejer". */
export const founderWords: readonly string[] = [
  'Founder',
  'Co-founder',
  'Cofounder',
  'Owner',
  'Co-owner',
  'Partner',
  'Shareholder',
  'Stifter',
  'Medstifter',
  'Grundlægger',
  'Medgrundlægger',
  'Ejer',
  'Medejer',
  'Indehaver',
  'Partner',
  'Anpartshaver',
  'Oprichter',
  'Medeoprichter',
  'Mede-oprichter',
  'Eigenaar',
  'Mede-eigenaar',
  'Aandeelhouder',
  'Vennoot',
];

/** Words skipped when looking for what stands before a role ("assistant to *the* CEO"). */
export const fillerWords: readonly string[] = ['the', 'a', 'an', 'de', 'het', 'den', 'det', 'our'];

/**
 * Departments that make "Managing Director" a rank rather than the CEO: every department above and
 * the usual banking and consulting ones.
 */
export const rankDepartments: readonly string[] = [
  'Sales',
  'Commercial',
  'Business',
  'Investment',
  'Banking',
  'Research',
  'Equities',
  'Equity',
  'Markets',
  'Trading',
  'Wealth',
  'Asset',
  'Client',
  'Clients',
  'Customer',
  'Partnerships',
  'Consulting',
  'Advisory',
  'Strategy',
  'Risk',
  'Compliance',
  'Audit',
  'Tax',
  'Treasury',
  'Capital',
  'Credit',
  'Digital',
  'Data',
  'Salg',
  'Verkoop',
];
