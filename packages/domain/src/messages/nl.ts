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
    rationale:
      'Onderzoeken en praktijkbronnen zijn het eens over waar de meeste leidinggevende rollen aan rapporteren: vrijwel alle CFO’s en de meeste directeuren juridische zaken aan de CEO, CIO’s aan de CEO, de CFO of de COO, de VP Engineering aan de CTO, een IT-directeur aan de CIO. Een lijn buiten die patronen is op zich niet fout, maar wel ongebruikelijk genoeg om nog eens naar te kijken: vaak staat er een functie onder de verkeerde leidinggevende. Het bewijs loopt van grote onderzoeken (CIO, CFO, juridische zaken) tot blogs (CTO, VP Engineering), dus dit is een waarschuwing en nooit een fout.',
    messages: {
      atypicalLine: `{position} rapporteert aan {manager}. ${usualLinesText(usualLine)}, dus deze lijn is ongebruikelijk: ga na of die zo bedoeld is.`,
      moveUnder,
    },
  },
  'ceo-at-top': {
    description: 'De CEO rapporteert aan iets anders dan een toezichthoudend orgaan (`board`)',
    rationale:
      'De CEO is de hoogste leidinggevende van de organisatie en legt verantwoording af aan het toezichthoudend orgaan (de aandeelhouders, een raad van commissarissen), dat hem of haar benoemt en kan ontslaan. Een CEO onder een andere functie spreekt de titel zelf tegen: wie verantwoordelijk is voor de hele onderneming, zou opdrachten krijgen van iemand daarbinnen. Alleen de CEO van de onderneming zelf telt: een landen-, divisie- of dochter-CEO onder de groeps-CEO leidt een onderdeel (de titel of de plaats in het organogram zegt dat), en een vak bovenaan zonder eigen rol (de aandeelhouders, een holding, een raad van bestuur) geldt als bestuursorgaan. De bronnen zijn een artikel en een juridische toelichting, dus dit is een waarschuwing: het organogram is ongebruikelijk, niet kapot.',
    messages: {
      ceoUnderManager:
        'De CEO {ceo} rapporteert aan {manager}. De CEO is de hoogste leidinggevende en legt verantwoording af aan de raad van commissarissen of de aandeelhouders, niet aan een functie binnen de organisatie.',
      moveUnder,
      makeTop,
    },
  },
  'ciso-under-cio': {
    description: 'De CISO rapporteert aan de CIO of de CTO (functiescheiding)',
    rationale:
      'De CISO beoordeelt de beveiliging van de systemen die de CIO (of de CTO) beheert. Onder een van beiden rapporteert de CISO risico’s in de eigen systemen van de baas, en de IT-doelen van beschikbaarheid en kosten kunnen zwaarder wegen dan beveiliging: een belangenconflict. Het is nog altijd de meest voorkomende lijn, en beveiliging weghalen bij IT kan de grip op de uitvoering verzwakken, dus dit is een opmerking om af te wegen, geen waarschuwing.',
    messages: {
      cisoUnderIt:
        'De CISO {ciso} rapporteert aan de {owner} {manager}, wiens systemen de CISO beoordeelt. Beveiligingsrisico’s in die systemen komen dan terecht bij wie er eigenaar van is; rapporteren aan de CEO houdt de CISO onafhankelijk. Deze lijn komt veel voor, dus weeg hem af in plaats van hem als fout te behandelen.',
      moveUnder,
    },
  },
  'combine-cio-cto': {
    description: 'Een kleine onderneming heeft zowel een CIO als een CTO',
    rationale:
      'Veel grote ondernemingen hebben zowel een CIO als een CTO nodig, terwijl kleinere meestal de een of de ander hebben: een gecombineerde rol is gebruikelijk in kleine organisaties en scale-ups, en de rollen worden meestal gesplitst naarmate de onderneming groeit. Twee technologiebestuurders in een kleine onderneming leiden tot overlap en competentiestrijd, tenzij hun verantwoordelijkheden expliciet zijn verdeeld.',
    messages: {
      small: `${bothTech} Een onderneming van deze omvang heeft meestal één technologiebestuurder voor zowel de interne IT als de producttechnologie; twee leiden tot overlap en discussie over wie waarvan eigenaar is.`,
      midsize: `${bothTech} Ondernemingen met minder dan {infoBelow, number} medewerkers combineren de rollen vaak en splitsen ze naarmate ze groeien. Blijven ze allebei, leg dan vast wie eigenaar is van de interne IT en wie van de producttechnologie.`,
      merge: 'Voeg {remove} samen met {keep} tot één {title}',
    },
  },
  'cto-under-cio': {
    description: 'De CTO rapporteert aan de CIO',
    rationale:
      'De bronnen zijn het oneens. De ene zegt dat de CTO meestal aan de CIO rapporteert, of aan de CEO, vooral als er geen CIO is; andere zeggen dat de CTO, waar technologie deel uitmaakt van het product of het verdienmodel, rechtstreeks met de CEO werkt, naast de CIO. De lijn is daarom in het algemeen een opmerking en in productbedrijven een waarschuwing.',
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
    rationale:
      'Waar geen CIO is, is de CTO de hoogste technologiebestuurder en rapporteert hij aan de CEO; in een kleine onderneming zonder CIO beheert de CTO vaak ook de interne IT. Sommige grote industriële bedrijven plaatsen de CTO onder de COO, een erkende lijn. Een CTO onder een andere bestuurder, of naast de CEO bovenaan het organogram, laat technologie zonder plek aan de bestuurstafel.',
    messages: {
      atTop: `{cto} staat bovenaan het organogram, naast ${theCeo}, in plaats van daaraan te rapporteren. ${noCioEnding}`,
      reportsElsewhere: `{cto} rapporteert aan {manager}, niet aan ${theCeo}. ${noCioEnding}`,
      moveUnder,
    },
  },
  'dotted-line': {
    description:
      'Een stippellijn wijst naar een onbekende functie of naar zichzelf, of herhaalt een doorgetrokken lijn',
    rationale:
      'Een stippellijn legt een tweede (matrix)relatie vast tussen twee verschillende functies, naast de doorgetrokken lijn van de boom. Een lijn naar een id dat geen functie heeft, is meestal een tikfout of een functie die zonder haar lijnen is verwijderd; een lijn van een functie naar zichzelf, of een die de doorgetrokken lijn of een andere stippellijn herhaalt, zegt niets en maakt het organogram onrustig.',
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
    rationale:
      'Elke bestuursrol bestaat één keer per onderneming: het is het ene aanspreekpunt voor dat domein. Twee functies met dezelfde rol maken onduidelijk wie beslist. De gebruikelijke uitzondering is een overdracht: een interim-bestuurder naast de vaste (of naast de vacante vaste functie), een tijdlang, wat als opmerking wordt gemeld. Divisierollen ("CTO, Payments") en co-CEO’s zijn ook legitiem; de regel kan ze niet van een vergissing onderscheiden en waarschuwt daarom in plaats van een fout te melden.',
    messages: {
      several: `{count, number} functies hebben de rol van {role}: ${holders}. Een onderneming heeft één {role}; met meer is onduidelijk wie verantwoordelijk is. Leidt een van hen maar één onderdeel, geef die functie dan rollen die bij die reikwijdte passen.`,
      handover: `${holders} {count, plural, =2 {hebben allebei de rol van {role}, een van beide} other {hebben de rol van {role}, op één na allemaal}} ad interim. Een interim naast de vaste functie is normaal tijdens een overdracht of tot de functie is ingevuld; zorg dat de overlap een einddatum heeft.`,
      merge: 'Voeg {remove} samen met {keep} en behoud de titel {keep}',
    },
  },
  'duplicate-id': {
    description: 'Twee functies hebben hetzelfde id',
    rationale:
      'Een id benoemt één functie: leidinggevenden en stippellijnen verwijzen via hun id naar functies, dus een gedeeld id maakt elke lijn ernaartoe dubbelzinnig. Orgwise laat zo’n verwijzing naar de eerste functie met dat id gaan en meldt de botsing, zodat een van beide een ander id kan krijgen. Een functie die twee keer is geplakt en waar niets naar verwijst, kan gewoon haar kopieën kwijt.',
    messages: {
      sharedId:
        '{count, number} functies hebben hetzelfde id "{id}" ({titles}); lijnen naar "{id}" gaan naar de eerste daarvan. Geef elke functie een eigen id.',
      removeCopies:
        '{extra, plural, one {Verwijder de dubbele kopie van {position}} other {Verwijder de # dubbele kopieën van {position}}}',
    },
  },
  'interim-executive': {
    description: 'Een bestuursfunctie wordt ad interim vervuld',
    rationale:
      'Een interim-bestuurder is een brug: hij vangt een vacature of verlof op, of geeft tijdelijk richting aan een transformatie, meestal zes maanden tot twee jaar. Het organogram hoort te laten zien wat daarna komt: een vaste benoeming, of een opvolger en een datum.',
    messages: {
      interim: `De functie van ${executive} {position} wordt ad interim vervuld{holderKnown, select, yes { door {holder}} other {}}. Interim-bestuurders overbruggen een vacature of een transformatie, meestal zes maanden tot twee jaar: plan de vaste benoeming en de overdracht.`,
      makePermanent: 'Maak de benoeming vast',
      makePermanentRetitled: 'Maak de benoeming vast en wijzig de titel in “{title}”',
    },
  },
  'it-under-cio': {
    description: 'Er is een CIO en een IT-directeur of IT-manager rapporteert aan iemand anders',
    rationale:
      'De IT-directeur en de IT-manager runnen de dagelijkse IT: beheer, support, netwerken en systemen. De CIO bepaalt hoe IT de organisatie strategisch dient. Waar een CIO is, valt de interne IT daarom onder de CIO, rechtstreeks of via een IT-directeur; alleen zonder CIO is de IT-directeur de hoogste IT-functie en rapporteert hij aan de CEO, de CFO of de COO.',
    messages: {
      atTop: `{it} staat bovenaan het organogram, buiten de organisatie van {cioCount, plural, one {de CIO {cio}} other {alle CIO’s}}. ${itEnding}`,
      reportsElsewhere: `{it} rapporteert aan {manager}, buiten de organisatie van {cioCount, plural, one {de CIO {cio}} other {alle CIO’s}}. ${itEnding}`,
      moveUnder,
    },
  },
  'layer-count': {
    description: 'Het organogram is dieper dan gebruikelijk voor het aantal medewerkers',
    rationale:
      'Elke laag tussen de CEO en het werk voegt een overdracht toe, vertraagt besluiten en kost een leidinggevende. Ondernemingen krijgen meer lagen naarmate ze groeien: ongeveer 3-4 lagen is gebruikelijk bij 50-200 medewerkers en 4-5 bij 200-500, het Amerikaanse gemiddelde is ongeveer 6 en grote beursgenoteerde ondernemingen hebben een mediaan van ongeveer 9. De lagen worden geteld vanaf de CEO (laag 1) langs de diepste keten; een raad van commissarissen boven de CEO is toezicht, geen laag.',
    messages: {
      tooDeep:
        '{layers, number} managementlagen is veel voor een onderneming {sized, select, yes {met {headcount, number} medewerkers} other {van welke omvang ook}} (gebruikelijk: hooguit {limit, number}). De langste keten loopt van {top} tot {deepest}; elke laag voegt een overdracht toe tussen besluit en uitvoering. Leidinggevenden met maar één ondergeschikte zijn de eerste kandidaten om te schrappen.',
    },
  },
  'narrow-span': {
    description: 'Een leidinggevende heeft precies één directe ondergeschikte',
    rationale:
      'Een leidinggevende met één ondergeschikte kan een laag toevoegen zonder het werk te verdelen: besluiten passeren één bureau meer en niemand krijgt er capaciteit bij. Vaak is dat prima (een nieuw team, een plaatsvervanger, een managementorganogram zonder de teams), dus dit is een vraag, geen oordeel. Een toezichthoudend orgaan met één ondergeschikte (normaal de CEO) is een bestuurslijn, geen managementlaag, en wordt niet gemeld; een CEO met één nummer twee (een COO) is een bekend patroon en wordt alleen als opmerking gemeld.',
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
    rationale:
      'Wie de leidinggevenden naar boven volgt, moet bij de top van het organogram uitkomen. In een kring is niemand aan de top verantwoordelijk, heeft de kring geen laag, en zijn de leden en hun teams afgesneden van de rest van de structuur.',
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
    rationale:
      'Een C-level-bestuurder bepaalt de koers die de VP-, directeurs- en managementniveaus uitvoeren: de CTO bepaalt de technologievisie en de VP Engineering zorgt voor de uitvoering, de CIO bepaalt de IT-strategie en de IT-manager runt de dagelijkse IT. Een bestuurder onder een van hen spreekt de titels zelf tegen. De beschrijvingen komen uit wervingsartikelen en praktijkverhalen, niet uit onderzoek, en sommige van zulke lijnen komen in de praktijk veel voor (een CISO onder een IT-directeur, volgens onderzoeken naar de lijnen van CISO’s): het verdient een blik, dus een waarschuwing en geen fout.',
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
    rationale:
      'Wie de rapportagelijnen naar boven volgt, hoort op één plek uit te komen: bij het toezichthoudend orgaan, of bij de CEO als dat niet is getekend. Een tweede functie zonder leidinggevende legt aan niemand in het organogram verantwoording af, en haar team is afgesneden van de structuur; meestal is een lijn vergeten of is een deel van de onderneming ingevoegd zonder te worden verbonden.',
    messages: {
      secondTop:
        '{position} heeft geen leidinggevende, dus het organogram heeft naast {main} een tweede top. Een organogram hoort één top te hebben waar alle rapportagelijnen samenkomen; een functie daarbuiten legt, met haar team, aan niemand in het organogram verantwoording af.',
      moveUnder,
    },
  },
  'span-of-control': {
    description:
      'Een leidinggevende heeft meer directe ondergeschikten dan `max` (standaard 15), of een frontlijnteam meer dan `frontlineMax` (standaard 25)',
    rationale:
      'Er bestaat niet één juiste span of control, maar de gebruikelijke typen lopen van 3-5 directe ondergeschikten voor een meewerkend voorman tot 11-15 voor een faciliterende leidinggevende; meer dan 15 werkt voor een coördinator van gestandaardiseerd werk (klantenservice, schadeafhandeling, winkels), waar teams van 15-25 normaal zijn. Daarom houdt de regel een team van leidinggevenden op 15 en een frontlijnteam, waarvan de meeste leden niemand aansturen, op 25. Daarboven heeft een leidinggevende te weinig tijd per medewerker voor coaching, besluiten en beoordelingen.',
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
    rationale:
      'Veel grote ondernemingen hebben zowel een CIO als een CTO nodig. De CIO had ooit beide taken, en de CTO werd afgesplitst toen technologie groeide; een gecombineerde rol is gebruikelijk in kleine ondernemingen en scale-ups, maar naarmate de organisatie groeit, hebben governance, beheer, product en engineering elk een eigen leider nodig. Vanaf 250 medewerkers (een grote onderneming volgens de EU) verdient één technologiebestuurder een tweede blik, behalve dat een overheidsorganisatie, een ziekenhuis, een universiteit of een goed doel, die technologie gebruiken in plaats van verkopen, niet wordt gevraagd een CTO toe te voegen.',
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
    rationale:
      'Welke technologiebestuurder een onderneming nodig heeft, hangt af van wat technologie voor haar doet. Waar technologie deel uitmaakt van het product of het verdienmodel (SaaS, fintech, AI, platforms), is een CTO of een VP Engineering eigenaar van de technologievisie en engineering. Waar technologie complexe interne bedrijfsprocessen draagt, is een CIO eigenaar van de bedrijfs-IT, governance, beveiliging en leveranciers.',
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
    rationale:
      'Een rapportagelijn moet eindigen bij een functie in het organogram. Een `reportsTo` die nergens heen wijst, is meestal een tikfout of een functie die is verwijderd zonder haar team te verplaatsen; tot dat is opgelost, zweven de functie en haar team buiten de structuur en tellen ze niet mee in de lagen.',
    messages: {
      unknownManager:
        '{position} rapporteert aan "{reportsTo}", maar geen enkele functie heeft dat id.',
      reportToLikely: 'Laat {position} rapporteren aan {manager} (id "{managerId}")',
      makeTop,
    },
  },
  'vacant-executive': {
    description: 'Een bestuursfunctie is vacant',
    rationale:
      'Elke bestuursrol is eigenaar van een domein (strategie, financiën, bedrijfsvoering, informatie, technologie, ...). Zolang de functie vacant is, is niemand aan de bestuurstafel verantwoordelijk voor dat domein; een interim-benoeming is de gebruikelijke brug tot een vaste bestuurder begint.',
    messages: {
      vacant: `De functie van ${executive} {position} is vacant: tot die is ingevuld, is niemand aan de top verantwoordelijk voor {remits, plural, =0 {het eigen domein} one {het domein van de {remit}} other {deze domeinen}}. Benoem iemand, of stel een interim aan als overbrugging.`,
    },
  },
  'vp-engineering-under-cto': {
    description: 'Er is een CTO en de VP Engineering rapporteert aan iemand anders',
    rationale:
      'De CTO bepaalt de technologievisie en de architectuur; de VP Engineering zorgt voor de uitvoering: teams, processen en oplevering. Waar een CTO is, werkt de VP Engineering daarom in de organisatie van de CTO. Een VP Engineering naast de CTO onder de CEO past alleen als de CTO bewust een visionair zonder eigen team is.',
    messages: {
      atTop: `{vpe} staat bovenaan het organogram, buiten de organisatie van {ctoCount, plural, one {de CTO {cto}} other {alle CTO’s}}. ${vpeEnding}`,
      reportsElsewhere: `{vpe} rapporteert aan {manager}, buiten de organisatie van {ctoCount, plural, one {de CTO {cto}} other {alle CTO’s}}. ${vpeEnding}{besideCto, select, yes { Rapporteren aan de CEO naast de CTO past alleen als de CTO bewust een visionair zonder eigen team is.} other {}}`,
      moveUnder,
    },
  },
};
