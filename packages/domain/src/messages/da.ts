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
    rationale:
      'Undersøgelser og praktikere er enige om, hvor de fleste lederroller refererer: stort set alle økonomidirektører og de fleste chefjurister til den administrerende direktør, CIO’er til den administrerende direktør, økonomidirektøren eller COO’en, VP Engineering til CTO’en og en it-direktør til CIO’en. En linje uden for de mønstre er ikke forkert i sig selv, men den er usædvanlig nok til et ekstra blik: den viser ofte en boks, der er placeret under den forkerte leder. Belægget spænder fra store undersøgelser (CIO, økonomidirektør, chefjurist) til blogindlæg (CTO, VP Engineering), så reglen advarer, men melder aldrig fejl.',
    messages: {
      atypicalLine: `{position} refererer til {manager}. ${usualLinesText(usualLine)}, så denne linje er usædvanlig: kontrollér, at den er tilsigtet.`,
      moveUnder,
    },
  },
  'ceo-at-top': {
    description: 'Den administrerende direktør refererer til andre end en bestyrelse (`board`)',
    rationale:
      'Den administrerende direktør er organisationens øverste leder og står til ansvar over for bestyrelsen (ejerne, et tilsynsråd), som ansætter og kan afskedige vedkommende. En administrerende direktør under en anden stilling modsiger selve titlen: den, der har ansvaret for hele virksomheden, ville tage imod ordrer fra en person i den. Kun virksomhedens egen administrerende direktør tæller: en lande-, divisions- eller datterselskabsdirektør under koncernchefen leder en enhed (titlen eller placeringen i diagrammet siger det), og en boks øverst uden egen rolle (ejerne, et holdingselskab, en direktion) opfattes som ledelsesorgan. Kilderne er en artikel og en juridisk forklaring, så reglen advarer: diagrammet er usædvanligt, ikke forkert.',
    messages: {
      ceoUnderManager:
        'Den administrerende direktør {ceo} refererer til {manager}. Den administrerende direktør er virksomhedens øverste leder og står til ansvar over for bestyrelsen eller ejerne, ikke over for en stilling i organisationen.',
      moveUnder,
      makeTop,
    },
  },
  'ciso-under-cio': {
    description: 'CISO’en refererer til CIO’en eller CTO’en (funktionsadskillelse)',
    rationale:
      'Informationssikkerhedschefen vurderer sikkerheden i de systemer, som CIO’en (eller CTO’en) driver. Under en af dem rapporterer sikkerhedschefen risici i chefens egne systemer, og it’s mål om oppetid og omkostninger kan veje tungere end sikkerheden: en interessekonflikt. Det er stadig den mest udbredte linje, og at flytte sikkerheden væk fra it kan svække grebet om it-driften, så reglen giver en bemærkning, som virksomheden må veje, ikke en advarsel.',
    messages: {
      cisoUnderIt:
        'Informationssikkerhedschefen {ciso} refererer til {owner}’en {manager}, hvis systemer sikkerhedschefen vurderer. Sikkerhedsrisici i de systemer går dermed til den, der ejer dem; en linje til den administrerende direktør holder sikkerhedschefen uafhængig. Linjen er udbredt, så vej den op frem for at behandle den som en fejl.',
      moveUnder,
    },
  },
  'combine-cio-cto': {
    description: 'En lille virksomhed har både en CIO og en CTO',
    rationale:
      'Mange store virksomheder har brug for både en CIO og en CTO, mens mindre virksomheder som regel har den ene eller den anden: en samlet rolle er almindelig i små organisationer og scale-ups, og rollerne deles normalt, når virksomheden vokser. To teknologiledere i en lille virksomhed giver overlap og revirkampe, medmindre ansvaret er delt klart op.',
    messages: {
      small: `${bothTech} En så lille virksomhed har normalt én teknologileder, der dækker både den interne it og produktteknologien; to giver overlap og uenighed om, hvem der ejer hvad.`,
      midsize: `${bothTech} Virksomheder med under {infoBelow, number} medarbejdere slår ofte rollerne sammen og deler dem igen, når de vokser. Bliver begge, så skriv ned, hvem der ejer den interne it, og hvem der ejer produktteknologien.`,
      merge: 'Slå {remove} sammen med {keep} som én {title}',
    },
  },
  'cto-under-cio': {
    description: 'CTO’en refererer til CIO’en',
    rationale:
      'Kilderne er uenige. Én siger, at CTO’en normalt refererer til CIO’en, eller til den administrerende direktør, især når der ikke er en CIO; andre siger, at hvor teknologien er en del af produktet eller forretningsmodellen, arbejder CTO’en direkte med den administrerende direktør, side om side med CIO’en. Linjen er derfor en bemærkning i almindelighed og en advarsel i produktvirksomheder.',
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
    rationale:
      'Hvor der ikke er en CIO, er CTO’en den øverste teknologileder og refererer til den administrerende direktør; i en lille virksomhed uden CIO driver CTO’en ofte også den interne it. Nogle store produktionsvirksomheder placerer CTO’en under COO’en, en anerkendt linje. En CTO under en anden direktør, eller ved siden af den administrerende direktør øverst i diagrammet, efterlader teknologien uden plads ved direktionsbordet.',
    messages: {
      atTop: `{cto} står øverst i diagrammet ved siden af ${theCeo} i stedet for at referere til vedkommende. ${noCioEnding}`,
      reportsElsewhere: `{cto} refererer til {manager}, ikke til ${theCeo}. ${noCioEnding}`,
      moveUnder,
    },
  },
  'dotted-line': {
    description:
      'En stiplet linje peger på en ukendt stilling eller på sig selv, eller gentager en fast linje',
    rationale:
      'En stiplet linje viser en sekundær relation (matrix) mellem to forskellige stillinger ved siden af træets faste linje. En linje til et id, som ingen stilling har, er som regel en tastefejl eller en stilling, der er slettet uden sine linjer; en linje fra en stilling til sig selv, eller en, der gentager den faste linje eller en anden stiplet linje, siger intet og roder diagrammet til.',
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
    rationale:
      'Hver direktionsrolle findes én gang i en virksomhed: den er det ene sted, hvor ansvaret for området ligger. To stillinger med samme rolle gør det uklart, hvem der beslutter. Den sædvanlige undtagelse er en overdragelse: en konstitueret leder ved siden af den faste (eller den ubesatte faste stilling) i en periode, som meldes som en bemærkning. Divisionsroller ("CTO, Payments") og delte administrerende direktører er også legitime; reglen kan ikke skelne dem fra en fejl, så den advarer i stedet for at melde fejl.',
    messages: {
      several: `{count, number} stillinger har rollen som {role}: ${holders}. En virksomhed har én {role}; med flere er det uklart, hvem der har ansvaret. Leder en af dem kun en enkelt enhed, så giv stillingen roller, der passer til det omfang.`,
      handover: `${holders} {count, plural, =2 {har begge rollen som {role}, den ene} other {har rollen som {role}, alle undtagen én}} som konstitueret. En konstitueret ved siden af den faste stilling er normalt under en overdragelse, eller indtil stillingen er besat; sørg for, at overlappet har en slutdato.`,
      merge: 'Slå {remove} sammen med {keep}, og behold titlen {keep}',
    },
  },
  'duplicate-id': {
    description: 'To stillinger har samme id',
    rationale:
      'Et id navngiver én stilling: ledere og stiplede linjer peger på stillinger via id, så et delt id gør hver linje til det tvetydig. Orgwise lader en sådan henvisning gå til den første stilling med id’et og melder sammenstødet, så det kan omdøbes. En stilling, der er indsat to gange, og som intet peger på, kan blot miste sine kopier.',
    messages: {
      sharedId:
        '{count, number} stillinger har samme id "{id}" ({titles}); linjer til "{id}" går til den første af dem. Giv hver stilling sit eget id.',
      removeCopies:
        '{extra, plural, one {Fjern den gentagne kopi af {position}} other {Fjern de # gentagne kopier af {position}}}',
    },
  },
  'interim-executive': {
    description: 'En direktionsstilling er besat af en konstitueret',
    rationale:
      'En konstitueret topleder er en bro: vedkommende dækker en vakance eller orlov, eller giver midlertidig retning i en omstilling, typisk i et halvt til to år. Diagrammet bør vise, hvad der kommer bagefter: en fast ansættelse, eller en efterfølger og en dato.',
    messages: {
      interim: `Stillingen som ${executive} {position} er besat af en konstitueret{holderKnown, select, yes { ({holder})} other {}}. Konstituerede topledere bygger bro over en vakance eller en omstilling, typisk i et halvt til to år: planlæg den faste ansættelse og overdragelsen.`,
      makePermanent: 'Gør ansættelsen fast',
      makePermanentRetitled: 'Gør ansættelsen fast, og omdøb stillingen til “{title}”',
    },
  },
  'it-under-cio': {
    description: 'Der er en CIO, og en it-direktør eller it-chef refererer til en anden',
    rationale:
      'It-direktøren og it-chefen driver den daglige it: drift, support, netværk og systemer. CIO’en beslutter, hvordan it tjener organisationen strategisk. Hvor der er en CIO, ligger den interne it derfor i CIO’ens organisation, direkte eller gennem en it-direktør; kun uden en CIO er it-direktøren den øverste it-rolle og refererer til den administrerende direktør, økonomidirektøren eller COO’en.',
    messages: {
      atTop: `{it} står øverst i diagrammet, uden for organisationen under {cioCount, plural, one {CIO’en {cio}} other {nogen af CIO’erne}}. ${itEnding}`,
      reportsElsewhere: `{it} refererer til {manager}, uden for organisationen under {cioCount, plural, one {CIO’en {cio}} other {nogen af CIO’erne}}. ${itEnding}`,
      moveUnder,
    },
  },
  'layer-count': {
    description: 'Diagrammet er dybere end normalt for antallet af medarbejdere',
    rationale:
      'Hvert lag mellem den administrerende direktør og arbejdet tilføjer en overlevering, gør beslutninger langsommere og koster en leder. Virksomheder får flere lag, når de vokser: omkring 3-4 lag er normalt for 50-200 medarbejdere og 4-5 for 200-500, gennemsnittet i USA er omkring 6, og store børsnoterede selskaber har en median på omkring 9. Lagene tælles fra den administrerende direktør (lag 1) ned ad den dybeste kæde; en bestyrelse over den administrerende direktør er ledelsesorgan, ikke et lag.',
    messages: {
      tooDeep:
        '{layers, number} ledelseslag er mange for en virksomhed {sized, select, yes {med {headcount, number} medarbejdere} other {af enhver størrelse}} (normalt højst {limit, number}). Den længste kæde går fra {top} ned til {deepest}; hvert lag tilføjer en overlevering mellem beslutning og udførelse. Ledere med kun én medarbejder er de første kandidater til at blive fjernet.',
    },
  },
  'narrow-span': {
    description: 'En leder har præcis én direkte medarbejder',
    rationale:
      'En leder med kun én medarbejder kan tilføje et lag uden at fordele arbejdet: beslutninger passerer ét skrivebord mere, og ingen får mere kapacitet. Det er ofte i orden (et nyt team, en stedfortræder, et ledelsesdiagram uden teamene), så det er et spørgsmål, ikke en dom. En bestyrelse med én medarbejder (normalt den administrerende direktør) er en ledelseslinje, ikke et ledelseslag, og meldes ikke; en administrerende direktør med en enkelt nummer to (en COO) er et kendt mønster og meldes kun som bemærkning.',
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
    rationale:
      'Følger man lederne opad, skal man ende i toppen af diagrammet. I en ring har ingen ansvaret i toppen, ringen har intet lag, og dens medlemmer og deres teams er skåret fra resten af strukturen.',
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
    rationale:
      'En topleder sætter den retning, som VP-, chef- og lederniveauerne fører ud i livet: CTO’en sætter teknologivisionen, og VP Engineering står for udførelsen; CIO’en sætter it-strategien, og it-chefen driver den daglige it. En topleder under en af dem modsiger selve titlerne. Beskrivelserne kommer fra rekrutteringsartikler og praktikeres erfaringer snarere end undersøgelser, og nogle af de linjer er almindelige i praksis (en informationssikkerhedschef under en it-direktør, ifølge undersøgelser af sikkerhedschefers linjer): værd at se på, så en advarsel, ikke en fejl.',
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
    rationale:
      'Følger man rapporteringslinjerne opad, bør de ende ét sted: i bestyrelsen, eller hos den administrerende direktør, når ingen bestyrelse er tegnet. En stilling nummer to uden leder står ikke til ansvar over for nogen i diagrammet, og dens team er skåret fra strukturen; som regel er en linje glemt, eller en del af virksomheden er sat ind uden at blive forbundet.',
    messages: {
      secondTop:
        '{position} har ingen leder, så diagrammet har en top nummer to ved siden af {main}. Et organisationsdiagram bør have én top, hvor alle rapporteringslinjer ender; en stilling uden for den står, sammen med sit team, ikke til ansvar over for nogen i diagrammet.',
      moveUnder,
    },
  },
  'span-of-control': {
    description:
      'En leder har flere direkte medarbejdere end `max` (standard 15), eller et frontlinjeteam flere end `frontlineMax` (standard 25)',
    rationale:
      'Der findes ikke ét rigtigt ledelsesspænd, men de sædvanlige typer går fra 3-5 direkte medarbejdere for en spillende træner til 11-15 for en facilitator; mere end 15 fungerer for en koordinator af standardiseret arbejde (kundeservice, skadebehandling, butikker), hvor teams på 15-25 er normale. Derfor holder reglen et team af ledere på højst 15 og et frontlinjeteam, hvor de fleste ikke leder nogen, på højst 25. Over grænsen har en leder for lidt tid pr. medarbejder til sparring, beslutninger og opfølgning.',
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
    rationale:
      'Mange store virksomheder har brug for både en CIO og en CTO. CIO’en havde engang begge jobs, og CTO-rollen blev skilt ud, efterhånden som teknologien voksede; en samlet rolle er almindelig i små virksomheder og scale-ups, men når organisationen vokser, har governance, drift, produkt og udvikling hver brug for sin egen leder. Fra 250 medarbejdere (en stor virksomhed efter EU’s definition) er én teknologileder værd at se nærmere på, dog bliver en offentlig myndighed, et hospital, et universitet eller en almennyttig organisation, der driver sin teknologi frem for at sælge den, ikke bedt om at tilføje en CTO.',
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
    rationale:
      'Hvilken teknologileder en virksomhed har brug for, afhænger af, hvad teknologien gør for den. Hvor teknologien er en del af produktet eller forretningsmodellen (SaaS, fintech, AI, platforme), ejer en CTO eller en VP Engineering teknologivisionen og udviklingen. Hvor teknologien bærer komplekse interne forretningsprocesser, ejer en CIO virksomhedens it, governance, sikkerhed og leverandører.',
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
    rationale:
      'En rapporteringslinje skal ende ved en stilling i diagrammet. En `reportsTo`, der peger ud i det blå, er som regel en tastefejl eller en stilling, der er slettet uden at flytte sit team; indtil det er rettet, svæver stillingen og dens team uden for strukturen og tælles ikke med i dens lag.',
    messages: {
      unknownManager: '{position} refererer til "{reportsTo}", men ingen stilling har det id.',
      reportToLikely: 'Lad {position} referere til {manager} (id "{managerId}")',
      makeTop,
    },
  },
  'vacant-executive': {
    description: 'En direktionsstilling er ubesat',
    rationale:
      'Hver direktionsrolle ejer et område (strategi, økonomi, drift, information, teknologi, ...). Så længe stillingen er ubesat, har ingen ved direktionsbordet ansvaret for det område; en konstitueret er den sædvanlige bro, indtil en fast leder tiltræder.',
    messages: {
      vacant: `Stillingen som ${executive} {position} er ubesat: indtil den bliver besat, har ingen i toppen ansvaret for {remits, plural, =0 {stillingens område} one {{remit}-området} other {disse områder}}. Ansæt en, eller udpeg en konstitueret som bro.`,
    },
  },
  'vp-engineering-under-cto': {
    description: 'Der er en CTO, og VP Engineering refererer til en anden',
    rationale:
      'CTO’en sætter teknologivisionen og arkitekturen; VP Engineering står for udførelsen: teams, processer og leverancer. Hvor der er en CTO, arbejder VP Engineering derfor i CTO’ens organisation. En VP Engineering ved siden af CTO’en under den administrerende direktør passer kun, når CTO’en bevidst er visionær uden eget team.',
    messages: {
      atTop: `{vpe} står øverst i diagrammet, uden for organisationen under {ctoCount, plural, one {CTO’en {cto}} other {nogen af CTO’erne}}. ${vpeEnding}`,
      reportsElsewhere: `{vpe} refererer til {manager}, uden for organisationen under {ctoCount, plural, one {CTO’en {cto}} other {nogen af CTO’erne}}. ${vpeEnding}{besideCto, select, yes { En linje til den administrerende direktør side om side med CTO’en passer kun, når CTO’en bevidst er visionær uden eget team.} other {}}`,
      moveUnder,
    },
  },
};
