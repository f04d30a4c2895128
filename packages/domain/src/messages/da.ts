import type { RuleCatalogue } from '../i18n/rule-catalogue.js';
import {
  type RoleNouns,
  usualLinesText,
  usualLineWriter,
} from '../rules/support/usual-lines-text.js';

// Danish texts of the default rules, written for a Danish executive audience rather than
// translated word for word: "refererer til" for reporting lines, the administrerende direktør for
// the CEO, the acronyms CIO’en and CTO’en as Danish boardrooms say them.

const place =
  '{place, select, top {øverst i diagrammet} other {under {head}}}{teamSize, plural, =0 {} other {, med {team} i teamet}}';
const executive = '{kind, select, member {direktionsmedlem} other {{role}}}';
const theCeo =
  '{ceoKnown, select, yes {den administrerende direktør {ceo}} other {den administrerende direktør}}';
const moveUnder = 'Lad {position} referere til {manager}';
const makeTop = 'Gør {position} til en top i diagrammet';
const reportToCeo = 'Lad {position} referere til den administrerende direktør';
const noCioEnding =
  'Der er ingen CIO, så CTO’en er virksomhedens øverste teknologileder og refererer normalt til den administrerende direktør (eller, i nogle produktionsvirksomheder, til COO’en).';
const vpeEnding =
  'CTO’en sætter teknologivisionen og arkitekturen, og VP Engineering står for udviklingsarbejdet og leverancerne, så VP Engineering refererer normalt til CTO’en.';
const itEnding =
  'It-direktører og it-chefer driver den daglige it; hvor der er en CIO, som sætter it-strategien, refererer de normalt til CIO’en, direkte eller gennem en it-direktør.';
const bothTech =
  'Med {headcount, number} medarbejdere har virksomheden både en CIO {cio} og en CTO {cto}.';
const holders = '{more, plural, =0 {{holders}} other {{holders} og # flere}}';

/** How a Danish sentence names each role: with the indefinite article, and in definite form. */
const roleNouns: RoleNouns = {
  board: { a: 'en bestyrelse', the: 'bestyrelsen' },
  ceo: { a: 'en administrerende direktør', the: 'den administrerende direktør' },
  coo: { a: 'en COO', the: 'COO’en' },
  cfo: { a: 'en økonomidirektør', the: 'økonomidirektøren' },
  cio: { a: 'en CIO', the: 'CIO’en' },
  cto: { a: 'en CTO', the: 'CTO’en' },
  ciso: { a: 'en informationssikkerhedschef', the: 'informationssikkerhedschefen' },
  chro: { a: 'en HR-direktør', the: 'HR-direktøren' },
  cmo: { a: 'en marketingdirektør', the: 'marketingdirektøren' },
  cpo: { a: 'en produktdirektør', the: 'produktdirektøren' },
  'general-counsel': { a: 'en chefjurist', the: 'chefjuristen' },
  'vp-engineering': { a: 'en udviklingsdirektør', the: 'udviklingsdirektøren' },
  'it-director': { a: 'en it-direktør', the: 'it-direktøren' },
  'it-manager': { a: 'en it-chef', the: 'it-chefen' },
};

const usualLine = usualLineWriter(roleNouns, {
  reportsTo: 'refererer normalt til',
  to: 'til',
  or: 'eller',
});

export const da: RuleCatalogue = {
  'atypical-manager': {
    description:
      'En rolle refererer til en rolle uden for sine sædvanlige ledere i rollekataloget (CIO under CTO, CFO under CMO, CTO under VP Engineering, ...)',
    messages: {
      atypicalLine: `{position} refererer til {manager}. ${usualLinesText(usualLine)}, så denne linje er usædvanlig: kontrollér, at den er tilsigtet.`,
      moveUnder,
    },
  },
  'ceo-at-top': {
    description: 'Den administrerende direktør refererer til andre end en bestyrelse (`board`)',
    messages: {
      ceoUnderManager:
        'Den administrerende direktør {ceo} refererer til {manager}. Den administrerende direktør er virksomhedens øverste leder og står til ansvar over for bestyrelsen eller ejerne, ikke over for en stilling i organisationen.',
      moveUnder,
      makeTop,
    },
  },
  'ciso-under-cio': {
    description: 'CISO’en refererer til CIO’en eller CTO’en (funktionsadskillelse)',
    messages: {
      cisoUnderIt:
        'Informationssikkerhedschefen {ciso} refererer til {owner}’en {manager}, hvis systemer sikkerhedschefen vurderer. Sikkerhedsrisici i de systemer går dermed til den, der ejer dem; en linje til den administrerende direktør holder sikkerhedschefen uafhængig. Linjen er udbredt, så vej den op frem for at behandle den som en fejl.',
      moveUnder,
    },
  },
  'combine-cio-cto': {
    description: 'En lille virksomhed har både en CIO og en CTO',
    messages: {
      small: `${bothTech} En så lille virksomhed har normalt én teknologileder, der dækker både den interne it og produktteknologien; to giver overlap og uenighed om, hvem der ejer hvad.`,
      midsize: `${bothTech} Virksomheder med under {infoBelow, number} medarbejdere slår ofte rollerne sammen og deler dem igen, når de vokser. Bliver begge, så skriv ned, hvem der ejer den interne it, og hvem der ejer produktteknologien.`,
      merge: 'Slå {remove} sammen med {keep} som én {title}',
    },
  },
  'cto-under-cio': {
    description: 'CTO’en refererer til CIO’en',
    messages: {
      productCompany:
        '{cto} refererer til CIO’en {cio}. I en produktvirksomhed er teknologien det, virksomheden sælger, så CTO’en refererer normalt til den administrerende direktør, side om side med CIO’en, der driver den interne it.',
      checkFit:
        '{cto} refererer til CIO’en {cio}. Det er en anerkendt linje, hvor CIO’en ejer den digitale strategi, men hvor teknologien er en del af produktet, refererer CTO’en normalt til den administrerende direktør. Overvej, hvad der passer til denne virksomhed.',
      moveUnder,
    },
  },
  'cto-without-cio': {
    description:
      'Der er ingen CIO, og CTO’en refererer hverken til den administrerende direktør eller til COO’en',
    messages: {
      atTop: `{cto} står øverst i diagrammet ved siden af ${theCeo} i stedet for at referere til vedkommende. ${noCioEnding}`,
      reportsElsewhere: `{cto} refererer til {manager}, ikke til ${theCeo}. ${noCioEnding}`,
      moveUnder,
    },
  },
  'dotted-line': {
    description:
      'En stiplet linje peger på en ukendt stilling eller på sig selv, eller gentager en fast linje',
    messages: {
      unknownEnd:
        'Den stiplede linje fra {from} til {to} peger på "{missing}", men ingen stilling har det id.',
      unknownEnds:
        'Den stiplede linje fra {from} til {to} peger på "{fromId}" og "{toId}", men ingen stilling har nogen af de to id’er.',
      toItself:
        '{from} har en stiplet linje til sig selv. En stiplet linje forbinder to forskellige stillinger.',
      repeatsSolid:
        'Den stiplede linje fra {from} til {to} gentager den faste linje: {from} refererer allerede til {to}.',
      drawnTwice: 'Den stiplede linje fra {from} til {to} er tegnet mere end én gang.',
      remove: 'Fjern den stiplede linje fra {from} til {to}',
      removeToItself: 'Fjern den stiplede linje fra {from} til sig selv',
      removeAllCopies:
        'Fjern alle kopier af den stiplede linje fra {from} til {to}; tegn den igen for at beholde én',
      keepOne: 'Behold én stiplet linje fra {from} til {to}',
    },
  },
  'duplicate-executive': {
    description:
      'En direktionsrolle, som en virksomhed kun har én af (CEO, CIO, CTO, CFO, COO, CISO, ...), bestrides af to stillinger',
    messages: {
      several: `{count, number} stillinger har rollen som {role}: ${holders}. En virksomhed har én {role}; med flere er det uklart, hvem der har ansvaret. Leder en af dem kun en enkelt enhed, så giv stillingen roller, der passer til det omfang.`,
      handover: `${holders} {count, plural, =2 {har begge rollen som {role}, den ene} other {har rollen som {role}, alle undtagen én}} som konstitueret. En konstitueret ved siden af den faste stilling er normalt under en overdragelse, eller indtil stillingen er besat; sørg for, at overlappet har en slutdato.`,
      merge: 'Slå {remove} sammen med {keep}, og behold titlen {keep}',
    },
  },
  'duplicate-id': {
    description: 'To stillinger har samme id',
    messages: {
      sharedId:
        '{count, number} stillinger har samme id "{id}" ({titles}); linjer til "{id}" går til den første af dem. Giv hver stilling sit eget id.',
      removeCopies:
        '{extra, plural, one {Fjern den gentagne kopi af {position}} other {Fjern de # gentagne kopier af {position}}}',
    },
  },
  'interim-executive': {
    description: 'En direktionsstilling er besat af en konstitueret',
    messages: {
      interim: `Stillingen som ${executive} {position} er besat af en konstitueret{holderKnown, select, yes { ({holder})} other {}}. Konstituerede topledere bygger bro over en vakance eller en omstilling, typisk i et halvt til to år: planlæg den faste ansættelse og overdragelsen.`,
      makePermanent: 'Gør ansættelsen fast',
      makePermanentRetitled: 'Gør ansættelsen fast, og omdøb stillingen til “{title}”',
    },
  },
  'it-under-cio': {
    description: 'Der er en CIO, og en it-direktør eller it-chef refererer til en anden',
    messages: {
      atTop: `{it} står øverst i diagrammet, uden for organisationen under {cioCount, plural, one {CIO’en {cio}} other {nogen af CIO’erne}}. ${itEnding}`,
      reportsElsewhere: `{it} refererer til {manager}, uden for organisationen under {cioCount, plural, one {CIO’en {cio}} other {nogen af CIO’erne}}. ${itEnding}`,
      moveUnder,
    },
  },
  'layer-count': {
    description: 'Diagrammet er dybere end normalt for antallet af medarbejdere',
    messages: {
      tooDeep:
        '{layers, number} ledelseslag er mange for en virksomhed {sized, select, yes {med {headcount, number} medarbejdere} other {af enhver størrelse}} (normalt højst {limit, number}). Den længste kæde går fra {top} ned til {deepest}; hvert lag tilføjer en overlevering mellem beslutning og udførelse. Ledere med kun én medarbejder er de første kandidater til at blive fjernet.',
    },
  },
  'narrow-span': {
    description: 'En leder har præcis én direkte medarbejder',
    messages: {
      ceoNumberTwo:
        '{position} har én direkte medarbejder, {report}. En enkelt nummer to er et kendt mønster, men det lægger et lag mellem den administrerende direktør og resten af virksomheden; administrerende direktører i store virksomheder har i dag omkring ti direkte medarbejdere.',
      oneReport:
        '{position} har én direkte medarbejder, {report}. Er det hele teamet, betaler laget sig måske ikke: beslutninger passerer ét skrivebord mere, uden at arbejdet bliver fordelt. Det er i orden, hvis teamet stadig er under opbygning eller blot ikke er tegnet.',
      removeLayer: 'Fjern et lag: lad {position} referere til {manager}',
    },
  },
  'reporting-cycle': {
    description: 'En kæde af ledere går i ring (også en stilling, der refererer til sig selv)',
    messages: {
      reportsToItself: '{position} refererer til sig selv.',
      cycle:
        'Rapporteringscirkel: {path}{cut, select, yes { → … ({count, number} stillinger)} other {}} → {first}. Hver refererer til den næste, så ingen i kredsen har en top.',
      makeTop,
      reportToCeo,
    },
  },
  'seniority-inversion': {
    description:
      'En topleder refererer til en rolle, der rangerer lavere (en CTO under en VP Engineering, en CIO under en it-chef)',
    messages: {
      inversion:
        '{position} refererer til {manager}, {level, select, manager {en rolle på mellemlederniveau} other {en rolle på VP- eller chefniveau}}, der rangerer lavere. En topleder sætter den retning, som niveauerne nedenunder fører ud i livet, så linjen går den forkerte vej.',
      invertLine: 'Vend linjen om: lad {manager} referere til {executive}',
      reportToCeo,
    },
  },
  'single-top': {
    description:
      'Mere end én stilling har ingen leder (en bestyrelse over den administrerende direktør er i orden)',
    messages: {
      secondTop:
        '{position} har ingen leder, så diagrammet har en top nummer to ved siden af {main}. Et organisationsdiagram bør have én top, hvor alle rapporteringslinjer ender; en stilling uden for den står, sammen med sit team, ikke til ansvar over for nogen i diagrammet.',
      moveUnder,
    },
  },
  'span-of-control': {
    description:
      'En leder har flere direkte medarbejdere end `max` (standard 15), eller et frontlinjeteam flere end `frontlineMax` (standard 25)',
    messages: {
      frontlineTeam:
        '{manager} leder et frontlinjeteam på {span, number}, flere end de {limit, number}, som selv standardiseret arbejde (kundeservice, skadebehandling, butikker) normalt tillader én leder. Indsæt teamledere, eller del teamet med en kollega.',
      managersTeam:
        '{manager} har {span, number} direkte medarbejdere, hvoraf de fleste selv leder et team: flere end de {limit, number}, en leder kan give tid nok. Saml dem under nogle få ledere, eller overdrag en del af teamet til en kollega.',
    },
  },
  'split-cio-cto': {
    description:
      '250 medarbejdere eller flere, og én stilling har begge roller, eller kun den ene af de to findes',
    messages: {
      dualRole:
        '{position} har både CIO- og CTO-rollen i en virksomhed med {headcount, number} medarbejdere. Når en virksomhed vokser, deles de to normalt: intern it, governance og drift kræver en CIO, produktteknologi og udvikling en CTO.',
      missingRole:
        'Virksomheden har {headcount, number} medarbejdere og en {present} {position}, men ingen {missing}. Mange store virksomheder har brug for begge: en CIO til intern it, governance og drift, en CTO til produktteknologi og udvikling. Dækker én leder bevidst begge dele, så skriv ned hvordan.',
      addVacant: `Tilføj en ubesat {role} ${place}`,
      keepAndAdd: `Behold {position} som {keep}, og tilføj en ubesat {other} ${place}`,
    },
  },
  'tech-leadership-fit': {
    description:
      'En produktvirksomhed har hverken CTO eller VP Engineering, eller en virksomhed med 50+ medarbejdere har ingen CIO',
    messages: {
      noProductLead:
        'Dette er en produktvirksomhed, men diagrammet har hverken en CTO eller en VP Engineering. Hvor teknologien er en del af produktet, skal nogen eje teknologivisionen, arkitekturen og udviklingen: en CTO, eller en VP Engineering, så længe teamet er lille.',
      noCio:
        'Virksomheden har {headcount, number} medarbejdere, men ingen CIO. Hvor teknologien bærer komplekse forretningsprocesser, ejer en CIO virksomhedens it, governance, sikkerhed og leverandører og afstemmer it med forretningsstrategien; en it-direktør driver den daglige it, men sætter normalt ikke den strategi.',
      addCto: `Tilføj en ubesat CTO ${place}`,
      addCio: `Tilføj en ubesat CIO ${place}`,
    },
  },
  'unknown-manager': {
    description: '`reportsTo` peger ikke på nogen stilling',
    messages: {
      unknownManager: '{position} refererer til "{reportsTo}", men ingen stilling har det id.',
      reportToLikely: 'Lad {position} referere til {manager} (id "{managerId}")',
      makeTop,
    },
  },
  'vacant-executive': {
    description: 'En direktionsstilling er ubesat',
    messages: {
      vacant: `Stillingen som ${executive} {position} er ubesat: indtil den bliver besat, har ingen i toppen ansvaret for {remits, plural, =0 {stillingens område} one {{remit}-området} other {disse områder}}. Ansæt en, eller udpeg en konstitueret som bro.`,
    },
  },
  'vp-engineering-under-cto': {
    description: 'Der er en CTO, og VP Engineering refererer til en anden',
    messages: {
      atTop: `{vpe} står øverst i diagrammet, uden for organisationen under {ctoCount, plural, one {CTO’en {cto}} other {nogen af CTO’erne}}. ${vpeEnding}`,
      reportsElsewhere: `{vpe} refererer til {manager}, uden for organisationen under {ctoCount, plural, one {CTO’en {cto}} other {nogen af CTO’erne}}. ${vpeEnding}{besideCto, select, yes { En linje til den administrerende direktør side om side med CTO’en passer kun, når CTO’en bevidst er visionær uden eget team.} other {}}`,
      moveUnder,
    },
  },
};
