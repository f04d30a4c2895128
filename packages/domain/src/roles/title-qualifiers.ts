// The words around a role in a title that qualify it: interim, deputy, someone else's, scope,
// founder and filler words. The role phrases themselves are in title-aliases.ts.

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
  'Konst.',
  'Tf.',
  'Tilforordnet',
  'Fungerend',
  'Midlertidig',
  'Midlertidige',
  'Tijdelijk',
  'Tijdelijke',
  'Temporary',
  'Caretaker',
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
  'Plv.',
  'Loco',
  'Pro',
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
