import type { BusinessModel, Chart, DottedLine, Position } from '../chart/schema.js';
import type { RoleId } from '../roles/role-ids.js';

/**
 * Generates a realistic chart of any size, deterministically from a seed, for tests and the
 * benchmark: a board, a CEO, an executive team with the catalogue's roles (CISO and IT director
 * under the CIO, VP Engineering under the CTO), directors, managers and teams of varied sizes, with
 * titles in English, Danish and Dutch, holders, a few vacancies and interim holders, a few dotted
 * lines and an extra HR field (`department`) that must survive parsing. Built without recursion,
 * so a 1,000,000-position chart is as easy as a small one.
 *
 * The structure is sound (one top, no cycles, no dangling lines, unique ids), so a generated chart
 * only draws the findings a healthy company draws: a few wide or narrow spans, the CISO under the
 * CIO, now and then a vacant or interim executive, many layers; and below 50 employees, the advice
 * to combine the CIO and the CTO.
 */
export function generateChart(size: number, options: GenerateChartOptions = {}): Chart {
  return new ChartGenerator(size, options).generate();
}

export interface GenerateChartOptions {
  /** Same seed, same chart. Default 1. */
  seed?: number;
  businessModel?: BusinessModel;
  /** The head office's language, used by the board and the executive team. Default Danish. */
  language?: Language;
}

export type Language = 'en' | 'da' | 'nl';
type Words = Record<Language, readonly string[]>;
const languages: readonly Language[] = ['en', 'da', 'nl'];

interface Department {
  key: string;
  /** The executive's title per language and the share of the company below them. */
  executive: Record<Language, string>;
  weight: number;
  /** Specialist positions reporting to the executive, each with a share of the department. */
  specialists: readonly { title: Record<Language, string>; roles?: RoleId[]; weight: number }[];
  /** Sub-areas for directors' and managers' titles, chosen so that none reads as a catalogue role. */
  areas: Words;
  staff: Words;
}

const departments: readonly Department[] = [
  {
    key: 'technology',
    executive: {
      en: 'Chief Technology Officer',
      da: 'Teknisk direktør',
      nl: 'Technisch directeur',
    },
    weight: 30,
    specialists: [
      {
        title: { en: 'VP Engineering', da: 'Udviklingsdirektør', nl: 'Hoofd Ontwikkeling' },
        weight: 0.6,
      },
    ],
    areas: {
      en: ['Platform', 'Payments', 'Mobile', 'Data', 'Search', 'Cloud', 'Machine Learning'],
      da: ['Platform', 'Betalinger', 'Mobil', 'Data', 'Søgning', 'Cloud', 'Maskinlæring'],
      nl: ['Platform', 'Betalingen', 'Mobiel', 'Data', 'Zoeken', 'Cloud', 'Machine Learning'],
    },
    staff: {
      en: ['Software Engineer', 'Senior Software Engineer', 'Site Reliability Engineer', 'Tester'],
      da: ['Softwareudvikler', 'Senior softwareudvikler', 'Driftsingeniør', 'Testkonsulent'],
      nl: ['Softwareontwikkelaar', 'Senior softwareontwikkelaar', 'DevOps-engineer', 'Tester'],
    },
  },
  {
    key: 'operations',
    executive: {
      en: 'Chief Operating Officer',
      da: 'Driftsdirektør',
      nl: 'Operationeel directeur',
    },
    weight: 25,
    specialists: [],
    areas: {
      en: ['Logistics', 'Customer Service', 'Facilities', 'Supply Chain', 'Quality'],
      da: ['Logistik', 'Kundeservice', 'Facility', 'Forsyningskæde', 'Kvalitet'],
      nl: ['Logistiek', 'Klantenservice', 'Facilitair', 'Supply Chain', 'Kwaliteit'],
    },
    staff: {
      en: ['Logistics Coordinator', 'Customer Service Agent', 'Buyer', 'Quality Inspector'],
      da: ['Logistikkoordinator', 'Kundeservicemedarbejder', 'Indkøber', 'Kvalitetsinspektør'],
      nl: ['Logistiek coördinator', 'Klantenservicemedewerker', 'Inkoper', 'Kwaliteitsinspecteur'],
    },
  },
  {
    key: 'it',
    executive: {
      en: 'Chief Information Officer',
      da: 'IT-direktør',
      nl: 'Directeur Informatievoorziening',
    },
    weight: 10,
    specialists: [
      {
        title: {
          en: 'Chief Information Security Officer',
          da: 'Informationssikkerhedschef',
          nl: 'Hoofd Informatiebeveiliging',
        },
        weight: 0.1,
      },
      {
        title: { en: 'IT Director', da: 'IT-driftschef', nl: 'Hoofd ICT' },
        roles: ['it-director'],
        weight: 0.6,
      },
    ],
    areas: {
      en: ['Service Desk', 'Infrastructure', 'Business Applications', 'ERP', 'Workplace'],
      da: ['Servicedesk', 'Infrastruktur', 'Forretningssystemer', 'ERP', 'Arbejdsplads'],
      nl: ['Servicedesk', 'Infrastructuur', 'Bedrijfsapplicaties', 'ERP', 'Werkplek'],
    },
    staff: {
      en: ['Service Desk Agent', 'System Administrator', 'Network Engineer', 'ERP Consultant'],
      da: ['Supporter', 'Systemadministrator', 'Netværksspecialist', 'ERP-konsulent'],
      nl: ['Servicedeskmedewerker', 'Systeembeheerder', 'Netwerkbeheerder', 'ERP-consultant'],
    },
  },
  {
    key: 'finance',
    executive: { en: 'Chief Financial Officer', da: 'Økonomidirektør', nl: 'Financieel directeur' },
    weight: 8,
    specialists: [],
    areas: {
      en: ['Accounting', 'Treasury', 'Tax', 'Controlling', 'Procurement'],
      da: ['Regnskab', 'Likviditet', 'Skat', 'Controlling', 'Indkøb'],
      nl: ['Boekhouding', 'Treasury', 'Belastingen', 'Control', 'Inkoop'],
    },
    staff: {
      en: ['Accountant', 'Financial Analyst', 'Controller', 'Payroll Specialist'],
      da: ['Bogholder', 'Regnskabsassistent', 'Controller', 'Lønbogholder'],
      nl: ['Boekhouder', 'Financieel analist', 'Controller', 'Salarisadministrateur'],
    },
  },
  {
    key: 'marketing',
    executive: { en: 'Chief Marketing Officer', da: 'Marketingdirektør', nl: 'Marketingdirecteur' },
    weight: 10,
    specialists: [],
    areas: {
      en: ['Brand', 'Growth', 'Content', 'Communications', 'Events'],
      da: ['Brand', 'Vækst', 'Indhold', 'Kommunikation', 'Events'],
      nl: ['Merk', 'Groei', 'Content', 'Communicatie', 'Evenementen'],
    },
    staff: {
      en: ['Marketing Specialist', 'Content Writer', 'Graphic Designer', 'Campaign Manager'],
      da: ['Marketingkoordinator', 'Tekstforfatter', 'Grafisk designer', 'Kampagneansvarlig'],
      nl: ['Marketingmedewerker', 'Copywriter', 'Grafisch ontwerper', 'Campagnemanager'],
    },
  },
  {
    key: 'product',
    executive: { en: 'Chief Product Officer', da: 'Produktdirektør', nl: 'Productdirecteur' },
    weight: 7,
    specialists: [],
    areas: {
      en: ['Design', 'User Research', 'Insights', 'Localisation'],
      da: ['Design', 'Brugerindsigt', 'Analyse', 'Lokalisering'],
      nl: ['Ontwerp', 'Gebruikersonderzoek', 'Inzichten', 'Lokalisatie'],
    },
    staff: {
      en: ['Product Manager', 'Product Designer', 'UX Researcher'],
      da: ['Produktejer', 'Produktdesigner', 'UX-researcher'],
      nl: ['Productowner', 'Productontwerper', 'UX-onderzoeker'],
    },
  },
  {
    key: 'people',
    executive: { en: 'Chief People Officer', da: 'HR-direktør', nl: 'HR-directeur' },
    weight: 5,
    specialists: [],
    areas: {
      en: ['Recruitment', 'Learning', 'Compensation', 'People Operations'],
      da: ['Rekruttering', 'Uddannelse', 'Løn', 'HR-drift'],
      nl: ['Werving', 'Opleiding', 'Beloning', 'HR-operaties'],
    },
    staff: {
      en: ['HR Business Partner', 'Recruiter', 'Learning Specialist', 'HR Coordinator'],
      da: ['HR-partner', 'Rekrutteringskonsulent', 'Uddannelseskonsulent', 'HR-konsulent'],
      nl: ['HR-adviseur', 'Recruiter', 'Opleidingsadviseur', 'HR-medewerker'],
    },
  },
  {
    key: 'legal',
    executive: { en: 'General Counsel', da: 'Juridisk direktør', nl: 'Juridisch directeur' },
    weight: 5,
    specialists: [],
    areas: {
      en: ['Compliance', 'Contracts', 'Privacy', 'Corporate Affairs'],
      da: ['Compliance', 'Kontrakter', 'Databeskyttelse', 'Selskabsret'],
      nl: ['Compliance', 'Contracten', 'Privacy', 'Vennootschapsrecht'],
    },
    staff: {
      en: ['Legal Counsel', 'Paralegal', 'Compliance Officer'],
      da: ['Jurist', 'Advokatsekretær', 'Compliancemedarbejder'],
      nl: ['Bedrijfsjurist', 'Juridisch medewerker', 'Compliance officer'],
    },
  },
];

const board: Record<Language, string> = {
  en: 'Board of Directors',
  da: 'Bestyrelsen',
  nl: 'Raad van Commissarissen',
};
const ceo: Record<Language, string> = {
  en: 'Chief Executive Officer',
  da: 'Administrerende direktør',
  nl: 'Algemeen directeur',
};
const regions = ['Nordics', 'Benelux', 'DACH', 'UK', 'Americas', 'APAC'];
const directorTitles: Record<Language, readonly ((area: string) => string)[]> = {
  en: [(a) => `Director of ${a}`, (a) => `VP ${a}`, (a) => `Head of ${a}`],
  da: [(a) => `Direktør for ${a}`, (a) => `Afdelingsdirektør, ${a}`],
  nl: [(a) => `Directeur ${a}`, (a) => `Hoofd ${a}`],
};
const managerTitles: Record<Language, readonly ((area: string) => string)[]> = {
  en: [(a) => `${a} Manager`, (a) => `Manager, ${a}`, (a) => `Team Lead, ${a}`],
  da: [(a) => `Teamleder, ${a}`, (a) => `Afdelingsleder, ${a}`],
  nl: [(a) => `Teamleider ${a}`, (a) => `Manager ${a}`],
};
/** Interim titles as written in each language ("Financieel directeur a.i." is the Dutch habit). */
const interimTitles: Record<Language, (title: string) => string> = {
  en: (t) => `Interim ${t}`,
  da: (t) => `Konstitueret ${t.charAt(0).toLowerCase()}${t.slice(1)}`,
  nl: (t) => `${t} a.i.`,
};
const firstNames: Words = {
  en: ['James', 'Olivia', 'Noah', 'Emma', 'Liam', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isla'],
  da: ['Mette', 'Lars', 'Anne', 'Søren', 'Sofie', 'Mads', 'Ida', 'Rasmus', 'Freja', 'Jesper'],
  nl: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke', 'Sem', 'Anouk', 'Thijs', 'Eva', 'Joris'],
};
const lastNames: Words = {
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Walker'],
  da: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen', 'Jørgensen'],
  nl: ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'de Boer', 'de Jong'],
};

/** A position waiting for its team: how many positions go below it, and in which department. */
interface Pending {
  index: number;
  budget: number;
  department: Department;
  language: Language;
  /** Units right below the executive team are regional and may work in another language. */
  regional: boolean;
}

/** The fields of a position before it gets its id and place. */
interface Fields {
  title: string;
  roles?: RoleId[];
  holder?: string | null;
  vacant?: boolean;
  interim?: boolean;
}

class ChartGenerator {
  private readonly positions: Position[] = [];
  private readonly random: () => number;
  private readonly idWidth: number;
  /** Managers of 40+ positions, candidates for the far end of a dotted line. */
  private readonly directors: number[] = [];

  constructor(
    private readonly size: number,
    private readonly options: GenerateChartOptions,
  ) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError('size must be a whole number');
    this.random = mulberry32(options.seed ?? 1);
    this.idWidth = Math.max(6, String(size).length);
  }

  generate(): Chart {
    const language = this.options.language ?? 'da';
    if (this.size > 0) this.add({ title: board[language] }, undefined);
    if (this.size > 1) {
      const top = this.add(this.withDetails({ title: ceo[language] }, language, true), 0);
      this.fillExecutiveTeam(top, this.size - 2, language);
    }
    return {
      version: 1,
      company: {
        name: 'Nordlys Group',
        headcount: Math.max(this.size - 1, 0),
        businessModel: this.options.businessModel ?? 'product',
      },
      positions: this.positions,
      dottedLines: this.dottedLines(),
    };
  }

  /** The executives, their specialists, and each department's share of the company. */
  private fillExecutiveTeam(ceoIndex: number, budget: number, language: Language): void {
    const queue: Pending[] = [];
    const totalWeight = departments.reduce((sum, d) => sum + d.weight, 0);
    let left = budget;
    for (const department of departments) {
      if (left === 0) break;
      const fields = this.withDetails({ title: department.executive[language] }, language, true);
      const index = this.add(fields, ceoIndex, department);
      left--;
      let share = Math.min(left, Math.floor((budget * department.weight) / totalWeight));
      left -= share;
      for (const specialist of department.specialists) {
        if (share === 0) break;
        const title = specialist.title[language];
        const roles = specialist.roles;
        const fields = roles === undefined ? { title } : { title, roles };
        const at = this.add(this.withDetails(fields, language, true), index, department);
        share--;
        const part = Math.floor(share * specialist.weight);
        share -= part;
        queue.push({ index: at, budget: part, department, language, regional: true });
      }
      queue.push({ index, budget: share, department, language, regional: true });
    }
    // Rounding leaves a few positions over: they join the first unit (engineering).
    if (queue.length > 0) queue[0]!.budget += left;
    this.fillTeams(queue);
  }

  /** Breadth-first: each pending manager gets its direct reports and hands its budget down. */
  private fillTeams(queue: Pending[]): void {
    for (let head = 0; head < queue.length; head++) {
      const { index, budget, department, language, regional } = queue[head]!;
      if (budget === 0) continue;
      if (budget <= this.teamLimit()) {
        for (let k = 0; k < budget; k++) this.addStaff(index, department, language);
        continue;
      }
      // A manager of managers: a few units sharing the budget, sometimes one staff member.
      const staff = this.random() < 0.3 ? 1 : 0;
      for (let k = 0; k < staff; k++) this.addStaff(index, department, language);
      // Three to eight units, but no more than leave each a team of about seven.
      const wanted = Math.min(3 + Math.floor(this.random() * 6), Math.floor((budget - staff) / 8));
      const units = Math.min(Math.max(2, wanted), budget - staff);
      const below = budget - staff - units;
      const weights = Array.from({ length: units }, () => 0.5 + this.random());
      const sum = weights.reduce((a, b) => a + b, 0);
      const shares = weights.map((weight) => Math.floor((below * weight) / sum));
      shares[0]! += below - shares.reduce((a, b) => a + b, 0);
      for (const share of shares) {
        const unitLanguage = regional ? this.pick(languages) : language;
        const title = this.unitTitle(share, department, unitLanguage);
        const fields = this.withDetails({ title }, unitLanguage, share > 0);
        const at = this.add(fields, index, department);
        if (share >= 40) this.directors.push(at);
        queue.push({
          index: at,
          budget: share,
          department,
          language: unitLanguage,
          regional: false,
        });
      }
    }
  }

  /** The largest budget that stays one team: usually 11 people, now and then up to 18. */
  private teamLimit(): number {
    return this.random() < 0.05 ? 13 + Math.floor(this.random() * 6) : 11;
  }

  private unitTitle(budget: number, department: Department, language: Language): string {
    if (budget === 0) return this.pick(department.staff[language]);
    const area = this.pick(department.areas[language]);
    if (budget < 40) return this.pick(managerTitles[language])(area);
    const title = this.pick(directorTitles[language])(area);
    return this.random() < 0.3 ? `${title}, ${this.pick(regions)}` : title;
  }

  private addStaff(manager: number, department: Department, language: Language): void {
    const title = this.pick(department.staff[language]);
    this.add(this.withDetails({ title }, language, false), manager, department);
  }

  /** Holder, vacancy and interim: about 3% of positions are open and 1% of managers interim. */
  private withDetails(fields: Fields, language: Language, manager: boolean): Fields {
    const roll = this.random();
    if (roll < 0.03) return { ...fields, vacant: true, holder: null };
    const holder = `${this.pick(firstNames[language])} ${this.pick(lastNames[language])}`;
    if (!manager || roll >= 0.04) return { ...fields, holder };
    // Half say so in the title, half only in the field.
    return this.random() < 0.5
      ? { ...fields, holder, title: interimTitles[language](fields.title) }
      : { ...fields, holder, interim: true };
  }

  private add(fields: Fields, manager: number | undefined, department?: Department): number {
    const index = this.positions.length;
    const position: Position = { id: `p-${String(index).padStart(this.idWidth, '0')}`, ...fields };
    if (manager !== undefined) position.reportsTo = this.positions[manager]!.id;
    if (department !== undefined) position.department = department.key;
    this.positions.push(position);
    return index;
  }

  /** About one per 5,000 positions: someone with a second, matrix line to a director elsewhere. */
  private dottedLines(): DottedLine[] {
    const lines: DottedLine[] = [];
    const seen = new Set<string>();
    const wanted = Math.min(this.directors.length, Math.ceil(this.size / 5000));
    for (let attempt = 0; lines.length < wanted && attempt < wanted * 10; attempt++) {
      const from = this.positions[2 + Math.floor(this.random() * (this.size - 2))]!;
      const to = this.positions[this.pick(this.directors)]!;
      const key = `${from.id} ${to.id}`;
      if (from.department === to.department || from.reportsTo === to.id || seen.has(key)) continue;
      seen.add(key);
      lines.push({ from: from.id, to: to.id });
    }
    return lines;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }
}

/** A small, fast, seedable generator (Mulberry32): the chart must not change between runs. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
