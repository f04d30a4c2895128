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
      'Board of Governors',
      'Governing Body',
      'Governing Board',
      'Trustees',
      'Council',
      'Full Council',
      'City Council',
      'County Council',
      'Leader of the Council',
      'Mayor',
      'Non-Executive Chair',
      'Chair of Trustees',
      'Vice Chair of Trustees',
      'Trust Chair',
      'Lead Independent Director',
      'Senior Independent Director',
      'Vice Chair',
      'Vice-Chair',
      'Vice Chairman',
      'Deputy Chair',
      'Vice Chair of the Board',
      'Chair of Governors',
      'Council of Governors',
      'Trust Board',
      'University Council',
      'University Court',
      'Gesellschafterversammlung',
      'Audit Committee',
      'Cabinet',
      'Aufsichtsrat',
      'Vorsitzender des Aufsichtsrats',
      'Verwaltungsrat',
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
      'Byråd',
      'Byrådet',
      'Kommunalbestyrelse',
      'Kommunalbestyrelsen',
      'Borgmester',
      'Borgmesteren',
      'Økonomiudvalg',
      'Økonomiudvalget',
      'Regionsråd',
      'Regionsrådet',
      'Regionsrådsformand',
      'Repræsentantskab',
      'Repræsentantskabet',
      'Generalforsamling',
      'Generalforsamlingen',
      'Næstformand',
      'Næstformand for bestyrelsen',
      'Formand',
      'Udvalg',
      'Udvalget',
      'Formandskab',
      'Formandskabet',
      'Hovedbestyrelse',
      'Hovedbestyrelsen',
      'Landsformand',
      'Ejerkredsen',
      'Revisionsudvalg',
      'Revisionsudvalget',
      'Viceborgmester',
      'Rådmand',
      'Kommunalbestyrelsesmedlem',
      'Byrådsmedlem',
      'Udvalgsformand',
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
      'Voorzitter Raad van Toezicht',
      'Voorzitter RvT',
      'Lid Raad van Toezicht',
      'Lid RvC',
      'College van Burgemeester en Wethouders',
      'College van B&W',
      'College van B en W',
      'College B&W',
      'Burgemeester',
      'Wethouder',
      'Wethouders',
      'Gemeenteraad',
      'Gedeputeerde Staten',
      'Provinciale Staten',
      'Dagelijks Bestuur',
      'Algemeen Bestuur',
      'Bestuur',
      'Stichtingsbestuur',
      'Toezichthouder',
      'Lid van de Raad van Toezicht',
      'Algemene Ledenvergadering',
      'Ledenraad',
      'Gedeputeerde',
      'Commissie',
      'President-commissaris',
      'Auditcommissie',
      'Voorzitter',
      'Penningmeester',
      'Locoburgemeester',
      'Raadslid',
      'Commissaris van de Koning',
      'Dijkgraaf',
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
      'Group Chief Executive',
      'Chief Constable',
      'Permanent Secretary',
      'City Manager',
      'County Manager',
      'Town Manager',
      'Vice-Chancellor',
      'Vice Chancellor',
      'Managing Partner',
      'Director General',
      'Vorstandsvorsitzender',
      'Vorsitzender des Vorstands',
      'Sprecher des Vorstands',
      'Geschäftsführer',
      'Vorsitzender der Geschäftsführung',
    ],
    da: [
      'Administrerende direktør',
      'Adm. direktør',
      'Adm. dir.',
      'Topchef',
      'Koncernchef',
      'Direktør',
      'Kommunaldirektør',
      'Administrerende koncern direktør',
      'Adm. koncern direktør',
      'Kommunedirektør',
      'Ordførende direktør',
      'Generalsekretær',
      'Forstander',
      'Departementschef',
      'Styrelsesdirektør',
      'Rigspolitichef',
      'Politidirektør',
      'Stadsdirektør',
      'Regionsdirektør',
      'Hospitalsdirektør',
      'Sygehusdirektør',
      'Rektor',
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
      'Gemeentesecretaris',
      'Provinciesecretaris',
      'Voorzitter College van Bestuur',
      'Voorzitter van het College van Bestuur',
      'Voorzitter CvB',
      'Bestuurder',
      'Hoofddirecteur',
      'Ziekenhuisdirecteur',
      'Gemeente-secretaris',
      'Rector-bestuurder',
      'Secretaris-directeur',
      'Secretaris-generaal',
      'Korpschef',
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
      'Section 151 Officer',
      'S151 Officer',
      'Finanzvorstand',
      'Kaufmännischer Geschäftsführer',
      'Finance Director',
      'Financial Director',
      'VP Finance',
      'Head of Finance',
    ],
    da: [
      'Økonomidirektør',
      'Finansdirektør',
      'Økonomichef',
      'Finanschef',
      'Direktør for økonomi',
      'Økonomiansvarlig',
    ],
    nl: [
      'Financieel directeur',
      'Directeur financiën',
      'Hoofd financiën',
      'Financieel-economisch directeur',
    ],
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
    da: ['Informationsdirektør', 'IT-chef', 'IT-direktør', 'Direktør for IT', 'Chef for IT'],
    nl: [
      'Directeur informatiemanagement',
      'Hoofd IT-strategie',
      'Hoofd informatievoorziening',
      'Directeur informatievoorziening',
    ],
  },
  cto: {
    en: [
      'CTO',
      'Chief Technology Officer',
      'Chief Technical Officer',
      'Technical Director',
      'Technologievorstand',
      'Technischer Geschäftsführer',
    ],
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
      'Informationssicherheitsbeauftragter',
      'Head of Information Security',
    ],
    da: ['Informationssikkerhedschef', 'IT-sikkerhedschef'],
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
      'Personalvorstand',
      'Arbeitsdirektor',
    ],
    da: [
      'HR-direktør',
      'Personaledirektør',
      'HR-chef',
      'Personalechef',
      'HR-ansvarlig',
      'Personaleansvarlig',
    ],
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
    en: [
      'IT Director',
      'Director of IT',
      'Head of IT',
      'Head of IT Operations',
      'VP IT',
      'Leiter IT',
      'IT-Leiter',
      'Leiter Informationstechnik',
    ],
    da: ['Leder af IT'],
    nl: ['IT-directeur', 'Directeur IT', 'Hoofd IT', 'Hoofd ICT', 'Hoofd automatisering'],
  },
  'it-manager': {
    en: ['IT Manager', 'IT Operations Manager', 'IT Lead'],
    da: [
      'IT-leder',
      'IT-ansvarlig',
      'IT-driftschef',
      'IT-driftsleder',
      'Chef for IT-drift',
      'Afdelingsleder IT',
    ],
    nl: ['IT-manager', 'ICT-manager'],
  },
};

/** Titles that name two roles at once, in the order they name them. */
export const combinedTitles: ReadonlyArray<{ title: string; roles: readonly RoleId[] }> = [
  { title: 'CTIO', roles: ['cto', 'cio'] },
  { title: 'CITO', roles: ['cio', 'cto'] },
  { title: 'CPTO', roles: ['cpo', 'cto'] },
  { title: 'Chairman and CEO', roles: ['board', 'ceo'] },
  { title: 'Chairman and Chief Executive Officer', roles: ['board', 'ceo'] },
  { title: 'Chair and CEO', roles: ['board', 'ceo'] },
  { title: 'Chair and Chief Executive', roles: ['board', 'ceo'] },
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
  'Council',
  'Mayor',
  'Bestuur',
  'Bestuurder',
  'Rektor',
  'Regionsdirektør',
  'Formand',
  'Burgemeester',
  'Borgmester',
  'Geschäftsführer',
  'Voorzitter',
  'Penningmeester',
  'Cabinet',
  'Næstformand',
  'Generalsekretær',
  'Forstander',
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
  // An investment firm's CIO; a digital or data officer varies too much to be one of our roles.
  en: [
    'Chief Investment Officer',
    'Chief Digital Officer',
    'Chief Data Officer',
    // Boards that govern nothing: advice, or the executive team under another name.
    'Advisory Board',
    'Leadership Board',
    'Operating Board',
  ],
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
  cfo: {
    en: ['Finance', 'Financial'],
    da: ['Økonomi', 'Finans'],
    nl: ['Financiën', 'Financieel', 'FEZ'],
  },
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
    da: ['Informationssikkerhed(s)', 'IT-sikkerhed(s)', 'Cybersikkerhed(s)'],
    nl: ['Informatiebeveiliging'],
  },
  chro: {
    en: ['HR', 'Human Resources', 'People', 'Personnel', 'Workforce'],
    da: ['Personale'],
    nl: ['HRM', 'P&O', 'Personeel en Organisatie', 'Personeelszaken', 'Mens en Organisatie', 'M&O'],
  },
  cmo: { en: ['Marketing'], da: [], nl: [] },
  cpo: { en: ['Product', 'Product Management'], da: ['Produkt'], nl: ['Productmanagement'] },
  'general-counsel': {
    en: ['Legal', 'Legal Affairs', 'Law', 'Legal Services'],
    da: [],
    nl: ['Juridische Zaken'],
  },
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
    da: ['{}-direktør', 'direktør for {}', 'direktør {}', '{}-chef', 'chef for {}', 'leder af {}'],
    nl: ['{}-directeur', 'directeur {}', 'hoofd {}', 'afdelingshoofd {}'],
  },
  manager: {
    en: ['{} manager', 'manager {}', 'manager of {}', '{} lead'],
    da: ['{}-leder', '{}-ansvarlig'],
    nl: ['{}-manager', 'manager {}'],
  },
};

/**
 * Dutch names a department's head "manager" too ("Manager Financiën", "Financieel manager" head
 * finance in most Dutch firms); IT keeps its two levels, so "Manager IT" stays the IT manager.
 */
export const dutchManagerHeadPatterns: readonly string[] = [
  'manager {}',
  '{}-manager',
  '{} manager',
];

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

/**
 * Aliases that name the head, director or VP of a function rather than the C-level role itself
 * (besides the generated department titles, which all do): such a title holds the C-level role only
 * when nothing above it holds the role (ChartAnalysis). "Finance Director" is the CFO of many UK
 * companies, but a finance director under the CFO is a department head; a bare "Direktør" runs a
 * small company, or a department under the administrerende direktør.
 */
export const headLevelAliases: readonly string[] = [
  'Managing Director',
  'MD',
  'President',
  'Executive Director',
  'General Manager',
  'City Manager',
  'County Manager',
  'Town Manager',
  'Managing Partner',
  'Director General',
  'Direktør',
  'Regionsdirektør',
  'Rektor',
  'Directeur',
  'Bestuurder',
  'Generalsekretær',
  'Forstander',
  'Rector-bestuurder',
  'Politidirektør',
  'Permanent Secretary',
  'Chief Constable',
  'HR-ansvarlig',
  'Personaleansvarlig',
  'Økonomiansvarlig',
  'Geschäftsführer',
  'Director of Operations',
  'Finance Director',
  'Financial Director',
  'VP Finance',
  'Head of Finance',
  'Økonomichef',
  'Finanschef',
  'Hoofd financiën',
  'Global Head of IT',
  'IT-chef',
  'Chef for IT',
  'Hoofd IT-strategie',
  'Hoofd informatievoorziening',
  'Technical Director',
  'Teknologichef',
  'Teknisk chef',
  'Head of Information Security',
  'Informationssikkerhedschef',
  'IT-sikkerhedschef',
  'Sikkerhedschef',
  'Hoofd informatiebeveiliging',
  'HR Director',
  'Head of People',
  'HR-chef',
  'Personalechef',
  'Hoofd P&O',
  'Hoofd HR',
  'Marketing Director',
  'VP Marketing',
  'Marketingchef',
  'Hoofd marketing',
  'VP Product',
  'Head of Product',
  'Head of Product Management',
  'Hoofd product',
  'Head of Legal',
  'Legal Director',
  'Juridisk chef',
  'Chefjurist',
  'Hoofd juridische zaken',
  // A Dutch "directeur <function>" heads a directorate, under the directie as often as in it.
  'Directeur financiën',
  'Directeur operaties',
  'Directeur bedrijfsvoering',
  'Directeur technologie',
  'Directeur techniek',
  'Directeur HRM',
  'Directeur P&O',
  'Directeur marketing',
  'Directeur juridische zaken',
  'Directeur informatiemanagement',
  'Directeur informatievoorziening',
  'Directeur informatiebeveiliging',
  'Directeur product',
];

/**
 * Titles too ambiguous to read as a role with confidence: the role they may name and why. Rules
 * ignore the role; the editor shows it as a possibility to confirm.
 */
export const uncertainAliases: ReadonlyArray<{
  title: string;
  roles: readonly RoleId[];
  why: string;
}> = [
  {
    title: 'Informationschef',
    roles: ['cio'],
    why: 'a Danish informationschef is as often the head of communications as the CIO',
  },
];

/**
 * Words that make "CIO" the Chief Investment Officer: "Investeringsdirektør (CIO)", "CIO,
 * Equities". In an investment firm (company sector "investment-management") a bare "CIO" is read
 * the same way.
 */
export const investmentWords: readonly string[] = [
  'investment',
  'investments',
  'investing',
  'investering',
  'investeringer',
  'investeringsdirektør',
  'investeringschef',
  'beleggingen',
  'belegging',
  'beleggingsdirecteur',
  'vermogensbeheer',
  'equities',
  'equity',
  'portfolio',
  'portefølje',
  'asset',
  'assets',
  'kapitalforvaltning',
];

/** Inflected and female forms, folded to the form the aliases use: "Financieel directrice". */
export const wordForms: Readonly<Record<string, string>> = {
  directrice: 'directeur',
  directrices: 'directeuren',
  voorzitster: 'voorzitter',
  bestuurster: 'bestuurder',
  direktorin: 'direktor',
  vorsitzende: 'vorsitzender',
  geschaftsfuhrerin: 'geschaftsfuhrer',
  chairlady: 'chairwoman',
  forkvinde: 'formand',
  bestyrelsesforkvinde: 'bestyrelsesformand',
  alg: 'algemeen',
  vz: 'voorzitter',
  voorz: 'voorzitter',
  hd: 'head',
  hfd: 'hoofd',
  mgr: 'manager',
  exec: 'executive',
  mgmt: 'management',
  ops: 'operations',
  tech: 'technology',
  info: 'information',
  mktg: 'marketing',
  pres: 'president',
  asst: 'assistant',
  fte: '',
};

/**
 * Abbreviations whose expansion depends on the language of the title: "Fin. Dir." is a finance
 * director, "Fin. directeur" a financieel directeur, "Økonomidir." an økonomidirektør. Each
 * expansion is read, and the reading that finds the most roles wins.
 */
export const ambiguousAbbreviations: Readonly<Record<string, readonly string[]>> = {
  dir: ['director', 'direktør', 'directeur'],
  fin: ['finance', 'financieel'],
};

/** A compound's abbreviated rank ("Økonomidir.", "Teknisk dir."), as the ending it stands for. */
export const abbreviatedRankEndings: Readonly<Record<string, readonly string[]>> = {
  dir: ['direktør', 'directeur'],
};

/** Governing bodies written as compounds ("Fondsbestyrelse", "Risikoudvalg", "Auditcommissie"). */
export const governanceEndings: readonly string[] = [
  'bestyrelse',
  'bestyrelsen',
  'udvalg',
  'udvalget',
  'commissie',
];

/**
 * Titles that head a unit by what they are, whatever words stand beside them: a country manager or
 * a divisional director runs a part of the company as its chief executive.
 */
export const unitHeadTitles: TitleAliases = {
  en: [
    'Country Manager',
    'Country Director',
    'Country Head',
    'Regional Director',
    'Regional Managing Director',
    'Divisional Director',
    'Division President',
    'Divisional Managing Director',
  ],
  da: ['Divisionsdirektør', 'Områdedirektør', 'Landechef', 'Landedirektør'],
  nl: ['Regiodirecteur', 'Divisiedirecteur', 'Landendirecteur', 'Regiomanager'],
};

/**
 * Members of an executive body who hold no role of ours by title: a Dutch "Lid Raad van Bestuur",
 * a Danish "Koncerndirektør", a German "Vorstandsmitglied". They are executives all the same, so
 * an interim or vacant seat among them is reported (interim-executive, vacant-executive).
 */
export const executiveMemberTitles: TitleAliases = {
  en: [
    'Member of the Executive Board',
    'Executive Board Member',
    'Member of the Management Board',
    'Management Board Member',
    'Management Board',
    'Executive Committee Member',
    'Member of the Executive Committee',
    'Vorstandsmitglied',
    'Mitglied des Vorstands',
  ],
  // Written apart so that "Koncerndirektør, Økonomi" still splits into "koncern direktør, økonomi".
  da: ['Direktionsmedlem', 'Medlem af direktionen', 'Koncern direktør'],
  nl: [
    'Lid Raad van Bestuur',
    'Lid van de Raad van Bestuur',
    'Lid RvB',
    'Lid College van Bestuur',
    'Lid van het College van Bestuur',
    'Lid CvB',
    'Lid directie',
    'Lid van de directie',
    'Lid directieteam',
  ],
};
