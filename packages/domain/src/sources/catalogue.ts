// The evidence behind the rules, transcribed from shared/docs/domain-knowledge.md.
// Rules cite these ids; findings print the source titles so that a reader can look them up.

export type Confidence = 'H' | 'M' | 'L';

export interface Source {
  /** Short citation, printed in findings. */
  readonly title: string;
  readonly url?: string;
  /** What the source supports, in one sentence. */
  readonly supports: string;
  /** H: primary or several consistent sources; M: one reputable secondary report; L: blog or aggregator. */
  readonly confidence: Confidence;
}

export const seedSources = {
  'SEED:000': {
    title: 'Indeed: CIO vs CTO, differences, similarities and career paths (Danish edition)',
    supports: 'Seed document 000_d1b43db3bbe2d435.txt',
    confidence: 'L',
  },
  'SEED:001': {
    title: 'Investopedia: Chief Technology Officer (CTO)',
    supports: 'Seed document 001_7b70bc5b067dcf53.txt',
    confidence: 'L',
  },
  'SEED:002': {
    title: 'Iduet: CIO vs. CTO',
    supports: 'Seed document 002_c887875b5726e6e5.txt',
    confidence: 'L',
  },
  'SEED:003': {
    title: 'Businessgids.nl: CIO betekenis',
    supports: 'Seed document 003_3812cdf47fdfcdbb.txt',
    confidence: 'L',
  },
  'SEED:004': {
    title: 'Purple Quarter: the CEO-CTO relationship (D. S. Ahlawat, 2019)',
    supports: 'Seed document 004_aad1829c9d6f016e.txt',
    confidence: 'L',
  },
} as const satisfies Record<string, Source>;

/** The chart model itself: structural rules rest on what the contract defines, not on a study. */
export const modelSources = {
  'MODEL:chart': {
    title:
      'Orgwise chart contract: unique ids, at most one solid-line manager per position, a tree of reporting lines',
    supports:
      'A reporting structure is a tree: each position has one solid-line manager, ids are unique, and every line ends at a position.',
    confidence: 'H',
  },
} as const satisfies Record<string, Source>;

export const externalSources = {
  'EXT:1': {
    title: 'CIO Executive Council, "The Wrap: 2018 State of the CIO Survey"',
    url: 'https://cioexecutivecouncil.com/resources/the-wrap-2018-state-of-the-cio-survey/',
    supports:
      '47% of CIOs report directly to CEO; "a large portion (51%)" work in SMBs (<1,000 employees) (ambiguous wording)',
    confidence: 'M',
  },
  'EXT:2': {
    title: 'CIO.com, "State of the CIO 2017" (A. Dennison)',
    url: 'https://www.cio.com/article/236147/state-of-the-cio-2017-2.html',
    supports: '"who CIOs report to" is a tracked KPI; 550-650 "heads of IT" respondents/yr',
    confidence: 'M',
  },
  'EXT:3': {
    title: 'Aggregated page citing a global CIO survey (likely Deloitte)',
    url: 'https://test.ivvo.nl/who-does-chief-information-officer-report-to.html',
    supports:
      '11% of global CIOs report into operations (COO); 25% in financial services; "if software is central to the business model the CTO may serve on the exec committee along with, or in place of, a CIO; where the CIO owns digital strategy the CTO may report to the CIO"',
    confidence: 'L',
  },
  'EXT:4': {
    title: 'CSO Online, "It\'s time to rethink CISO reporting lines"',
    url: 'https://31wedge.com/its-time-to-rethink-ciso-reporting-lines/',
    supports:
      '64% of CISOs report into IT (mainly CIO/CTO); 11% directly to CEO; smaller shares to CFO, CRO, legal; IT reporting called a "governance anti-pattern"',
    confidence: 'M',
  },
  'EXT:5': {
    title: 'valutric.com citing Georgia Tech "Governance of Cybersecurity: 2015 Report"',
    url: 'https://valutric.com/whats-the-best-way-to-organize-the-ciso-reporting-structure/',
    supports:
      '40% of 121 companies: CISO reports to CIO (NA 51%, Europe 33%, Asia 26%); little change 2010-2015',
    confidence: 'M',
  },
  'EXT:6': {
    title: 'Broadgate Consultants, "The Reporting Line of the CISO is Key to Success" (2015)',
    url: 'http://www.broadgateconsultants.com/blog/tag/coo/',
    supports:
      'Big-4 surveys: CIO is the most common CISO line but only ~1/3; lines span CEO, COO, CAO, CFO, CRO, legal; lines below the CIO also common',
    confidence: 'L',
  },
  'EXT:7': {
    title: 'dynamiccio.com, "There is a Conflict of Interest in CISO Reporting to CIO"',
    url: 'http://dynamiccio.com/detail.php?id=1217',
    supports:
      'CISO finds vulnerabilities in the CIO\'s own systems -> "suppression of risk"; trend to move CISO to risk officer or CEO',
    confidence: 'L',
  },
  'EXT:8': {
    title: 'ISACA CISM practice material (courseiva)',
    url: 'https://courseiva.com/questions/isaca/isaca-cism/...',
    supports:
      'CISM framing: reporting to CIO "can create a conflict of interest as IT may prioritize availability over security"; board/audit-committee line preferred for independence',
    confidence: 'L',
  },
  'EXT:9': {
    title: 'Gartner 2025 CDAO Agenda Survey (reported by rockingrobots.com, theoutpost.ai)',
    url: 'https://www.rockingrobots.com/gartner-data-officers-responsible-for-ai/',
    supports:
      '36% of CDAOs report directly to CEO (21% prior year); 504 respondents; "Expert D&A leader" archetype typically reports into IT',
    confidence: 'M',
  },
  'EXT:10': {
    title: 'Gartner 2nd CDO survey (ITPro)',
    url: 'https://www.itpro.com/strategy/27548/gartner-cdos-are-plotting-a-course-to-become-ceo',
    supports:
      '30% of CDOs report to CEO (2016); 2017: >50% report to a top business leader (CEO, COO, CFO, president/owner, board)',
    confidence: 'M',
  },
  'EXT:11': {
    title: 'Gartner 1st CDO survey summary (ACS)',
    url: 'https://dga.acs.org.au/news-and-articles/2016-07-07-governance-and-analytics-will-be-top-priorities.html',
    supports: 'Most effective CDOs report outside traditional IT (but more conflict with IT)',
    confidence: 'M',
  },
  'EXT:12': {
    title: 'Neilson & Wulf, "How Many Direct Reports?", HBR April 2012 (R1204H)',
    url: 'http://hbr.org/2012/04/how-many-direct-reports/ar/pr',
    supports:
      'CEO span doubled from ~5 (mid-1980s) to ~10 (mid-2000s); functional leaders = 80% of increase; COO position fading',
    confidence: 'H',
  },
  'EXT:13': {
    title:
      'McKinsey, "How to identify the right \'spans of control\' for your organization" (Dec 2017)',
    url: 'https://www.mckinsey.com/business-functions/organization/our-insights/how-to-identify-the-right-spans-of-control-for-your-organization',
    supports:
      'No single magic number; 5 archetypes: player/coach 3-5, coach 6-7, supervisor 8-10, facilitator 11-15, coordinator 15+',
    confidence: 'H',
  },
  'EXT:14': {
    title: 'EU Recommendation 2003/361/EC, via IPR Helpdesk',
    url: 'https://www.iprhelpdesk.eu/node/504',
    supports:
      'micro <10 staff & <=EUR2m turnover or BS; small <50 & <=EUR10m; medium <250 & <=EUR50m turnover or <=EUR43m BS; group aggregation applies',
    confidence: 'H',
  },
  'EXT:15': {
    title:
      'IIA Practice Advisory 1110-2 (in Braiotta, *The Audit Committee Handbook*, 2004) and IIA Standard 1110 (restated at brainscape / t-tees); IIA UK position paper May 2020',
    url: 'https://www.iia.org.uk/resources/delivering-internal-audit/position-paper-the-functional-relationship-between-audit-committee-chairs-and-chief-audit-executives/',
    supports:
      'CAE reports functionally to the board/audit committee, administratively (normally) to the CEO; IIA UK: audit-committee chair is responsible for CAE line management, appointment/removal, remuneration; ~70% of CAEs report functionally to AC (IIA GAIN 2004)',
    confidence: 'H',
  },
  'EXT:16': {
    title: 'ACC Chief Legal Officers Survey 2023 (Society for Corporate Governance blog)',
    url: 'https://connect.societycorpgov.org/blogs/randi-morrison/2023/02/08/...',
    supports:
      'US: 81% of CLOs report directly to CEO (84% prior yr), lower outside US; next most common: CFO; ~80% globally; 55% also corporate secretary; majority also own compliance & privacy; 20% own cybersecurity response',
    confidence: 'H',
  },
  'EXT:17': {
    title: 'SHRM reporting XpertHR "HR Staffing and Resources 2021"',
    url: 'https://www.shrm.org/in/topics-tools/news/survey-many-hr-leaders-report-to-head-organization',
    supports:
      'Head of HR "at many organizations" reports to CEO/president/owner; 13% to CFO, 10% to COO (417 US employers, 67% <250 staff)',
    confidence: 'M',
  },
  'EXT:18': {
    title: 'Wikipedia-derived CHRO entry (piglix)',
    url: 'http://piglix.com/piglix/Chief_human_resources_officer',
    supports:
      'CHRO aliases: Chief People Officer, Chief Personnel Officer, EVP/SVP Human Resources; "increasingly reports directly to the CEO"',
    confidence: 'L',
  },
  'EXT:19': {
    title: 'Resonance Search role comparisons; freshflows glossary',
    url: 'https://www.resonancesearch.com/compare/chief-product-officer-cpo-vs-product-lead-vs-head-of-product-management',
    supports:
      'CPO reports to CEO, board-facing; "Head of Product" reports to CEO; CPO aliases VP Product / Head of Product',
    confidence: 'L',
  },
  'EXT:20': {
    title: 'climbtheladder.com "Who do product managers report to" ; 25friday.com',
    supports:
      'PMs report to CPO/VP Product in mature orgs; to CTO/Head of Eng in early-stage or highly technical firms',
    confidence: 'L',
  },
  'EXT:21': {
    title: 'ctopeek.com, climbtheladder.com "Who does the CTO report to", feeddi.com',
    supports:
      'CTO -> CEO most common in tech firms/startups; CTO -> CIO or COO in larger corporates; co-founder CTO',
    confidence: 'L',
  },
  'EXT:22': {
    title: 'Patchworks/aggregator "Who does a CIO report to"',
    supports: 'CIO -> CEO, COO, occasionally CFO; possible dotted line to board tech committee',
    confidence: 'L',
  },
  'EXT:23': {
    title:
      'MIT Venture Mentoring / orbit-kb "What is the difference between a CTO and a VP Engineering?"',
    url: 'https://orbit-kb.mit.edu/hc/en-us/articles/205164453',
    supports:
      'CTO appears earlier (often co-founder); VP Eng "makes sense as the technical team starts to scale"',
    confidence: 'M',
  },
  'EXT:24': {
    title: 'roles.cc "CTO vs. VP Engineering" (Dec 2024); upstackhq.com; conceptspring.com',
    supports:
      'CTO = external/strategic (vision, architecture, R&D); VP Eng = internal/operational (team building, process, delivery, quality); when no CTO, CTO duties roll into VP/Director Eng; "in many good startups the two are the same person" (J. Giannandrea); VP Eng becomes relevant once headcount passes ~15-20',
    confidence: 'L',
  },
  'EXT:25': {
    title: 'Decision Marketing on Forrester "Untuck the CMO" (2023)',
    url: 'https://www.decisionmarketing.co.uk/news/cmos-with-strong-ties-to-the-ceo-far-more-successful',
    supports:
      '54% of CMOs report directly to CEO; the rest "tucked" under Chief Customer Officer, Chief Growth Officer, Chief Digital Officer or COO',
    confidence: 'M',
  },
  'EXT:26': {
    title:
      'Spencer Stuart CMO tenure studies (spencerstuart.com 2014; theamericapost.com on 2025 study)',
    supports:
      '~31% of S&P 500 have no CMO; marketing may sit under a Chief Growth Officer or Chief Revenue Officer',
    confidence: 'M',
  },
  'EXT:27': {
    title: 'strategy+business (Strategy&, G. Neilson) "The Decline of the COO"',
    url: 'https://www.strategy-business.com/article/00328',
    supports:
      'Share of Fortune 500 / S&P 500 with a COO fell from 48% (2000) to 36% (2014) (Crist Kolder); COO is traditionally the "number two" and heir apparent; 44% of CEOs were COOs',
    confidence: 'H',
  },
  'EXT:28': {
    title: 'Financial Executives Research Foundation (FEI) Q&A "Reporting Relationships"',
    url: 'https://nf.financialexecutives.org/...',
    supports:
      '"Virtually all" CFOs report directly to the CEO (FEI 2007 comp survey: 1,021 of 1,844 members reported to CEO); CFO has a dotted line to the audit committee; SOX s.302 personal certification by CEO and CFO',
    confidence: 'M',
  },
  'EXT:29': {
    title:
      'study.com "Difference Between CIO and IT Director"; diffexpert.xyz; cio-hub.com; preyproject.com "CIO vs IT Director"',
    supports:
      'CIO = executive head of all IT; IT Director = management level, runs day-to-day IT operations/SLAs, "typically reports to the CIO"; may be the top IT person (reporting to CEO/president/CFO) where there is no CIO; orgs with 250+ employees "typically benefit from having both" (vendor claim)',
    confidence: 'L',
  },
  'EXT:30': {
    title: 'rackless.com "CIO vs IT Director"',
    supports:
      'Title reflects whether IT is treated as investment (CIO) or cost centre (IT Director); a CTO/VP Eng, not an IT Director, oversees software development',
    confidence: 'L',
  },
  'EXT:31': {
    title: 'PwC Saratoga Workforce Index, "Layers"',
    url: 'https://workforce.pwc.com/hr-metrics/layers',
    supports:
      'National (US) average 2022 = 6 layers from top C-suite to lowest entry level (C-suite counted); high variance by industry',
    confidence: 'H',
  },
  'EXT:32': {
    title: 'Ewens & Giroud (Columbia, 2025), via Klement on Investing',
    url: 'https://klementoninvesting.substack.com/p/are-hierarchical-companies-better',
    supports:
      'LinkedIn data, 2,500+ US public firms: median about 9 layers, stable over a decade; more employees -> more layers; tech sector similar to others',
    confidence: 'M',
  },
  'EXT:33': {
    title: 'teamchart.io "Layers and depth"',
    url: 'https://teamchart.io/org-design/layers-and-depth/',
    supports:
      'Rule of thumb: 50-200 people -> 3-4 layers; 200-500 -> 4-5; CEO = layer 1; count deepest path; dotted lines are not layers',
    confidence: 'L',
  },
  'EXT:34': {
    title:
      'Computerworld.dk, "Når CIO\'en selv skal stå skoleret: Her er it-chefens egen chef" (2016)',
    url: 'https://www.computerworld.dk/art/237002/',
    supports:
      'UK CIO survey of 100 CIOs: 56% report to CEO, 25% CFO, 10% COO, 9% other; CIOs on the executive board rose 37% -> 43%. Danish "Årets CIO 2016" nominees: 3 of 5 report to CFO, 1 to CEO, 1 to CDO ("digital direktør")',
    confidence: 'M',
  },
  'EXT:35': {
    title: 'Computerworld.dk, "To forskellige typer af it-chefer" (2014)',
    url: 'https://www.computerworld.dk/art/229478/',
    supports: 'CIO.com survey of 722 CIOs: 44% report directly to CEO (39% prior year)',
    confidence: 'M',
  },
  'EXT:36': {
    title: 'Computerworld.dk, "Derfor er CIO\'en i spil som firmaets næste topchef" (IDC Nordic)',
    url: 'https://www.computerworld.dk/art/225295/',
    supports:
      '"In many places the CIO still reports to the CFO (økonomidirektøren)" in Danish business; CIO defined (Årets CIO) as highest-ranking person spending >50% of time on IT (art/34205)',
    confidence: 'M',
  },
  'EXT:37': {
    title: 'homepage.dk "CTO betydning"',
    url: 'https://homepage.dk/cto-betydning',
    supports:
      'Danish for CTO: "teknologidirektør", "teknisk direktør"; CIO usually internal IT, operations, business systems',
    confidence: 'L',
  },
  'EXT:38': {
    title: 'Qhuba (NL), "Recruitment van een CIO, CTO of CDO?" (2018)',
    url: 'https://www.qhuba.com/blog/recruitment-van-een-cio-cto-of-cdo-ben-duidelijk-over-de-invulling-van-de-rol/',
    supports:
      'CIO usually sits on the board, ultimately responsible for all IT; "depending on the size of the organisation there is, or is not, an IT manager or IT director under the CIO; in smaller organisations the IT manager/director is often the highest position"; warns "CDO (Chief Digital Officer, not to be confused with Chief Data Officer)"; titles say little about content',
    confidence: 'M',
  },
  'EXT:39': {
    title: 'Computable.nl (2016) "Vijf IT-topvrouwen"',
    supports:
      'Dutch titles in use: "cio", "head of IT ...", "hoofd informatievoorziening" (head of information management), "plaatsvervangend cio" (deputy CIO), "hoofd CIO-Office"',
    confidence: 'M',
  },
  'EXT:40': {
    title: 'Passionned Group (NL) "Wat is een CIO"',
    url: 'https://www.passionned.nl/interim/chief-information-officer/',
    supports:
      'Dutch usage distinguishes "IT manager, CIO en IT Director"; interim CIO offered as alternative to a permanent CIO',
    confidence: 'L',
  },
  'EXT:41': {
    title:
      'Deloitte CIO Insider, "Who\'s the boss? Trends in CIO reporting structure" (Kark, Shaikh, Brown)',
    url: 'https://www.deloitte.com/global/en/our-thinking/insights/topics/leadership/cio-insider-business-insights/trends-in-cio-reporting-structure.html',
    supports:
      '>500 CIO reporting relationships: 46% of enterprise CIOs globally report to the CEO (US 51%); CEO line "often optimal" but other models "viable ... and may be required in certain scenarios"',
    confidence: 'H',
  },
  'EXT:42': {
    title: 'Computing.co.uk on Harvey Nash/KPMG CIO Survey 2016',
    url: 'https://computing.co.uk/news/2459215/cdos-more-likely-to-report-to-the-ceo-than-to-the-cio',
    supports:
      'Chief Digital Officers: 46% report to CEO, 21% to CIO; with IT budget >$250m: 32% CIO vs 29% CEO; COO 3rd, then CMO, then CFO; 19% of organisations have a CDO',
    confidence: 'M',
  },
  'EXT:43': {
    title: 'Gartner blog (M. McDonald, 2013) "Chief Digital Officer - who should they report to?"',
    url: 'https://blogs.gartner.com/mark_mcdonald/2013/03/22/...',
    supports:
      '"CDO should report to the CEO" is a common but not universal assumption; the more information-intensive the industry, the higher the CDO should report',
    confidence: 'M',
  },
  'EXT:44': {
    title:
      'usourceit (2008) "CIO or CTO or both?"; richbrown.io "CTO vs CIO in mid-sized companies"; Gartner Peer Community thread "Should an organization have both a CIO and CTO?"',
    supports:
      'Large firms can afford both; SMBs rarely do -> hybrid "CITO"/"CTIO"; a lone CTO may report to CEO and own all technology; where both exist, responsibilities must be explicitly split to avoid turf wars',
    confidence: 'L',
  },
  'EXT:45': {
    title: 'itinfinance.nl "Why the CIO role should be split in two"',
    supports:
      "CDO (digital), CTO, CISO, chief transformation officer, CDO (data) responsibilities were all once the CIO's; pressure for each to report to the CEO",
    confidence: 'L',
  },
  'EXT:46': {
    title: 'TechTarget definition "interim CIO"',
    url: 'https://www.techtarget.com/searchcio/definition/interim-CIO-interim-chief-information-officer',
    supports:
      'Interim (contract) CIO "typically hired for six months to two years"; reasons: vacancy, leave, transformation, fixing a failed programme, assisting a newly hired permanent CIO; sometimes converts to permanent',
    confidence: 'M',
  },
  'EXT:47': {
    title: '23 NYCRR 500.4 (NYDFS Cybersecurity Regulation), text at',
    url: 'https://regulations.justia.com/states/new-york/title-23/chapter-i/part-500/section-500-4/',
    supports:
      'Covered financial entities must designate a CISO (may be at affiliate/third party); CISO must report **in writing at least annually to the senior governing body** and timely on material issues; limited exemptions for <20 employees, <$7.5m revenue or <$15m assets (legalclarity summary)',
    confidence: 'H',
  },
  'EXT:48': {
    title:
      'River VP "One-tier or two-tier board at Dutch tech scale-ups" (2019); Lexology "Corporate Governance Review - Netherlands"',
    supports:
      'NL: two-tier = management board (raad van bestuur / directie) + supervisory board (raad van commissarissen); supervisory board mandatory under the "structure regime" (>= EUR16m capital & reserves, works council, >= 100 employees in NL, 3 years); one-tier board allowed since 2013',
    confidence: 'H',
  },
  'EXT:49': {
    title: 'legalclarity.org, "Who reports to the board of directors"',
    supports: "The CEO is the board's primary report; the board can appoint and remove the CEO",
    confidence: 'L',
  },
  'EXT:50': {
    title: 'alexdenne.com, span of control heuristic',
    supports: 'Spans under 3 suggest excess hierarchy; over 15 overload knowledge work',
    confidence: 'L',
  },
} as const satisfies Record<string, Source>;

export interface Claim {
  readonly text: string;
  readonly seeds: readonly SeedSourceId[];
}

/** Claims extracted from the seed documents (domain-knowledge.md §1). */
export const seedClaims = {
  'S-R1': {
    text: '"The CTO usually reports directly to a company\'s chief information officer (CIO), but may also report to the chief executive officer (CEO) of the firm."',
    seeds: ['SEED:001'],
  },
  'S-R2': {
    text: 'FAQ "Who does a CTO report to?": "CTOs often report to CIOs. However, they may report directly to a company\'s CEO, especially if there is no CIO position."',
    seeds: ['SEED:001'],
  },
  'S-R3': {
    text: 'A CTO "may also deal with internal IT operations if a company is small and does not have a chief information officer."',
    seeds: ['SEED:001'],
  },
  'S-R4': {
    text: '"In many companies the CIO is part of the management team or even the board (raad van bestuur)."',
    seeds: ['SEED:003'],
  },
  'S-R5': {
    text: 'CIO "works together with other C-level functions such as the CEO, CFO and COO" (i.e. CIO is a C-level peer of CFO/COO).',
    seeds: ['SEED:003'],
  },
  'S-R6': {
    text: '"A CEO leads an organisation, whereas a CTO leads the organisation\'s technical staff"; CEO and CTO "should work in partnership"; the CTO "should work closely with the CEO". (Implies direct CEO-CTO line, esp. in tech firms.)',
    seeds: ['SEED:004'],
  },
  'S-R7': {
    text: '"Thinker" type CTO "will have a close relationship with the CEO and other members of the top management."',
    seeds: ['SEED:001'],
  },
  'S-C1': {
    text: '"Many large companies need both a CTO and a CIO, while smaller companies tend to have one or the other. The choice depends on the company\'s vision and budget."',
    seeds: ['SEED:001'],
  },
  'S-C2': {
    text: '"Originally a CIO used to hold dual roles as CIO and CTO. But as technology kept evolving there was a growing need to split the CIO job into two roles ... hence the CTO as a separate position."',
    seeds: ['SEED:001'],
  },
  'S-C3': {
    text: 'Combined/overlapping CIO+CTO "is common in smaller organizations or scale-ups. As the organization grows, roles are usually split because governance, operations, product and engineering each require different leadership."',
    seeds: ['SEED:002'],
  },
  'S-C4': {
    text: '"In practice, the roles sometimes overlap, especially in scale-ups and technology companies."',
    seeds: ['SEED:002'],
  },
  'S-C5': {
    text: '"An organization with complex business processes often needs a strong CIO. A product-driven scale-up is more likely to need a CTO or VP of Engineering."',
    seeds: ['SEED:002'],
  },
  'S-C6': {
    text: '"A CTO is important when technology itself is part of the product or revenue model, e.g. SaaS, fintech, AI, platform companies and digital scale-ups."',
    seeds: ['SEED:002'],
  },
  'S-C7': {
    text: '"A CIO is especially needed when IT needs to better align with business strategy, governance, cybersecurity, cloud migration, ERP, compliance or international IT operations."',
    seeds: ['SEED:002'],
  },
  'S-C8': {
    text: '"In traditional organizations, the CIO is often responsible for enterprise IT, systems, governance and suppliers. In digital organizations, the CTO often owns technology, software development, architecture and innovation."',
    seeds: ['SEED:002'],
  },
  'S-C9': {
    text: '"In the case of transformation, an interim CIO or CTO can bring temporary direction and execution power."',
    seeds: ['SEED:002'],
  },
  'S-C10': {
    text: 'Companies focusing on scientific and electronic products employ CTOs responsible for oversight of intellectual property, with an industry background.',
    seeds: ['SEED:001'],
  },
  'S-C11': {
    text: 'CTO title "first developed at dot-com companies in the 1990s and then expanded into IT departments"; also used in e-commerce, healthcare, telecom, government.',
    seeds: ['SEED:001'],
  },
  'S-F1': {
    text: 'CIO focus is **internal** (employees, departments, productivity); CTO focus is **external** (customers, suppliers, market, products).',
    seeds: ['SEED:000', 'SEED:001'],
  },
  'S-F2': {
    text: '"A CIO will often manage the IT department ... A CTO is responsible for the development, engineering and R&D teams."',
    seeds: ['SEED:000'],
  },
  'S-F3': {
    text: 'CIO targets the **bottom line** (net profit); CTO targets the **top line** (revenue).',
    seeds: ['SEED:000'],
  },
  'S-F4': {
    text: 'CIO responsibilities: technology infrastructure, vendors/ISPs, overseeing IT professionals and operations, assessing staff/department needs, implementing technology to streamline processes; security of company information is a central focus.',
    seeds: ['SEED:000'],
  },
  'S-F5': {
    text: 'CTO responsibilities: all technology offerings/products, vendor solutions, aligning product architecture with company goals, leading development and engineering teams, increasing revenue.',
    seeds: ['SEED:000'],
  },
  'S-F6': {
    text: 'CTO = "the highest technology executive position in a company and leads the technology or engineering department"; responsible for technological needs **and R&D**. Also called "teknisk chef" (technical chief).',
    seeds: ['SEED:001'],
  },
  'S-F7': {
    text: '"CTO has more of an outward-facing, strategic planning role, whereas the CIO has a more technology-focused, operational role." (note: seed 002 inverts this, calling CIO "business & governance")',
    seeds: ['SEED:001'],
  },
  'S-F8': {
    text: 'Four CTO types: (1) Infrastructure overseer (data, security, maintenance, network; implements but does not necessarily set strategy); (2) Strategic planner (sets technical strategy); (3) Consumer liaison (customer relations, target market); (4) Thinker (helps set company strategy, business models, close to CEO).',
    seeds: ['SEED:001'],
  },
  'S-F9': {
    text: 'CIO = "IT strategy, governance, business processes and digital transformation" incl. cybersecurity governance, AI governance, cloud migrations, ERP modernization, vendor management, board-level stakeholder management.',
    seeds: ['SEED:002'],
  },
  'S-F10': {
    text: 'CTO = "technology vision, product development, engineering and scalable platforms" incl. software/platform engineering, cloud-native architecture, DevOps, AI product development.',
    seeds: ['SEED:002'],
  },
  'S-F11': {
    text: 'Choice matrix: **CIO** = enterprise IT & governance; **CTO** = product & technology; **IT Director** = operations & delivery; **VP Engineering** = engineering teams; **Interim CIO/CTO** = temporary transformation.',
    seeds: ['SEED:002'],
  },
  'S-F12': {
    text: '"A CTO often sets the technology vision and architecture, while a VP of Engineering is primarily responsible for engineering execution, team structure, delivery and development processes."',
    seeds: ['SEED:002'],
  },
  'S-F13': {
    text: 'CIO vs IT manager: "The IT manager is mainly responsible for the day-to-day running of the IT department (network management, technical support, system administration). The CIO looks at the bigger picture and decides how IT and digital solutions strengthen the organisation at strategic level." (=> IT manager is below CIO, not a peer.)',
    seeds: ['SEED:003'],
  },
  'S-F14': {
    text: 'CIO tasks: develop/execute IT strategy, select/implement systems, **data security and information management**, digitalisation, innovation; CIO "often plays a central role in cybersecurity and compliance with privacy law such as the GDPR (AVG)".',
    seeds: ['SEED:003'],
  },
  'S-F15': {
    text: 'C-level table: **CEO** = general leadership / strategy & course; **CFO** = financial policy / finance & risks; **COO** = operational processes / day-to-day organisation; **CIO** = information & technology / IT strategy, data, innovation.',
    seeds: ['SEED:003'],
  },
  'S-F16': {
    text: 'CEO = "the most senior officer who oversees the overall operations of an organisation"; CTO = "senior executive ... focus on an organisation\'s technical mission and technological requirements to help it grow externally".',
    seeds: ['SEED:004'],
  },
  'S-F17': {
    text: 'CTO is "a senior, executive-level position ... part of the senior \'c-suite\'"; candidates may need 15+ years of IT experience.',
    seeds: ['SEED:001'],
  },
} as const satisfies Record<string, Claim>;

export type SeedSourceId = keyof typeof seedSources;
export type ExternalSourceId = keyof typeof externalSources;
export type ModelSourceId = keyof typeof modelSources;
export type ClaimId = keyof typeof seedClaims;
/** Anything a rule or role may cite: a seed claim (S-R1), a seed (SEED:001), an outside source (EXT:4) or the chart model (MODEL:chart). */
export type EvidenceId = ClaimId | SeedSourceId | ExternalSourceId | ModelSourceId;
