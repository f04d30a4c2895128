import type {
  DeckFinding,
  DeckInput,
  DeckScorecard,
  LaidOutChart,
  LaidOutNode,
  OptionSlide,
} from '../deck-model.js';

// Test data for the deck: charts laid out the way the editor lays them out (top-down tidy tree,
// its card size and gaps), so that splitting and fitting are tested on realistic geometry.

export const CARD = { width: 216, height: 84, siblingGap: 24, levelGap: 56 } as const;

export interface OutlinePosition {
  id: string;
  title: string;
  holder?: string;
  manager?: string;
  vacant?: boolean;
  interim?: boolean;
  roleBadge?: string;
  severity?: LaidOutNode['severity'];
  change?: LaidOutNode['change'];
}

/**
 * Lays positions out as a tidy top-down tree: leaves side by side in depth-first order, each
 * manager centred over its team, several tops side by side. Iterative, so deep charts work.
 */
export function layOut(positions: readonly OutlinePosition[], dotted: [string, string][] = []) {
  const index = new Map(positions.map((p, i) => [p.id, i]));
  const children: number[][] = positions.map(() => []);
  const tops: number[] = [];
  positions.forEach((p, i) => {
    const manager = p.manager === undefined ? undefined : index.get(p.manager);
    if (manager === undefined) tops.push(i);
    else children[manager]!.push(i);
  });
  const x = new Float64Array(positions.length);
  const y = new Float64Array(positions.length);
  let nextSlot = 0;
  const stack: { node: number; depth: number; expanded: boolean }[] = [];
  for (let t = tops.length - 1; t >= 0; t--)
    stack.push({ node: tops[t]!, depth: 0, expanded: false });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const team = children[frame.node]!;
    y[frame.node] = frame.depth * (CARD.height + CARD.levelGap);
    if (team.length === 0) {
      x[frame.node] = nextSlot++ * (CARD.width + CARD.siblingGap);
    } else if (frame.expanded) {
      x[frame.node] = (x[team[0]!]! + x[team[team.length - 1]!]!) / 2;
    } else {
      stack.push({ ...frame, expanded: true });
      for (let c = team.length - 1; c >= 0; c--) {
        stack.push({ node: team[c]!, depth: frame.depth + 1, expanded: false });
      }
    }
  }
  const nodes: LaidOutNode[] = positions.map((p, i) => ({
    id: p.id,
    title: p.title,
    ...(p.holder === undefined ? {} : { holder: p.holder }),
    vacant: p.vacant ?? false,
    interim: p.interim ?? false,
    ...(p.roleBadge === undefined ? {} : { roleBadge: p.roleBadge }),
    ...(p.severity === undefined ? {} : { severity: p.severity }),
    ...(p.change === undefined ? {} : { change: p.change }),
    x: x[i]!,
    y: y[i]!,
    width: CARD.width,
    height: CARD.height,
  }));
  const edges = positions.flatMap((p) =>
    p.manager === undefined ? [] : [{ from: p.manager, to: p.id, dotted: false }],
  );
  for (const [from, to] of dotted) edges.push({ from, to, dotted: true });
  const chart: LaidOutChart = { nodes, edges };
  return chart;
}

const FUNCTIONS = ['Finance', 'Operations', 'Technology', 'People', 'Marketing', 'Legal'];

/**
 * A company of `size` positions: a CEO, executives, directors and managers with teams of up to
 * `span`, breadth first, titles and holders numbered so that each is unique and findable.
 */
export function companyPositions(size: number, span = 6): OutlinePosition[] {
  const positions: OutlinePosition[] = [
    { id: 'ceo', title: 'Chief Executive Officer', holder: 'Ada Lovelace' },
  ];
  for (let i = 1; i < size; i++) {
    const manager = positions[Math.floor((i - 1) / span)]!;
    const area = FUNCTIONS[i % FUNCTIONS.length]!;
    positions.push({
      id: `p${i}`,
      title: `${area} Lead ${i}`,
      holder: `Holder Number ${i}`,
      manager: manager.id,
      ...(i % 17 === 0 ? { vacant: true } : {}),
      ...(i % 23 === 0 ? { interim: true } : {}),
    });
  }
  return positions;
}

export function scorecardOf(chart: LaidOutChart, findings: readonly DeckFinding[]): DeckScorecard {
  const reports = new Map<string, number>();
  for (const edge of chart.edges) {
    if (!edge.dotted) reports.set(edge.from, (reports.get(edge.from) ?? 0) + 1);
  }
  const spans = [...reports.values()];
  const count = (severity: DeckFinding['severity']) =>
    findings.filter((f) => f.severity === severity).length;
  return {
    positions: chart.nodes.length,
    layers: new Set(chart.nodes.map((n) => n.y)).size,
    maxSpan: Math.max(0, ...spans),
    meanSpan: spans.length === 0 ? 0 : spans.reduce((a, b) => a + b, 0) / spans.length,
    executiveTeam: 1 + (reports.get(chart.nodes[0]?.id ?? '') ?? 0),
    vacancies: chart.nodes.filter((n) => n.vacant).length,
    interim: chart.nodes.filter((n) => n.interim).length,
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

export function option(
  name: string,
  positions: readonly OutlinePosition[],
  findings: DeckFinding[],
  extra: Partial<OptionSlide> = {},
  dotted: [string, string][] = [],
): OptionSlide {
  const chart = layOut(positions, dotted);
  return { name, chart, scorecard: scorecardOf(chart, findings), findings, ...extra };
}

const TODAY: OutlinePosition[] = [
  { id: 'ceo', title: 'Chief Executive Officer', holder: 'Maria Jensen' },
  { id: 'cfo', title: 'Chief Financial Officer', holder: 'Peter Holm', manager: 'ceo' },
  { id: 'cio', title: 'Chief Information Officer', holder: 'Søren Dahl', manager: 'ceo' },
  {
    id: 'cto',
    title: 'Chief Technology Officer',
    holder: 'Lena Berg',
    manager: 'cio',
    severity: 'warning',
  },
  {
    id: 'ciso',
    title: 'Chief Information Security Officer',
    holder: 'Omar Haddad',
    manager: 'cio',
    severity: 'warning',
  },
  { id: 'chro', title: 'Chief Human Resources Officer', manager: 'ceo', vacant: true },
];

const OPTION_A: OutlinePosition[] = [
  { id: 'ceo', title: 'Chief Executive Officer', holder: 'Maria Jensen' },
  { id: 'cfo', title: 'Chief Financial Officer', holder: 'Peter Holm', manager: 'ceo' },
  {
    id: 'cio',
    title: 'Chief Information Officer',
    holder: 'Søren Dahl',
    manager: 'ceo',
    roleBadge: 'CIO',
  },
  {
    id: 'cto',
    title: 'Chief Technology Officer',
    holder: 'Lena Berg',
    manager: 'ceo',
    change: 'moved',
    roleBadge: 'CTO',
  },
  {
    id: 'ciso',
    title: 'Chief Information Security Officer',
    holder: 'Omar Haddad',
    manager: 'cio',
    severity: 'warning',
  },
  {
    id: 'vpe',
    title: 'VP Engineering',
    holder: 'Kim Olsen',
    manager: 'cto',
    change: 'added',
    interim: true,
  },
  {
    id: 'chro',
    title: 'Chief People Officer',
    manager: 'ceo',
    vacant: true,
    change: 'retitled',
    severity: 'error',
  },
];

/** Three options as a consultant would present them; Option B is large enough to be split. */
export function threeOptionDeck(): DeckInput {
  const bPositions = companyPositions(150);
  bPositions[1] = { ...bPositions[1]!, change: 'reroled', severity: 'error' };
  bPositions[2] = { ...bPositions[2]!, change: 'added', severity: 'warning' };
  return {
    title: 'Nordic Retail Group',
    client: 'Nordic Retail Group A/S',
    date: new Date(2025, 2, 12),
    options: [
      option('Today', TODAY, [
        {
          severity: 'warning',
          message: 'The CTO reports to the CIO in a product-driven company.',
          ruleId: 'T01',
        },
        {
          severity: 'warning',
          message: 'The CISO reports to the CIO: a conflict of interest.',
          ruleId: 'SEC01',
        },
        { severity: 'info', message: 'The CHRO position is vacant.', ruleId: 'VAC01' },
      ]),
      option(
        'Option A: split CIO and CTO',
        OPTION_A,
        [
          {
            severity: 'error',
            message: 'The Chief People Officer position has no holder and no interim.',
            ruleId: 'VAC02',
          },
          { severity: 'warning', message: 'The CISO still reports to the CIO.', ruleId: 'SEC01' },
          {
            severity: 'info',
            message: 'VP Engineering is interim without an end date.',
            ruleId: 'INT01',
          },
        ],
        {
          rationale: 'Give product technology its own executive and keep internal IT with the CIO.',
          findingDelta: 'Option A: split CIO and CTO resolves 1 warning and introduces 1 error',
        },
        [['ciso', 'ceo']],
      ),
      option(
        'Option B: CTO under the CEO, CISO independent',
        bPositions,
        [
          {
            severity: 'error',
            message: 'Finance Lead 1 holds two incompatible roles.',
            ruleId: 'ROLE01',
          },
          {
            severity: 'warning',
            message: 'Operations Lead 2 was added without a budget owner.',
            ruleId: 'ORG03',
          },
          ...Array.from({ length: 12 }, (_, i) => ({
            severity: 'info' as const,
            message: `Team ${i + 1} is larger than the typical span.`,
            ruleId: 'SPAN02',
          })),
        ],
        {
          rationale: 'Move technology under the CEO and make security independent of IT.',
          findingDelta: 'Option B resolves 2 warnings and introduces 1 info',
        },
      ),
    ],
    comparison: { baseline: 0 },
  };
}
