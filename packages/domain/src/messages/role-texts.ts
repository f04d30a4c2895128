import type { Locale } from '../i18n/locales.js';
import type { RoleDefinition } from '../roles/catalogue.js';
import type { RoleId } from '../roles/role-ids.js';

/** What the role catalogue says of a role to people: its name, short form and summary. */
export type RoleTexts = Pick<RoleDefinition, 'name' | 'shortName' | 'summary'>;

// The roles as Danish and Dutch boardrooms name them (the seeds' informationschef, teknologichef,
// it-chef; directeur informatievoorziening, raad van bestuur, IT-manager). The C-level acronyms
// stay as short forms: a Danish or Dutch org chart prints "CFO" on the box as an English one does.

const da: Record<RoleId, RoleTexts> = {
  board: {
    name: 'Bestyrelse',
    shortName: 'Bestyrelse',
    summary:
      'Det øverste organ, som den administrerende direktør refererer til: en bestyrelse, et tilsynsråd eller ejerne.',
  },
  ceo: {
    name: 'Administrerende direktør',
    shortName: 'Adm. direktør',
    summary: 'Leder organisationen og ejer dens strategi og kurs; refererer til bestyrelsen.',
  },
  coo: {
    name: 'Driftsdirektør',
    shortName: 'COO',
    summary: 'Driver den daglige drift; traditionelt den administrerende direktørs nummer to.',
  },
  cfo: {
    name: 'Økonomidirektør',
    shortName: 'CFO',
    summary:
      'Ejer økonomistyring, finans og risiko; refererer næsten altid til den administrerende direktør.',
  },
  cio: {
    name: 'Informationschef',
    shortName: 'CIO',
    summary:
      'Ejer it-strategi, it-styring, forretningssystemer og digital omstilling (internt fokus); refererer til den administrerende direktør, ofte til økonomidirektøren (udbredt i Danmark), undertiden til COO’en.',
  },
  cto: {
    name: 'Teknologichef',
    shortName: 'CTO',
    summary:
      'Ejer teknologivisionen, produktteknologien, udviklingen og forskningen (eksternt fokus); refererer til den administrerende direktør eller til CIO’en, hvor CIO’en ejer den digitale strategi.',
  },
  ciso: {
    name: 'Informationssikkerhedschef',
    shortName: 'CISO',
    summary:
      'Ejer informationssikkerhedsrisikoen; uafhængighed af de systemer, rollen vurderer, er afgørende.',
  },
  chro: {
    name: 'HR-direktør',
    shortName: 'CHRO',
    summary:
      'Ejer personalestrategien (også kaldet Chief People Officer); refererer normalt til den administrerende direktør, ellers til økonomidirektøren eller COO’en.',
  },
  cmo: {
    name: 'Marketingdirektør',
    shortName: 'CMO',
    summary:
      'Ejer marketing; omkring halvdelen refererer til den administrerende direktør, resten til en vækst-, kunde- eller driftsdirektør.',
  },
  cpo: {
    name: 'Produktdirektør',
    shortName: 'CPO',
    summary:
      'Ejer produktet; refererer til den administrerende direktør eller til CTO’en i unge, teknisk tunge virksomheder.',
  },
  'general-counsel': {
    name: 'Chefjurist',
    shortName: 'Chefjurist',
    summary:
      'Leder det juridiske område (ofte også compliance og sekretariatet for bestyrelsen); omkring 80 % refererer til den administrerende direktør.',
  },
  'vp-engineering': {
    name: 'Udviklingsdirektør',
    shortName: 'VP Engineering',
    summary: 'Står for udviklingsarbejdet: teams, processer og leverancer; normalt under CTO’en.',
  },
  'it-director': {
    name: 'It-direktør',
    shortName: 'It-direktør',
    summary:
      'Driver it-driften og leverancerne; refererer til CIO’en, hvor der er en, ellers til den administrerende direktør, økonomidirektøren eller COO’en.',
  },
  'it-manager': {
    name: 'It-chef',
    shortName: 'It-chef',
    summary:
      'Driver it-afdelingen i hverdagen: netværk, support og systemadministration; i en lille virksomhed ofte den øverste it-rolle.',
  },
};

const nl: Record<RoleId, RoleTexts> = {
  board: {
    name: 'Raad van bestuur',
    shortName: 'Bestuur',
    summary:
      'Het orgaan waaraan de CEO rapporteert: een raad van bestuur, raad van commissarissen of de eigenaren.',
  },
  ceo: {
    name: 'Algemeen directeur',
    shortName: 'CEO',
    summary:
      'Leidt de organisatie en is eigenaar van strategie en koers; rapporteert aan het bestuur.',
  },
  coo: {
    name: 'Operationeel directeur',
    shortName: 'COO',
    summary:
      'Leidt de dagelijkse bedrijfsvoering; traditioneel de tweede man of vrouw naast de CEO.',
  },
  cfo: {
    name: 'Financieel directeur',
    shortName: 'CFO',
    summary:
      'Is verantwoordelijk voor financieel beleid, financiën en risico’s; rapporteert vrijwel altijd aan de CEO.',
  },
  cio: {
    name: 'Directeur informatievoorziening',
    shortName: 'CIO',
    summary:
      'Is verantwoordelijk voor IT-strategie, IT-governance, bedrijfssystemen en digitale transformatie (interne focus); rapporteert aan de CEO, vaak aan de CFO, soms aan de COO.',
  },
  cto: {
    name: 'Technisch directeur',
    shortName: 'CTO',
    summary:
      'Is verantwoordelijk voor de technologievisie, producttechnologie, engineering en R&D (externe focus); rapporteert aan de CEO, of aan de CIO waar die de digitale strategie bezit.',
  },
  ciso: {
    name: 'Hoofd informatiebeveiliging',
    shortName: 'CISO',
    summary:
      'Is verantwoordelijk voor informatiebeveiligingsrisico’s; onafhankelijkheid van de systemen die hij beoordeelt is essentieel.',
  },
  chro: {
    name: 'HR-directeur',
    shortName: 'CHRO',
    summary:
      'Is verantwoordelijk voor de HR-strategie (ook Chief People Officer genoemd); rapporteert meestal aan de CEO, anders aan de CFO of COO.',
  },
  cmo: {
    name: 'Marketingdirecteur',
    shortName: 'CMO',
    summary:
      'Is verantwoordelijk voor marketing; ongeveer de helft rapporteert aan de CEO, de rest aan een directeur groei, klant of operatie.',
  },
  cpo: {
    name: 'Productdirecteur',
    shortName: 'CPO',
    summary:
      'Is verantwoordelijk voor het product; rapporteert aan de CEO, of aan de CTO in jonge, technische bedrijven.',
  },
  'general-counsel': {
    name: 'Directeur juridische zaken',
    shortName: 'Juridisch directeur',
    summary:
      'Leidt juridische zaken (vaak ook compliance en het bestuurssecretariaat); ongeveer 80% rapporteert aan de CEO.',
  },
  'vp-engineering': {
    name: 'VP Engineering',
    shortName: 'VP Engineering',
    summary:
      'Leidt de uitvoering van engineering: teams, proces en oplevering; meestal onder de CTO.',
  },
  'it-director': {
    name: 'IT-directeur',
    shortName: 'IT-directeur',
    summary:
      'Leidt IT-beheer en -levering; rapporteert aan de CIO waar die er is, anders aan de CEO, CFO of COO.',
  },
  'it-manager': {
    name: 'IT-manager',
    shortName: 'IT-manager',
    summary:
      'Leidt de IT-afdeling van dag tot dag: netwerk, support en systeembeheer; in een klein bedrijf vaak de hoogste IT-rol.',
  },
};

export const roleTranslations: Readonly<Record<Exclude<Locale, 'en'>, Record<RoleId, RoleTexts>>> =
  { da, nl };

/** A role's name, short form and summary in `locale`; English is the catalogue's own. */
export function roleTexts(role: RoleDefinition, locale: Locale): RoleTexts {
  if (locale === 'en') return { name: role.name, shortName: role.shortName, summary: role.summary };
  return roleTranslations[locale][role.id];
}
