import { cpus } from 'node:os';
import { type Chart, type ChartDiff, diffCharts, type Position } from '../src/index.js';
import { generateChart } from '../src/testing/generate-chart.js';
import { compare, median, type Task } from './measure.js';

// How long diffCharts takes on large charts, as a multiple of JSON.parse of the second chart's
// text, measured in the same run (absolute times depend on the machine and its load, the ratio
// much less). Run with `node --expose-gc --max-old-space-size=8192 --import tsx bench/compare.bench.ts`
// (`--quick` skips the 1,000,000-position run).

/**
 * The target: diffing two 100,000-position charts costs at most 2× JSON.parse of one of them,
 * that is, no more than parsing the two charts did.
 */
const targetRatio = 2;
const targetSize = 100_000;

interface Scenario {
  name: string;
  size: number;
  build(size: number): [Chart, Chart];
  /** What the diff must contain, so that a broken diff cannot pass for a fast one. */
  check(diff: ChartDiff, size: number): void;
  rounds: { warmUp: number; measured: number };
}

const scenarios: Scenario[] = [
  {
    name: 'unchanged copy',
    size: 100_000,
    build: (size) => {
      const chart = generateChart(size);
      return [chart, chart];
    },
    check: (diff, size) => expect(diff.unchanged === size, 'every position unchanged'),
    rounds: { warmUp: 5, measured: 21 },
  },
  {
    name: 'restructuring option',
    size: 100_000,
    build: (size) => {
      const chart = generateChart(size);
      return [chart, restructure(chart)];
    },
    check: (diff) =>
      expect(
        diff.retitled.length > 0 && diff.moved.length > 0 && diff.added.length > 0,
        'retitled, moved and added positions',
      ),
    rounds: { warmUp: 5, measured: 21 },
  },
  {
    name: 'chain turned upside down',
    size: 1_000_000,
    build: (size) => [chain(size, false), chain(size, true)],
    check: (diff, size) => expect(diff.moved.length === size, 'every position moved'),
    rounds: { warmUp: 1, measured: 5 },
  },
];

/**
 * What a consultant's option does to a chart, at scale: every 7th position retitled (a tenth of
 * those to a title of its own, the rest to a shared one), every 11th moved up to its manager's
 * manager, every 100th removed and as many added.
 */
function restructure(chart: Chart): Chart {
  const byId = new Map(chart.positions.map((position) => [position.id, position]));
  const positions: Position[] = [];
  chart.positions.forEach((position, i) => {
    if (i % 100 === 99) return;
    const copy = { ...position };
    if (i % 7 === 3) copy.title = i % 70 === 3 ? `${position.title} ${i}` : 'Specialist';
    if (i % 11 === 5 && typeof position.reportsTo === 'string') {
      copy.reportsTo = byId.get(position.reportsTo)?.reportsTo ?? position.reportsTo;
    }
    positions.push(copy);
    if (i % 100 === 50) positions.push({ id: `new-${i}`, title: 'Analyst', reportsTo: copy.id });
  });
  return { ...chart, positions };
}

/** Each position reports to the one before it, or, turned upside down, to the one after it. */
function chain(size: number, upsideDown: boolean): Chart {
  const positions = Array.from({ length: size }, (_, i): Position => {
    const manager = upsideDown ? i + 1 : i - 1;
    return manager < 0 || manager >= size
      ? { id: `p${i}`, title: 'CEO' }
      : { id: `p${i}`, title: 'Team Lead', reportsTo: `p${manager}` };
  });
  return { version: 1, positions };
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`The diff does not have ${what}`);
}

function measure(scenario: Scenario): { jsonMs: number; diffMs: number; ratio: number } {
  // Charts as the API and the web app get them: parsed from JSON. (V8 keeps short strings parsed
  // from JSON in a table, which makes comparing and looking up ids cheaper than on built ones.)
  const [built, builtAfter] = scenario.build(scenario.size);
  const text = JSON.stringify(builtAfter);
  const before: Chart = JSON.parse(JSON.stringify(built));
  const after: Chart = JSON.parse(text);
  const jsonParse: Task<unknown> = {
    run: () => JSON.parse(text),
    check: (value) => expect(typeof value === 'object', 'a parsed object'),
  };
  const diff: Task<ChartDiff> = {
    run: () => diffCharts(before, after),
    check: (result) => scenario.check(result, scenario.size),
  };
  const { baselineMs, candidateMs } = compare(jsonParse, diff, scenario.rounds);
  const jsonMs = median(baselineMs);
  const diffMs = median(candidateMs);
  return { jsonMs, diffMs, ratio: diffMs / jsonMs };
}

function main(): void {
  const quick = process.argv.includes('--quick');
  console.log(
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 10)}`,
  );
  if ((globalThis as { gc?: unknown }).gc === undefined) {
    console.log(
      '(run with --expose-gc for steadier numbers: each measurement starts on a collected heap)',
    );
  }
  console.log('\n| charts | positions | JSON.parse ms | diffCharts ms | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let worstAtTarget = 0;
  for (const scenario of scenarios) {
    if (quick && scenario.size > targetSize) continue;
    const row = measure(scenario);
    if (scenario.size === targetSize) worstAtTarget = Math.max(worstAtTarget, row.ratio);
    console.log(
      `| ${scenario.name} | ${scenario.size.toLocaleString('en')} | ${row.jsonMs.toFixed(0)} | ${row.diffMs.toFixed(0)} | ${row.ratio.toFixed(2)} |`,
    );
  }
  if (worstAtTarget > targetRatio) {
    console.error(
      `\nFAIL: diffCharts of ${targetSize.toLocaleString('en')} positions takes up to ${worstAtTarget.toFixed(2)}× JSON.parse; the target is ${targetRatio}×.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nOK: at most ${worstAtTarget.toFixed(2)}× JSON.parse at ${targetSize.toLocaleString('en')} positions (target ≤ ${targetRatio}×).`,
    );
  }
}

main();
