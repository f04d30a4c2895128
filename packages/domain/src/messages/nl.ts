import type { RuleCatalogue } from '../i18n/rule-catalogue.js';
import {
  type RoleNouns,
  usualLinesText,
  usualLineWriter,
} from '../rules/support/usual-lines-text.js';

// Dutch texts of the default rules, written for a Dutch executive audience rather than translated
// word for word: "rapporteert aan" for reporting lines, the CEO and the raad van commissarissen as
// a Dutch two-tier company names them, "ad interim" for acting executives.

const place =
  '{place, select, top {bovenaan het organogram} other {onder {head}}}{teamSize, plural, =0 {} other {, met {team} in het team}}';
const executive = '{kind, select, member {lid van de raad van bestuur} other {{role}}}';
const theCeo = '{ceoKnown, select, yes {de CEO {ceo}} other {de CEO}}';
const moveUnder = 'Laat {position} rapporteren aan {manager}';
const makeTop = 'Maak {position} een top van het organogram';
const reportToCeo = 'Laat {position} rapporteren aan de CEO';
const noCioEnding =
  'Er is geen CIO, dus de CTO is de hoogste technologiebestuurder van de onderneming en rapporteert doorgaans aan de CEO (of, bij sommige industriële bedrijven, aan de COO).';
const vpeEnding =
  'De CTO bepaalt de technologievisie en de architectuur en de VP Engineering zorgt voor de uitvoering en oplevering, dus rapporteert de VP Engineering doorgaans aan de CTO.';
const itEnding =
  'IT-directeuren en IT-managers runnen de dagelijkse IT; waar een CIO de IT-strategie bepaalt, rapporteren zij doorgaans aan de CIO, rechtstreeks of via een IT-directeur.';
const bothTech =
  'Met {headcount, number} medewerkers heeft de onderneming zowel een CIO {cio} als een CTO {cto}.';
const holders = '{more, plural, =0 {{holders}} other {{holders} en nog #}}';

/** How a Dutch sentence names each role: with the indefinite article, and the definite one. */
const roleNouns: RoleNouns = {
  board: { a: 'een raad van commissarissen', the: 'de raad van commissarissen' },
  ceo: { a: 'een CEO', the: 'de CEO' },
  coo: { a: 'een COO', the: 'de COO' },
  cfo: { a: 'een CFO', the: 'de CFO' },
  cio: { a: 'een CIO', the: 'de CIO' },
  cto: { a: 'een CTO', the: 'de CTO' },
  ciso: { a: 'een CISO', the: 'de CISO' },
  chro: { a: 'een HR-directeur', the: 'de HR-directeur' },
  cmo: { a: 'een marketingdirecteur', the: 'de marketingdirecteur' },
  cpo: { a: 'een productdirecteur', the: 'de productdirecteur' },
  'general-counsel': { a: 'een directeur juridische zaken', the: 'de directeur juridische zaken' },
  'vp-engineering': { a: 'een VP Engineering', the: 'de VP Engineering' },
  'it-director': { a: 'een IT-directeur', the: 'de IT-directeur' },
  'it-manager': { a: 'een IT-manager', the: 'de IT-manager' },
};

const usualLine = usualLineWriter(roleNouns, {
  reportsTo: 'rapporteert doorgaans aan',
  to: 'aan',
  or: 'of',
});

export const nl: RuleCatalogue = {
  'atypical-manager': {
    description:
      'Een rol rapporteert aan een rol buiten de gebruikelijke leidinggevenden in de rollencatalogus (CIO onder CTO, CFO onder CMO, CTO onder VP Engineering, ...)',
    messages: {
      atypicalLine: `{position} rapporteert aan {manager}. ${usualLinesText(usualLine)}, dus deze lijn is ongebruikelijk: ga na of die zo bedoeld is.`,
      moveUnder,
    },
  },
  'ceo-at-top': {
    description: 'De CEO rapporteert aan iets anders dan een toezichthoudend orgaan (`board`)',
    messages: {
      ceoUnderManager:
        'De CEO {ceo} rapporteert aan {manager}. De CEO is de hoogste leidinggevende en legt verantwoording af aan de raad van commissarissen of de aandeelhouders, niet aan een functie binnen de organisatie.',
      moveUnder,
      makeTop,
    },
  },
  'ciso-under-cio': {
    description: 'De CISO rapporteert aan de CIO of de CTO (functiescheiding)',
    messages: {
      cisoUnderIt:
        'De CISO {ciso} rapporteert aan de {owner} {manager}, wiens systemen de CISO beoordeelt. Beveiligingsrisico’s in die systemen komen dan terecht bij wie er eigenaar van is; rapporteren aan de CEO houdt de CISO onafhankelijk. Deze lijn komt veel voor, dus weeg hem af in plaats van hem als fout te behandelen.',
      moveUnder,
    },
  },
  'combine-cio-cto': {
    description: 'Een kleine onderneming heeft zowel een CIO als een CTO',
    messages: {
      small: `${bothTech} Een onderneming van deze omvang heeft meestal één technologiebestuurder voor zowel de interne IT als de producttechnologie; twee leiden tot overlap en discussie over wie waarvan eigenaar is.`,
      midsize: `${bothTech} Ondernemingen met minder dan {infoBelow, number} medewerkers combineren de rollen vaak en splitsen ze naarmate ze groeien. Blijven ze allebei, leg dan vast wie eigenaar is van de interne IT en wie van de producttechnologie.`,
      merge: 'Voeg {remove} samen met {keep} tot één {title}',
    },
  },
  'cto-under-cio': {
    description: 'De CTO rapporteert aan de CIO',
    messages: {
      productCompany:
        '{cto} rapporteert aan de CIO {cio}. In een productbedrijf is technologie wat het bedrijf verkoopt, dus rapporteert de CTO doorgaans aan de CEO, naast de CIO die de interne IT aanstuurt.',
      checkFit:
        '{cto} rapporteert aan de CIO {cio}. Dat is een erkende lijn als de CIO eigenaar is van de digitale strategie, maar waar technologie deel uitmaakt van het product rapporteert de CTO doorgaans aan de CEO. Ga na wat bij deze onderneming past.',
      moveUnder,
    },
  },
  'cto-without-cio': {
    description: 'Er is geen CIO en de CTO rapporteert niet aan de CEO en ook niet aan de COO',
    messages: {
      atTop: `{cto} staat bovenaan het organogram, naast ${theCeo}, in plaats van daaraan te rapporteren. ${noCioEnding}`,
      reportsElsewhere: `{cto} rapporteert aan {manager}, niet aan ${theCeo}. ${noCioEnding}`,
      moveUnder,
    },
  },
  'dotted-line': {
    description:
      'Een stippellijn wijst naar een onbekende functie of naar zichzelf, of herhaalt een doorgetrokken lijn',
    messages: {
      unknownEnd:
        'De stippellijn van {from} naar {to} wijst naar "{missing}", maar geen enkele functie heeft dat id.',
      unknownEnds:
        'De stippellijn van {from} naar {to} wijst naar "{fromId}" en "{toId}", maar geen enkele functie heeft een van die id’s.',
      toItself:
        '{from} heeft een stippellijn naar zichzelf. Een stippellijn verbindt twee verschillende functies.',
      repeatsSolid:
        'De stippellijn van {from} naar {to} herhaalt de doorgetrokken lijn: {from} rapporteert al aan {to}.',
      drawnTwice: 'De stippellijn van {from} naar {to} is meer dan één keer getekend.',
      remove: 'Verwijder de stippellijn van {from} naar {to}',
      removeToItself: 'Verwijder de stippellijn van {from} naar zichzelf',
      removeAllCopies:
        'Verwijder alle kopieën van de stippellijn van {from} naar {to}; teken hem opnieuw om er één te houden',
      keepOne: 'Houd één stippellijn van {from} naar {to}',
    },
  },
  'duplicate-executive': {
    description:
      'Een bestuursrol die een onderneming maar één keer heeft (CEO, CIO, CTO, CFO, COO, CISO, ...) wordt door twee functies vervuld',
    messages: {
      several: `{count, number} functies hebben de rol van {role}: ${holders}. Een onderneming heeft één {role}; met meer is onduidelijk wie verantwoordelijk is. Leidt een van hen maar één onderdeel, geef die functie dan rollen die bij die reikwijdte passen.`,
      handover: `${holders} {count, plural, =2 {hebben allebei de rol van {role}, een van beide} other {hebben de rol van {role}, op één na allemaal}} ad interim. Een interim naast de vaste functie is normaal tijdens een overdracht of tot de functie is ingevuld; zorg dat de overlap een einddatum heeft.`,
      merge: 'Voeg {remove} samen met {keep} en behoud de titel {keep}',
    },
  },
  'duplicate-id': {
    description: 'Twee functies hebben hetzelfde id',
    messages: {
      sharedId:
        '{count, number} functies hebben hetzelfde id "{id}" ({titles}); lijnen naar "{id}" gaan naar de eerste daarvan. Geef elke functie een eigen id.',
      removeCopies:
        '{extra, plural, one {Verwijder de dubbele kopie van {position}} other {Verwijder de # dubbele kopieën van {position}}}',
    },
  },
  'interim-executive': {
    description: 'Een bestuursfunctie wordt ad interim vervuld',
    messages: {
      interim: `De functie van ${executive} {position} wordt ad interim vervuld{holderKnown, select, yes { door {holder}} other {}}. Interim-bestuurders overbruggen een vacature of een transformatie, meestal zes maanden tot twee jaar: plan de vaste benoeming en de overdracht.`,
      makePermanent: 'Maak de benoeming vast',
      makePermanentRetitled: 'Maak de benoeming vast en wijzig de titel in “{title}”',
    },
  },
  'it-under-cio': {
    description: 'Er is een CIO en een IT-directeur of IT-manager rapporteert aan iemand anders',
    messages: {
      atTop: `{it} staat bovenaan het organogram, buiten de organisatie van {cioCount, plural, one {de CIO {cio}} other {alle CIO’s}}. ${itEnding}`,
      reportsElsewhere: `{it} rapporteert aan {manager}, buiten de organisatie van {cioCount, plural, one {de CIO {cio}} other {alle CIO’s}}. ${itEnding}`,
      moveUnder,
    },
  },
  'layer-count': {
    description: 'Het organogram is dieper dan gebruikelijk voor het aantal medewerkers',
    messages: {
      tooDeep:
        '{layers, number} managementlagen is veel voor een onderneming {sized, select, yes {met {headcount, number} medewerkers} other {van welke omvang ook}} (gebruikelijk: hooguit {limit, number}). De langste keten loopt van {top} tot {deepest}; elke laag voegt een overdracht toe tussen besluit en uitvoering. Leidinggevenden met maar één ondergeschikte zijn de eerste kandidaten om te schrappen.',
    },
  },
  'narrow-span': {
    description: 'Een leidinggevende heeft precies één directe ondergeschikte',
    messages: {
      ceoNumberTwo:
        '{position} heeft één directe ondergeschikte, {report}. Eén nummer twee is een bekend patroon, maar het legt een laag tussen de CEO en de rest van de onderneming; CEO’s van grote ondernemingen hebben tegenwoordig ongeveer tien directe ondergeschikten.',
      oneReport:
        '{position} heeft één directe ondergeschikte, {report}. Is dat het hele team, dan betaalt de laag zich misschien niet terug: besluiten passeren één bureau meer zonder dat het werk wordt verdeeld. Prima als het team nog wordt opgebouwd of gewoon niet is getekend.',
      removeLayer: 'Verwijder een laag: laat {position} rapporteren aan {manager}',
    },
  },
  'reporting-cycle': {
    description:
      'Een keten van leidinggevenden loopt rond (ook een functie die aan zichzelf rapporteert)',
    messages: {
      reportsToItself: '{position} rapporteert aan zichzelf.',
      cycle:
        'Rapportagecirkel: {path}{cut, select, yes { → … ({count, number} functies)} other {}} → {first}. Elk rapporteert aan de volgende, dus niemand in de kring heeft een top.',
      makeTop,
      reportToCeo,
    },
  },
  'seniority-inversion': {
    description:
      'Een bestuurder rapporteert aan een functie die lager in rang is (een CTO onder een VP Engineering, een CIO onder een IT-manager)',
    messages: {
      inversion:
        '{position} rapporteert aan {manager}, {level, select, manager {een functie op managementniveau} other {een functie op VP- of directeursniveau}} die lager in rang is. Een bestuurder bepaalt de koers die de lagere niveaus uitvoeren, dus deze lijn loopt de verkeerde kant op.',
      invertLine: 'Draai de lijn om: laat {manager} rapporteren aan {executive}',
      reportToCeo,
    },
  },
  'single-top': {
    description:
      'Meer dan één functie heeft geen leidinggevende (een raad van commissarissen boven de CEO is prima)',
    messages: {
      secondTop:
        '{position} heeft geen leidinggevende, dus het organogram heeft naast {main} een tweede top. Een organogram hoort één top te hebben waar alle rapportagelijnen samenkomen; een functie daarbuiten legt, met haar team, aan niemand in het organogram verantwoording af.',
      moveUnder,
    },
  },
  'span-of-control': {
    description:
      'Een leidinggevende heeft meer directe ondergeschikten dan `max` (standaard 15), of een frontlijnteam meer dan `frontlineMax` (standaard 25)',
    messages: {
      frontlineTeam:
        '{manager} leidt een frontlijnteam van {span, number}, meer dan de {limit, number} die zelfs gestandaardiseerd werk (klantenservice, schadeafhandeling, winkels) doorgaans toestaat voor één leidinggevende. Stel teamleiders aan of deel het team met een collega.',
      managersTeam:
        '{manager} heeft {span, number} directe ondergeschikten, van wie de meesten zelf een team leiden: meer dan de {limit, number} waaraan één leidinggevende genoeg tijd kan geven. Breng ze onder bij een paar teamleiders of draag een deel van het team over aan een collega.',
    },
  },
  'split-cio-cto': {
    description:
      '250 medewerkers of meer, en één functie vervult beide rollen of maar één van de twee bestaat',
    messages: {
      dualRole:
        '{position} vervult zowel de CIO- als de CTO-rol in een onderneming met {headcount, number} medewerkers. Naarmate een onderneming groeit, worden die meestal gesplitst: interne IT, governance en beheer vragen om een CIO, producttechnologie en engineering om een CTO.',
      missingRole:
        'De onderneming heeft {headcount, number} medewerkers en een {present} {position}, maar geen {missing}. Veel grote ondernemingen hebben beide nodig: een CIO voor interne IT, governance en beheer, een CTO voor producttechnologie en engineering. Dekt één bestuurder bewust beide, leg dan vast hoe.',
      addVacant: `Voeg een vacante {role} toe ${place}`,
      keepAndAdd: `Houd {position} als {keep} en voeg een vacante {other} toe ${place}`,
    },
  },
  'tech-leadership-fit': {
    description:
      'Een productbedrijf heeft geen CTO of VP Engineering, of een onderneming met 50+ medewerkers heeft geen CIO',
    messages: {
      noProductLead:
        'Dit is een productbedrijf, maar het organogram heeft geen CTO of VP Engineering. Waar technologie deel uitmaakt van het product, moet iemand eigenaar zijn van de technologievisie, de architectuur en engineering: een CTO, of een VP Engineering zolang het team klein is.',
      noCio:
        'Deze onderneming heeft {headcount, number} medewerkers maar geen CIO. Waar technologie complexe bedrijfsprocessen draagt, is een CIO eigenaar van de bedrijfs-IT, governance, beveiliging en leveranciers en stemt hij IT af op de bedrijfsstrategie; een IT-directeur runt de dagelijkse IT maar bepaalt die strategie meestal niet.',
      addCto: `Voeg een vacante CTO toe ${place}`,
      addCio: `Voeg een vacante CIO toe ${place}`,
    },
  },
  'unknown-manager': {
    description: '`reportsTo` verwijst naar geen enkele functie',
    messages: {
      unknownManager:
        '{position} rapporteert aan "{reportsTo}", maar geen enkele functie heeft dat id.',
      reportToLikely: 'Laat {position} rapporteren aan {manager} (id "{managerId}")',
      makeTop,
    },
  },
  'vacant-executive': {
    description: 'Een bestuursfunctie is vacant',
    messages: {
      vacant: `De functie van ${executive} {position} is vacant: tot die is ingevuld, is niemand aan de top verantwoordelijk voor {remits, plural, =0 {het eigen domein} one {het domein van de {remit}} other {deze domeinen}}. Benoem iemand, of stel een interim aan als overbrugging.`,
    },
  },
  'vp-engineering-under-cto': {
    description: 'Er is een CTO en de VP Engineering rapporteert aan iemand anders',
    messages: {
      atTop: `{vpe} staat bovenaan het organogram, buiten de organisatie van {ctoCount, plural, one {de CTO {cto}} other {alle CTO’s}}. ${vpeEnding}`,
      reportsElsewhere: `{vpe} rapporteert aan {manager}, buiten de organisatie van {ctoCount, plural, one {de CTO {cto}} other {alle CTO’s}}. ${vpeEnding}{besideCto, select, yes { Rapporteren aan de CEO naast de CTO past alleen als de CTO bewust een visionair zonder eigen team is.} other {}}`,
      moveUnder,
    },
  },
};
