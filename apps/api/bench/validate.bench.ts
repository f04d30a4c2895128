// Throughput and latency of POST /api/v1/validate against a bare Express echo of the same body.
// Run with `pnpm bench` in apps/api. Both servers run in child processes started the same way
// (bench/serve.ts); autocannon runs them alternately, several rounds each, so that drift in the
// machine's load affects both. Exits non-zero when validate reaches less than 65% of the echo's
// throughput by CPU per request at 200 positions (the measure that other load on the machine
// disturbs least). Writes the figures to bench/RESULTS.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChart } from '@orgwise/domain/testing';
import autocannon from 'autocannon';
import { type BenchServer, startServer } from './start-server.js';
import { markdownTable, median } from './stats.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 10;
const sizes = (process.env.BENCH_SIZES ?? '200,10000').split(',').map(Number);
const target = 0.65;

const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'orgwise-bench-'));

type Server = BenchServer;

function start(mode: 'app' | 'echo'): Promise<Server> {
  // Ten clients at once: let every large chart wait for a thread rather than get a 503.
  return startServer(mode, path.join(dataRoot, mode), { CHECK_QUEUE: '100' });
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpu: number;
}

function cpuTime(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.child.once('message', (message) => {
      const { cpu } = message as { cpu: NodeJS.CpuUsage };
      resolve(cpu.user + cpu.system);
    });
    server.child.send('cpu');
  });
}

async function run(server: Server, body: string, duration: number): Promise<Round> {
  const cpuBefore = await cpuTime(server);
  const result = await autocannon({
    url: `${server.url}/api/v1/validate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${server.url}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  }
  const cpuAfter = await cpuTime(server);
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: (cpuAfter - cpuBefore) / result.requests.total,
  };
}

function formatCpu(microseconds: number): string {
  return microseconds >= 10_000
    ? `${(microseconds / 1000).toFixed(0)} ms`
    : `${(microseconds / 1000).toFixed(2)} ms`;
}

function summarize(list: Round[]): Round {
  return {
    rps: median(list.map((round) => round.rps)),
    p50: median(list.map((round) => round.p50)),
    p99: median(list.map((round) => round.p99)),
    cpu: median(list.map((round) => round.cpu)),
  };
}

const servers = { app: await start('app'), echo: await start('echo') };
const results: { size: number; bytes: number; app: Round; echo: Round }[] = [];
try {
  for (const size of sizes) {
    const body = JSON.stringify({ chart: generateChart(size) });
    const measured: Record<'app' | 'echo', Round[]> = { app: [], echo: [] };
    // Warm both up (JIT, caches) before measuring.
    await run(servers.echo, body, 2);
    await run(servers.app, body, 2);
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always runs in the other's wake.
      const order = round % 2 === 0 ? (['echo', 'app'] as const) : (['app', 'echo'] as const);
      for (const mode of order) {
        const figures = await run(servers[mode], body, seconds);
        measured[mode].push(figures);
        console.log(
          `${size} positions, ${mode}, round ${round + 1}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.cpu.toFixed(0)} µs CPU/request`,
        );
      }
    }
    results.push({
      size,
      bytes: Buffer.byteLength(body),
      app: summarize(measured.app),
      echo: summarize(measured.echo),
    });
  }
} finally {
  servers.app.child.kill();
  servers.echo.child.kill();
  await Promise.all(
    [servers.app.child, servers.echo.child].map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode === null ? child.once('exit', resolve) : resolve(null),
        ),
    ),
  );
  rmSync(dataRoot, { recursive: true, force: true });
}

const table = markdownTable(
  [
    'positions',
    'body',
    'validate req/s',
    'validate p50 / p99 ms',
    'echo req/s',
    'echo p50 / p99 ms',
    'validate / echo req/s',
    'server CPU per request, validate / echo (echo / validate)',
  ],
  results.map(({ size, bytes, app, echo }) => [
    size.toLocaleString('en-US'),
    `${(bytes / 1024).toFixed(0)} KB`,
    app.rps.toFixed(0),
    `${app.p50} / ${app.p99}`,
    echo.rps.toFixed(0),
    `${echo.p50} / ${echo.p99}`,
    `${((app.rps / echo.rps) * 100).toFixed(0)}%`,
    `${formatCpu(app.cpu)} / ${formatCpu(echo.cpu)} (${((echo.cpu / app.cpu) * 100).toFixed(0)}%)`,
  ]),
);
const small = results.find((result) => result.size === 200)!;
const ratio = small.echo.cpu / small.app.cpu;
const passed = ratio >= target;
const report = `# API benchmark: POST /api/v1/validate

Generated by \`pnpm bench\` in apps/api (bench/validate.bench.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}.

Both servers run in their own process, started the same way (bench/serve.ts): the real app with
its production middleware (helmet, request logging as JSON to /dev/null, rate limiting, timeouts),
and a bare Express endpoint that parses the same body with the same JSON middleware and echoes it.
autocannon (${connections} connections, ${seconds} s a round) runs them alternately, ${rounds} rounds each after
a warm-up; figures are the medians of the rounds. The chart is \`generateChart(n)\` of
@orgwise/domain/testing: a realistic company (a board, executives, directors, managers and teams,
titles in Danish, English and Dutch).
The last column is the server process's CPU time (user + system) per request: unlike req/s it does
not depend on what else the machine is running, and its inverse ratio is the throughput ratio the
two servers would have on a dedicated core.

Load average when the run ended: ${os
  .loadavg()
  .map((load) => load.toFixed(1))
  .join(', ')} (${os.cpus().length} cores).

${table}

Target: validate throughput at least ${target * 100}% of the echo baseline at 200 positions, by
server CPU per request: ${passed ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(0)}%).
`;
writeFileSync(fileURLToPath(new URL('./RESULTS.md', import.meta.url)), report);
console.log(`\n${report}`);
if (!passed) process.exitCode = 1;
