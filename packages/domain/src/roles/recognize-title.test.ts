import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeTitle } from './recognize-title.js';
import { type RoleId, roleIds } from './role-ids.js';
import { departmentHeads, titleAliases, wholeTitleOnly } from './title-aliases.js';

type Case = readonly [title: string, roles: readonly RoleId[]];
type InterimCase = readonly [title: string, roles: readonly RoleId[], interim: boolean];

const english: Case[] = [
  ['Board of Directors', ['board']],
  ['Supervisory Board', ['board']],
  ['Board', ['board']],
  ['Chairman of the Board', ['board']],
  ['Member of the Board of Directors', ['board']],
  ['Non-Executive Director', ['board']],
  ['CEO', ['ceo']],
  ['Chief Executive Officer', ['ceo']],
  ['Group CEO', ['ceo']],
  ['Co-CEO', ['ceo']],
  ['CEO, Acme A/S', ['ceo']],
  ['Chief Executive, Acme', ['ceo']],
  ['Managing Director', ['ceo']],
  ['Managing Director, Acme Nordic', ['ceo']],
  ['President', ['ceo']],
  ['General Manager', ['ceo']],
  ['COO', ['coo']],
  ['Chief Operating Officer', ['coo']],
  ['Director of Operations', ['coo']],
  ['VP Operations', ['coo']],
  ['CFO', ['cfo']],
  ['Chief Financial Officer', ['cfo']],
  ['Finance Director', ['cfo']],
  ['Group Finance Director', ['cfo']],
  ['VP Finance', ['cfo']],
  ['Head of Finance', ['cfo']],
  ['CFO Nordics', ['cfo']],
  ['CIO', ['cio']],
  ['Chief Information Officer', ['cio']],
  ['Group CIO', ['cio']],
  ['Global Head of IT', ['cio']],
  ['CTO', ['cto']],
  ['Chief Technology Officer', ['cto']],
  ['Chief Technical Officer', ['cto']],
  ['Head of Technology', ['cto']],
  ['Technical Director', ['cto']],
  ['CISO', ['ciso']],
  ['Chief Information Security Officer', ['ciso']],
  ['Head of Information Security', ['ciso']],
  ['Director, Cyber Security', ['ciso']],
  ['IT Security Director', ['ciso']],
  ['vCISO', ['ciso']],
  ['CHRO', ['chro']],
  ['Chief People Officer', ['chro']],
  ['HR Director', ['chro']],
  ['Head of People & Culture', ['chro']],
  ['VP People', ['chro']],
  ['CMO', ['cmo']],
  ['Chief Marketing Officer', ['cmo']],
  ['Marketing Director', ['cmo']],
  ['Head of Marketing & Communications', ['cmo']],
  ['CPO', ['cpo']],
  ['Chief Product Officer', ['cpo']],
  ['VP Product', ['cpo']],
  ['Head of Product Management', ['cpo']],
  ['General Counsel', ['general-counsel']],
  ['Chief Legal Officer', ['general-counsel']],
  ['Head of Legal', ['general-counsel']],
  ['Group General Counsel & Company Secretary', ['general-counsel']],
  ['Senior Vice President, General Counsel and Secretary', ['general-counsel']],
  ['VP Engineering', ['vp-engineering']],
  ['VP, Engineering', ['vp-engineering']],
  ['Vice President of Engineering', ['vp-engineering']],
  ['Engineering VP', ['vp-engineering']],
  ['Head of Engineering', ['vp-engineering']],
  ['Director of Engineering, Platform', ['vp-engineering']],
  ['Sr. Director of Engineering', ['vp-engineering']],
  ['VP Engineering EMEA', ['vp-engineering']],
  ['VP of Product Engineering', ['vp-engineering']],
  ['Executive Director of Engineering', ['vp-engineering']],
  ['Co-Head of Engineering', ['vp-engineering']],
  ['IT Director', ['it-director']],
  ['Director, IT', ['it-director']],
  ['Head of IT', ['it-director']],
  ['Head of IT, EMEA', ['it-director']],
  ['Director of Information Technology', ['it-director']],
  ['IT Manager', ['it-manager']],
  ['Senior IT Manager', ['it-manager']],
  ['Manager, IT', ['it-manager']],
  ['IT Operations Manager', ['it-manager']],
];

const danish: Case[] = [
  ['Bestyrelsen', ['board']],
  ['Bestyrelsesformand', ['board']],
  ['Formand for bestyrelsen', ['board']],
  ['Administrerende direktør', ['ceo']],
  ['Adm. direktør', ['ceo']],
  ['Adm. dir.', ['ceo']],
  ['Direktør', ['ceo']],
  ['Direktør og medejer', ['ceo']],
  ['Koncernchef', ['ceo']],
  ['Driftsdirektør', ['coo']],
  ['Operationsdirektør', ['coo']],
  ['Økonomidirektør', ['cfo']],
  ['Økonomichef', ['cfo']],
  ['Finansdirektør', ['cfo']],
  ['Koncernøkonomidirektør', ['cfo']],
  ['Økonomi- og administrationsdirektør', ['cfo']],
  ['Informationschef (CIO)', ['cio']],
  ['IT-chef', ['cio']],
  ['IT-direktør', ['cio']],
  ['Direktør for IT', ['cio']],
  ['IT- og digitaliseringsdirektør', ['cio']],
  ['Teknologichef', ['cto']],
  ['Teknisk chef', ['cto']],
  ['Teknologidirektør', ['cto']],
  ['Teknisk direktør', ['cto']],
  ['Informationssikkerhedschef', ['ciso']],
  ['IT-sikkerhedschef', ['ciso']],
  ['HR-direktør', ['chro']],
  ['Personalechef', ['chro']],
  ['HR- og kommunikationschef', ['chro']],
  ['Marketingdirektør', ['cmo']],
  ['Salgs- og marketingdirektør', ['cmo']],
  ['Produktdirektør', ['cpo']],
  ['Juridisk direktør', ['general-counsel']],
  ['Chefjurist', ['general-counsel']],
  ['Udviklingsdirektør', ['vp-engineering']],
  ['Udviklingschef', ['vp-engineering']],
  ['Leder af IT', ['it-director']],
  ['IT-driftschef', ['it-manager']],
  ['IT-leder', ['it-manager']],
  ['IT-ansvarlig', ['it-manager']],
];

const dutch: Case[] = [
  ['Raad van Commissarissen', ['board']],
  ['Voorzitter RvC', ['board']],
  ['Lid van de Raad van Commissarissen', ['board']],
  ['Raad van Toezicht', ['board']],
  ['Algemeen directeur', ['ceo']],
  ['Directeur', ['ceo']],
  ['Directeur-eigenaar', ['ceo']],
  ['Directeur-grootaandeelhouder', ['ceo']],
  ['Voorzitter van de Raad van Bestuur', ['ceo']],
  ['Statutair directeur', ['ceo']],
  ['Operationeel directeur', ['coo']],
  ['Directeur Bedrijfsvoering', ['coo']],
  ['Financieel directeur', ['cfo']],
  ['Directeur Financiën', ['cfo']],
  ['Hoofd Financiën', ['cfo']],
  ['Directeur informatiemanagement', ['cio']],
  ['Hoofd IT-strategie', ['cio']],
  ['Hoofd Informatievoorziening', ['cio']],
  ['Technisch directeur', ['cto']],
  ['Directeur Technologie', ['cto']],
  ['Hoofd Informatiebeveiliging', ['ciso']],
  ['HR-directeur', ['chro']],
  ['Directeur P&O', ['chro']],
  ['Hoofd P&O', ['chro']],
  ['Marketingdirecteur', ['cmo']],
  ['Hoofd Marketing', ['cmo']],
  ['Productdirecteur', ['cpo']],
  ['Hoofd Product', ['cpo']],
  ['Hoofd Juridische Zaken', ['general-counsel']],
  ['Juridisch directeur', ['general-counsel']],
  ['Hoofd Ontwikkeling', ['vp-engineering']],
  ['Hoofd Engineering', ['vp-engineering']],
  ['IT-directeur', ['it-director']],
  ['Hoofd IT', ['it-director']],
  ['Directeur ICT en Innovatie', ['it-director']],
  ['Hoofd Automatisering', ['it-director']],
  ['IT-manager', ['it-manager']],
  ['ICT-manager', ['it-manager']],
  ['Teamleider IT', []],
];

/** Several roles in one title, in the order the title names them. */
const combined: Case[] = [
  ['CIO/CTO', ['cio', 'cto']],
  ['CTO / CIO', ['cto', 'cio']],
  ['CIO & CTO', ['cio', 'cto']],
  ['CTIO', ['cto', 'cio']],
  ['CITO', ['cio', 'cto']],
  ['Chief Technology & Information Officer', ['cto', 'cio']],
  ['Chief Information and Technology Officer', ['cio', 'cto']],
  ['Chief Financial & Operating Officer', ['cfo', 'coo']],
  ['Chief Product & Technology Officer', ['cpo', 'cto']],
  ['CEO & Founder', ['ceo']],
  ['Co-Founder & CEO', ['ceo']],
  ['CTO & co-founder', ['cto']],
  ['President & CEO', ['ceo']],
  ['Chairman & CEO', ['board', 'ceo']],
  ['CEO and CFO', ['ceo', 'cfo']],
  ['Head of Engineering & CTO', ['vp-engineering', 'cto']],
  ['Chief Financial Officer & Head of HR', ['cfo', 'chro']],
  ['Finance & HR Director', ['cfo', 'chro']],
  ['Head of Finance and HR', ['cfo', 'chro']],
  ['Head of IT & CISO', ['it-director', 'ciso']],
  ['Head of Finance, HR & IT', ['cfo', 'chro', 'it-director']],
  ['Directeur Financiën, HR en ICT', ['cfo', 'chro', 'it-director']],
  ['Financieel en operationeel directeur', ['cfo', 'coo']],
  ['Algemeen en financieel directeur', ['ceo', 'cfo']],
  ['Chief Digital & Technology Officer', ['cto']],
  ['Chief Digital & Information Officer', ['cio']],
  ['Managing Director & CFO', ['cfo']],
  ['Managing Director, Head of Technology', ['cto']],
  ['Deputy CEO & CFO', ['cfo']],
  ['Deputy CEO & Marketing Director', ['cmo']],
  ['Vice President, CFO', ['cfo']],
  ['Chief Operating Officer / Deputy CEO', ['coo']],
  ['Stedfortrædende adm. direktør og CFO', ['cfo']],
];

const qualifiers: InterimCase[] = [
  ['Interim CIO', ['cio'], true],
  ['Acting CFO', ['cfo'], true],
  ['Acting Head of Engineering', ['vp-engineering'], true],
  ['Interim-CFO', ['cfo'], true],
  ['CFO a.i.', ['cfo'], true],
  ['CFO ad interim', ['cfo'], true],
  ['IT Manager (interim)', ['it-manager'], true],
  ['Chief Technology Officer (Interim)', ['cto'], true],
  ['Interim CTO / CIO', ['cto', 'cio'], true],
  ['CEO & acting CFO', ['ceo', 'cfo'], true],
  ['Konstitueret adm. direktør', ['ceo'], true],
  ['Kst. økonomidirektør', ['cfo'], true],
  ['konstitueret direktør', ['ceo'], true],
  ['Waarnemend algemeen directeur', ['ceo'], true],
  ['Wnd. financieel directeur', ['cfo'], true],
  ['Algemeen directeur a.i.', ['ceo'], true],
  ['Fungerende CFO', ['cfo'], true],
  ['Tijdelijk CIO', ['cio'], true],
  ['Temporary CTO', ['cto'], true],
  ['Caretaker CEO', ['ceo'], true],
  ['Konst. direktør', ['ceo'], true],
  ['Tf. økonomidirektør', ['cfo'], true],
  ['Tilforordnet direktør', ['ceo'], true],
  ['Fungerend directeur', ['ceo'], true],
  ['Interim Manager', [], true],
  ['Acting Deputy CFO', [], true],
  // A qualifier after a preposition is the subject of the job, not its basis.
  ['Head of Interim Management', [], false],
  ['Director of A.I.', [], false],
  ['Head of AI', [], false],
];

/** Deputies, assistants, offices and look-alikes: not the role they mention. */
const notTheRole: Case[] = [
  ['Plv. CFO', []],
  ['Plv. directeur', []],
  ['Loco CEO', []],
  ['Pro-CEO', []],
  ['Sikkerhedschef', []],
  ['Chief Investment Officer', []],
  ['Deputy CIO', []],
  ['Deputy CEO', []],
  ['Vice CEO', []],
  ['Deputy General Counsel', []],
  ['Associate General Counsel', []],
  ['Associate Director, IT', []],
  ['Deputy Head of IT', []],
  ['Assistant IT Manager', []],
  ['Assistant Vice President, Engineering', []],
  ['Plaatsvervangend CIO', []],
  ['Plaatsvervangend directeur', []],
  ['Adjunct-directeur', []],
  ['Stedfortrædende direktør', []],
  ['Deputy Sales & Marketing Director', []],
  ['Deputy Finance & HR Director', []],
  ['Stedfortrædende salgs- og marketingdirektør', []],
  ['Assistant to the Finance and HR Director', []],
  ['Vicedirektør', []],
  ['Souschef', []],
  ['Field CTO', []],
  ['Executive Assistant to the CEO', []],
  ['EA to CEO & CFO', []],
  ['Executive Assistant, CEO', []],
  ["CEO's Executive Assistant", []],
  ['CEO Office Manager', []],
  ['PA to the Managing Director', []],
  ['Office of the CFO', []],
  ['Chief of Staff to the CTO', []],
  ['Chief of Staff', []],
  ['Head of the CEO Office', []],
  ["Chief Executive Officer's Office", []],
  ['Advisor to the CFO', []],
  ['Assistent for direktøren', []],
  ['Secretaresse van de directeur', []],
  ['Hoofd CIO-office', []],
  ['Directiesecretaresse', []],
  ['Direktionsassistent', []],
  ['Board Secretary', []],
  ['Secretary to the Board', []],
  ['Board Advisor', []],
  ['Advisory Board', []],
  ['Executive Board', []],
  ['Raad van Bestuur', []],
  ['Product Manager', []],
  ['Product Owner', []],
  ['Head of Product Marketing', []],
  ['Head of Product Design', []],
  ['Engineering Manager', []],
  ['Senior Engineering Manager', []],
  ['Head of Engineering Operations', []],
  ['Head of Platform Engineering', []],
  ['Principal Engineer', []],
  ['IT Project Manager', []],
  ['IT Support Manager', []],
  ['Head of IT Infrastructure', []],
  ['Finance Manager', []],
  ['Financial Controller', []],
  ['Head of Financial Planning & Analysis', []],
  ['Product Finance Director', []],
  ['Marketing Manager', []],
  ['Product Marketing Manager', []],
  ['Digital Marketing Director', []],
  ['Security Analyst', []],
  ['Security Officer', []],
  ['Information Security Manager', []],
  ['Head of Security Operations', []],
  ['HR Manager', []],
  ['HR Business Partner', []],
  ['Operations Manager', []],
  ['Legal Counsel', []],
  ['Company Secretary', []],
  ['CDO', []],
  ['Chief Data Officer', []],
  ['Chief Digital Officer', []],
  ['Chief Data & Analytics Officer', []],
  ['CSO', []],
  ['CCO', []],
  ['Chief Procurement Officer', []],
  ['Chief Privacy Officer', []],
  ['Chief Revenue Officer', []],
  ['Chief Medical Information Officer', []],
  ['Chief Technologist', []],
  ['Sales Director', []],
  ['Commercial Director', []],
  ['Business Development Director', []],
  ['Salgsdirektør', []],
  ['Kommerciel direktør', []],
  ['Koncerndirektør', []],
  ['Produktchef', []],
  ['Driftschef', []],
  ['Directeur Sales', []],
  ['Groepsdirecteur', []],
  ['Financieel Manager', ['cfo']],
  ['Manager Bedrijfsvoering', ['coo']],
  ['Managing Director, Sales EMEA', []],
  ['General Manager, Sales', []],
  ['Vice President', []],
  ['VP Sales', []],
  ['Head of Procurement', []],
  ['Chief Compliance Officer', []],
  ['Head of Internal Audit', []],
  ['Creative Director', []],
  ['Technical Lead', []],
  ['IT Security Officer', []],
  ['Director, Finance Transformation', []],
  ['Human Resources Manager', []],
  ['Regnskabschef', []],
  ['Salgschef', []],
  ['IT-projektleder', []],
  ['Hoofd Inkoop', []],
  ['Teamleider Financiën', []],
  ['Projectleider ICT', []],
  ['CISO-adviseur', []],
  ['Secretaris van de Raad van Bestuur', []],
  // A department's name on a box is not its head.
  ['IT', []],
  ['Finance', []],
  ['Engineering', []],
  ['Legal', []],
  ['Founder', []],
  ['Founder & Director', []],
  ['Owner', []],
];

/** Spelling does not matter: case, diacritics, punctuation, spacing and word order. */
const spelling: Case[] = [
  ['CHIEF FINANCIAL OFFICER', ['cfo']],
  ['  chief   financial   officer  ', ['cfo']],
  ['C.E.O.', ['ceo']],
  ['V.P. Engineering', ['vp-engineering']],
  ['VP-Engineering', ['vp-engineering']],
  ['Vice-President Engineering', ['vp-engineering']],
  ['Vicepresident Engineering', ['vp-engineering']],
  ['okonomidirektor', ['cfo']],
  ['ØKONOMIDIREKTØR', ['cfo']],
  ['Oekonomidirektoer', ['cfo']],
  ['teknisk direktor', ['cto']],
  ['itchef', ['cio']],
  ['It Chef', ['cio']],
  ['administrerende direktor', ['ceo']],
  ['Directeur Financien', ['cfo']],
  ['Engineering Director', ['vp-engineering']],
  ['Director of Engineering', ['vp-engineering']],
  ['Engineering, Director', ['vp-engineering']],
  ['Chief Information Officer (CIO)', ['cio']],
  ['CIO – Group IT', ['cio']],
  ['CEO | Founder', ['ceo']],
];

function expectRecognition(title: string, roles: readonly RoleId[], interim = false) {
  expect(recognizeTitle(title)).toMatchObject({ roles, interim });
}

describe('recognizeTitle', () => {
  describe('English titles', () => {
    it.each(english)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  describe('Danish titles', () => {
    it.each(danish)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  describe('Dutch titles', () => {
    it.each(dutch)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  describe('combined titles', () => {
    it.each(combined)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  describe('interim qualifiers', () => {
    it.each(qualifiers)('%j names %j, interim: %s', (title, roles, interim) =>
      expectRecognition(title, roles, interim),
    );
  });

  describe('titles that are not the role they mention', () => {
    it.each(notTheRole)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  describe('spelling variants', () => {
    it.each(spelling)('%j names %j', (title, roles) => expectRecognition(title, roles));
  });

  it('covers every role in English, Danish and Dutch', () => {
    for (const [cases, language] of [
      [english, 'English'],
      [danish, 'Danish'],
      [dutch, 'Dutch'],
    ] as const) {
      const covered = new Set(cases.flatMap(([, roles]) => roles));
      expect(
        roleIds.filter((role) => !covered.has(role)),
        language,
      ).toEqual([]);
    }
  });

  it('recognises every alias of the catalogue as its role, whatever its case', () => {
    const wholeTitle = new Set(wholeTitleOnly);
    for (const [role, aliases] of Object.entries(titleAliases)) {
      for (const alias of [...aliases.en, ...aliases.da, ...aliases.nl]) {
        expect(recognizeTitle(alias).roles, alias).toEqual([role]);
        expect(recognizeTitle(alias.toUpperCase()).roles, alias).toEqual([role]);
        if (!wholeTitle.has(alias)) {
          expect(recognizeTitle(`Interim ${alias}, Acme`), alias).toMatchObject({
            roles: [role],
            interim: true,
          });
        }
      }
    }
  });

  it('recognises the head of every department in any English word order', () => {
    for (const [role, names] of Object.entries(departmentHeads)) {
      for (const name of names.en) {
        for (const title of [
          `Head of ${name}`,
          `${name} Director`,
          `Director, ${name}`,
          `VP of ${name}`,
        ]) {
          expect(recognizeTitle(title).roles, title).toEqual([role]);
        }
      }
    }
  });

  it('reads a whole-title alias inside a longer title as no role', () => {
    expect(recognizeTitle('Direktør, Salg').roles).toEqual([]);
    expect(recognizeTitle('Chairman, Works Council').roles).toEqual([]);
    expect(recognizeTitle('Board Member').roles).toEqual(['board']);
  });

  it('never reports a role twice, and reports them in the order of the title', () => {
    expect(recognizeTitle('CFO / Chief Financial Officer / Finance Director').roles).toEqual([
      'cfo',
    ]);
    expect(recognizeTitle('CTO, CIO, CTO').roles).toEqual(['cto', 'cio']);
  });

  it('reads an empty or punctuation-only title as no role', () => {
    for (const title of ['', '   ', '—', '/ , ( )', '&']) expectRecognition(title, []);
  });

  describe('very long titles', () => {
    const long = (unit: string, length: number) =>
      unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

    it.each([
      ['CEO ', ['ceo']],
      ['Head of Finance, ', ['cfo']],
      ['Assistant to the CEO and ', []],
      ['Chief Digital and ', []],
      ['the ', []],
      [', ', []],
      ['økonomidirektør ', ['cfo']],
      ['interim a.i. ', []],
      ['x', []],
    ] as const)('reads 100,000 characters of %j', (unit, roles) => {
      expect(recognizeTitle(long(unit, 100_000)).roles).toEqual(roles);
    });

    it('reads a title of a million characters', () => {
      expect(recognizeTitle(long('VP, Engineering & ', 1_000_000)).roles).toEqual([
        'vp-engineering',
      ]);
    });
  });

  describe('properties', () => {
    const everyTitle = [...english, ...danish, ...dutch, ...combined, ...notTheRole, ...spelling];

    it('returns known roles, each once, for any text', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (title) => {
          const { roles } = recognizeTitle(title);
          expect(new Set(roles).size).toBe(roles.length);
          for (const role of roles) expect(roleIds).toContain(role);
        }),
      );
    });

    it('returns known roles for any mix of title words', () => {
      const words = [
        ...new Set(everyTitle.flatMap(([title]) => title.split(/\s+/))),
        ',',
        '/',
        '&',
        'to',
        'Interim',
        'Deputy',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
          const { roles } = recognizeTitle(parts.join(' '));
          expect(new Set(roles).size).toBe(roles.length);
          for (const role of roles) expect(roleIds).toContain(role);
        }),
      );
    });

    it('ignores case', () => {
      for (const [title, roles] of everyTitle) {
        expect(recognizeTitle(title.toLowerCase()).roles, title).toEqual(roles);
        expect(recognizeTitle(title.toUpperCase()).roles, title).toEqual(roles);
      }
    });

    it.each([
      ['Deputy', english],
      ['Stedfortrædende', danish],
      ['Plaatsvervangend', dutch],
    ] as const)(
      'reads "%s" before any title of its language as no executive role',
      (deputy, cases) => {
        // Ambiguous: the deputy may qualify only the rank before the comma, as "Vice" in "Vice
        // President, CFO" does; the office after the comma is kept.
        const rankThenOffice = 'Senior Vice President, General Counsel and Secretary';
        for (const [title] of cases.filter(([title]) => title !== rankThenOffice)) {
          // A deputy chair of the board still sits on it: governance, not an executive's deputy.
          const roles = recognizeTitle(`${deputy} ${title}`).roles;
          expect(
            roles.filter((role) => role !== 'board'),
            title,
          ).toEqual([]);
        }
      },
    );

    it.each([
      'Plaatsvervangend Voorzitter RvC',
      'Vicevoorzitter RvC',
      'Deputy Chair',
      'Deputy Chairman of the Board',
      'Næstformand',
    ])('reads %j, a deputy chair, as a seat on the board', (title) => {
      expect(recognizeTitle(title).roles).toEqual(['board']);
    });

    it('keeps the roles and marks the title interim when "Interim" comes first', () => {
      for (const [title, roles] of [...english, ...danish, ...dutch, ...combined]) {
        expect(recognizeTitle(`Interim ${title}`), title).toMatchObject({ roles, interim: true });
      }
    });
  });

  describe('what the reading says about itself', () => {
    it.each([
      ['Finance Director North', ['cfo'], ['north']],
      ['HR Director North', ['chro'], ['north']],
      ['CFO Nordics', ['cfo'], ['nordics']],
      ['CEO, Northern Ireland', ['ceo'], ['northern', 'ireland']],
      ['CEO Nederland', ['ceo'], ['nederland']],
      ['Managing Director, Online', ['ceo'], ['online']],
      ['Head of Technology, Ocean', ['cto'], ['ocean']],
    ] as const)('reads %j as the head of a unit, keeping its roles', (title, roles, unit) => {
      expect(recognizeTitle(title)).toMatchObject({
        roles,
        scope: 'unit',
        because: { unit },
        confidence: 'high',
      });
    });

    it.each(['Group CEO', 'CEO', 'Chief Financial Officer', 'Adm. direktør', 'Algemeen directeur'])(
      'reads %j as leading the company',
      (title) => {
        expect(recognizeTitle(title)).toMatchObject({ scope: 'company', because: { unit: [] } });
      },
    );

    it.each([
      ['Head of Finance', ['cfo']],
      ['Finance Director', ['cfo']],
      ['VP Product', ['cpo']],
      ['Økonomichef', ['cfo']],
      ['Direktør', ['ceo']],
      ['Managing Director', ['ceo']],
      ['President', ['ceo']],
    ] as const)('reads %j as the head of a function, which the chart places', (title, roles) => {
      expect(recognizeTitle(title)).toMatchObject({ roles, headOf: roles });
    });

    it.each(['CFO', 'Chief Technology Officer', 'Økonomidirektør', 'Financieel directeur'])(
      'reads %j as a chief, not a head of a function',
      (title) => {
        expect(recognizeTitle(title).headOf).toEqual([]);
      },
    );

    it('says which words it matched', () => {
      expect(recognizeTitle('Chairman & CEO')).toMatchObject({
        roles: ['board', 'ceo'],
        because: { matched: ['chairman and ceo'], unit: [], corrected: [] },
      });
    });

    it('mends an obvious typo of a long title, with less confidence', () => {
      const reading = recognizeTitle('Cheif Technology Officer');
      expect(reading).toMatchObject({ roles: ['cto'], confidence: 'medium' });
      expect(reading.because.corrected.length).toBeGreaterThan(0);
      expect(recognizeTitle('Chief Technology Officer').confidence).toBe('high');
    });

    it('holds back a role it cannot be sure of, and says why', () => {
      const reading = recognizeTitle('Informationschef');
      expect(reading).toMatchObject({ roles: [], confidence: 'low' });
      expect(reading.because.uncertain?.roles).toEqual(['cio']);
      expect(reading.because.uncertain?.why).toMatch(/\S/);
      // Spelled out, it is sure.
      expect(recognizeTitle('Informationschef (CIO)')).toMatchObject({
        roles: ['cio'],
        confidence: 'high',
      });
    });

    it('reads "CIO" in an investment firm as the Chief Investment Officer, with care', () => {
      const reading = recognizeTitle('CIO', { sector: 'investment-management' });
      expect(reading).toMatchObject({ roles: [], confidence: 'low' });
      expect(reading.because.uncertain?.roles).toEqual(['cio']);
      expect(recognizeTitle('CIO').roles).toEqual(['cio']);
      expect(
        recognizeTitle('Chief Information Officer', { sector: 'investment-management' }).roles,
      ).toEqual(['cio']);
    });

    it('reads female and formal forms', () => {
      expect(recognizeTitle('Financieel directrice').roles).toEqual(['cfo']);
      expect(recognizeTitle('Algemeen directrice').roles).toEqual(['ceo']);
      expect(recognizeTitle('Voorzitster Raad van Bestuur').roles).toEqual(['ceo']);
    });

    it('gives away the sector of a word that hardly occurs outside it', () => {
      expect(recognizeTitle('Kommunaldirektør')).toMatchObject({
        roles: ['ceo'],
        sectorHint: 'public-sector',
      });
      expect(recognizeTitle('CEO').sectorHint).toBeUndefined();
    });
  });
});

describe('recognizeTitle readings are shared', () => {
  it('reads a title once and hands out the same frozen reading', () => {
    const first = recognizeTitle('Chief Reading Officer, Nordics and CFO');
    const again = recognizeTitle('Chief Reading Officer, Nordics and CFO');
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.roles)).toBe(true);
    expect(() => (first.roles as RoleId[]).push('ceo')).toThrow(TypeError);
  });

  it('reads a bare CIO in an investment firm anew, without changing the shared reading', () => {
    expect(recognizeTitle('CIO', { sector: 'investment-management' }).roles).toEqual([]);
    expect(recognizeTitle('CIO').roles).toEqual(['cio']);
  });
});

describe('recognizeTitle on hostile titles', () => {
  // Finishing at all is the test: a reading that is quadratic in the title's length would take
  // hours on these (speed itself is measured in bench/).
  it.each([
    ['one 9 MB word', 'x'.repeat(9 * 1024 * 1024)],
    ['200,000 unknown words', 'abcdef '.repeat(200_000)],
    ['200,000 repeated phrases', 'head of '.repeat(200_000)],
    ['200,000 whole-title aliases', 'direktør '.repeat(200_000)],
    ['200,000 roles joined by "and"', 'cfo and '.repeat(200_000)],
  ])('reads %s', (_name, title) => {
    expect(recognizeTitle(title).interim).toBe(false);
  });
});
