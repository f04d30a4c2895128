import { Writable } from 'node:stream';
import { exampleChart } from '@orgwise/contract';
import { generateChart } from '@orgwise/domain/testing';
import { formatById } from '@orgwise/formats';
import request from 'supertest';
import { afterAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { hostileChain } from '../testing/hostile-chain.js';
import { testApp } from '../testing/test-app.js';
import { chartChecks, checkedInline, inlineBytes } from './check-pool.js';
import type { CheckLimits, CheckTask } from './check-request.js';

/**
 * The chain (every manager with one report: narrow-span for each) and as many positions whose
 * manager is not in the chart (unknown-manager for each): two rules with thousands of findings.
 */
function chainAndStrays(length: number) {
  const strays = Array.from({ length }, (_, index) => ({
    id: `q${index}`,
    title: 'Analyst',
    reportsTo: `gone${index}`,
  }));
  return { positions: [...hostileChain(length).positions, ...strays] };
}

const limits: CheckLimits = { maxPositions: 100_000, maxJsonDepth: 64, maxFindingsPerRule: 100 };
const checks = chartChecks({ checkThreads: 1, checkQueue: 0 });
afterAll(() => checks.close());

describe('large charts', () => {
  test('a 20,000-position chain answers a report capped per rule, at most 3× its request', async () => {
    const { app } = testApp();
    const body = JSON.stringify({ chart: chainAndStrays(20_000) });
    expect(body.length).toBeGreaterThan(inlineBytes);
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(200);
    expect(res.text.length).toBeLessThan(3 * body.length);
    const counts = new Map<string, number>();
    for (const finding of res.body.findings as { ruleId: string }[]) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    }
    expect(counts.get('narrow-span')).toBe(100);
    expect(counts.get('unknown-manager')).toBe(100);
    expect(res.body.omittedFindings).toEqual(
      expect.arrayContaining([
        { ruleId: 'narrow-span', count: 19_899 },
        { ruleId: 'unknown-manager', count: 19_900 },
      ]),
    );
    // The summary still counts every finding.
    expect(res.body.summary.errors + res.body.summary.infos).toBeGreaterThanOrEqual(39_999);
  });

  test('apply answers the patched chart with a capped report, from a worker thread', async () => {
    const { app } = testApp({ maxFindingsPerRule: 5 });
    const patch = [{ op: 'updatePosition', positionId: 'p1', changes: { title: 'CIO' } }];
    const res = await request(app)
      .post('/api/v1/apply')
      .send({ chart: hostileChain(5_000), patch });
    expect(res.status).toBe(200);
    expect(res.body.chart.positions[1].title).toBe('CIO');
    expect(res.body.report.findings.length).toBeLessThanOrEqual(5 * 22);
    expect(res.body.report.omittedFindings.length).toBeGreaterThan(0);
  });

  test('a malformed large chart gets the same problem document as a small one', async () => {
    const { app } = testApp();
    const chart = hostileChain(5_000);
    (chart.positions[4_000] as { title: unknown }).title = 7;
    const res = await request(app).post('/api/v1/validate').send({ chart, rule: {} });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: ['chart', 'positions', 4000, 'title'], message: 'Title must be a string' },
      { path: ['rule'], message: 'Unknown member; the body takes "chart", "rules"' },
    ]);
  });

  test('when the threads and the queue are full, another large chart is a 503 with Retry-After', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ chart: hostileChain(10_000) }));
    const first = checks.run(
      { kind: 'validate', body, limits, locale: 'en' },
      new AbortController().signal,
    );
    await expect(
      checks.run({ kind: 'validate', body, limits, locale: 'en' }, new AbortController().signal),
    ).rejects.toMatchObject({
      problem: { status: 503 },
      headers: { 'Retry-After': '5' },
    });
    // Small charts are checked on the main thread meanwhile, whatever the queue.
    const small = new TextEncoder().encode(JSON.stringify({ chart: exampleChart }));
    const answered = await checks.run(
      { kind: 'validate', body: small, limits, locale: 'en' },
      new AbortController().signal,
    );
    expect(answered.ok).toBe(true);
    expect((await first).ok).toBe(true);
  });

  test('over HTTP the 503 is a problem document, and the server answers again once there is room', async () => {
    const { app } = testApp({ checkThreads: 1, checkQueue: 0 });
    const body = JSON.stringify({ chart: hostileChain(15_000) });
    const send = () =>
      request(app).post('/api/v1/validate').set('Content-Type', 'application/json').send(body);
    const answers = await Promise.all([send(), send(), send()]);
    const refused = answers.filter((res) => res.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) {
      expectProblem(res, 503);
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(answers.some((res) => res.status === 200)).toBe(true);
    expect((await send()).status).toBe(200);
  });
});

describe('imports', () => {
  test('a workbook counts as the XML it unpacks to, not its zipped size', async () => {
    const workbook = (await formatById('chart-xlsx')?.produce?.({
      chart: generateChart(2_000),
    } as never)) as { content: Uint8Array };
    const task = (format: string): CheckTask => ({
      kind: 'import',
      body: workbook.content,
      format,
      limits,
      locale: 'en',
    });
    expect(workbook.content.byteLength).toBeLessThan(inlineBytes);
    expect(checkedInline(task('xlsx'))).toBe(false);
    expect(checkedInline(task('csv'))).toBe(true);
    const read = await checks.run(task('xlsx'), new AbortController().signal);
    expect(read.ok && JSON.parse(read.json).chart.positions).toHaveLength(2_000);
  });
});

describe('slow readers', () => {
  test('a client that stops reading a large answer has its connection closed', {
    timeout: 10_000,
  }, async () => {
    const { createServer } = await import('node:http');
    const { connect } = await import('node:net');
    const express = (await import('express')).default;
    const { requestLifecycle } = await import('../http/request-lifecycle.js');
    const app = express();
    const lines: string[] = [];
    const { createLogger } = await import('../logger.js');
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    app.use(requestLifecycle({ logger, requestTimeoutMs: 10_000, slowReaderTimeoutMs: 300 }));
    // More than the kernel's socket buffers on both ends hold.
    app.get('/big', (_req, res) => res.send('x'.repeat(64 * 1024 * 1024)));
    const server = createServer(app);
    // The server's end of the connection: the paused client would not notice it closing.
    const closed = new Promise((resolve) =>
      server.once('connection', (serverSide) => serverSide.once('close', resolve)),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const client = connect(port, '127.0.0.1');
    client.on('error', () => {});
    client.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n');
    client.once('data', () => client.pause());
    await closed;
    expect(lines.join('')).toContain('stopped reading');
    client.destroy();
    server.close();
  });
});
