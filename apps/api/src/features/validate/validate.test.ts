import { exampleChart, validationReportSchema } from '@orgwise/contract';
import { generateChart } from '@orgwise/domain/testing';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

const { app } = testApp();

function post(body: unknown) {
  return request(app)
    .post('/api/v1/validate')
    .send(body as object);
}

describe('POST /api/v1/validate', () => {
  test('answers a chart with a report of the contract’s shape', async () => {
    const res = await post({ chart: exampleChart });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const report = validationReportSchema.parse(res.body);
    expect(report.metrics).toMatchObject({ positions: 4, layers: 3, vacancies: 1, interim: 1 });
    const { summary, findings } = report;
    expect(summary.errors + summary.warnings + summary.infos).toBe(findings.length);
  });

  test('answers a broken chart with 200 and findings: findings are not errors', async () => {
    const chart = {
      positions: [
        { id: 'a', title: 'CEO', reportsTo: 'b' },
        { id: 'b', title: 'CFO', reportsTo: 'a' },
        { id: 'c', title: 'Analyst', reportsTo: 'ghost' },
      ],
    };
    const res = await post({ chart });
    expect(res.status).toBe(200);
    const ruleIds = res.body.findings.map((finding: { ruleId: string }) => finding.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['reporting-cycle', 'unknown-manager']));
    expect(res.body.summary.errors).toBeGreaterThanOrEqual(2);
    expect(res.body.findings[0].severity).toBe('error');
  });

  test('applies rule settings: levels, options and "off"', async () => {
    const chart = {
      positions: [
        { id: 'boss', title: 'Team lead' },
        ...['a', 'b', 'c'].map((id) => ({ id, title: 'Engineer', reportsTo: 'boss' })),
        { id: 'x', title: 'Analyst', reportsTo: 'nobody' },
      ],
    };
    const defaults = await post({ chart });
    const byRule = (body: { findings: { ruleId: string; severity: string }[] }, id: string) =>
      body.findings.filter((finding) => finding.ruleId === id);
    expect(byRule(defaults.body, 'span-of-control')).toEqual([]);
    expect(byRule(defaults.body, 'unknown-manager')).toHaveLength(1);

    const configured = await post({
      chart,
      // Three engineers who lead nobody are a frontline team: `frontlineMax` is their limit.
      rules: { 'span-of-control': ['info', { frontlineMax: 2 }], 'unknown-manager': 'off' },
    });
    expect(configured.status).toBe(200);
    expect(byRule(configured.body, 'span-of-control')).toMatchObject([{ severity: 'info' }]);
    expect(byRule(configured.body, 'unknown-manager')).toEqual([]);
  });

  test('answers a malformed chart with 400 and every issue under "chart"', async () => {
    const res = await post({
      chart: {
        positions: [
          { id: '', title: 3 },
          { title: 'No id', roles: ['wizard'] },
        ],
      },
    });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: ['chart', 'positions', 0, 'id'], message: 'Position id must not be empty' },
        { path: ['chart', 'positions', 0, 'title'], message: 'Title must be a string' },
        expect.objectContaining({ path: ['chart', 'positions', 1, 'id'] }),
        expect.objectContaining({
          path: ['chart', 'positions', 1, 'roles', 0],
          message: expect.stringMatching(/Unknown role "wizard"/),
        }),
      ]),
    );
  });

  test('answers bad rule settings with 400 and issues under "rules"', async () => {
    const res = await post({
      chart: exampleChart,
      rules: {
        'no-such-rule': 'warning',
        'span-of-control': ['warning', { max: 0 }],
        'narrow-span': 'loud',
        'reporting-cycle': ['error', { depth: 3 }],
      },
    });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    const paths = problem.errors!.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['rules', 'no-such-rule'],
        ['rules', 'span-of-control', 1, 'max'],
        ['rules', 'narrow-span'],
        ['rules', 'reporting-cycle', 1],
      ]),
    );
    expect(problem.errors).toContainEqual({
      path: ['rules', 'no-such-rule'],
      message: 'Unknown rule "no-such-rule"',
    });
  });

  test('reports a chart error and a rules error together', async () => {
    const res = await post({ chart: { positions: 'none' }, rules: { 'no-such-rule': 'off' } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toEqual([
      ['chart', 'positions'],
      ['rules', 'no-such-rule'],
    ]);
  });

  test('refuses unknown members so that a typo is not silently ignored', async () => {
    const res = await post({ chart: exampleChart, rule: { 'narrow-span': 'off' } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: ['rule'], message: 'Unknown member; the body takes "chart", "rules"' },
    ]);
  });

  test('answers a request without a body with 400 saying what to send', async () => {
    const res = await request(app).post('/api/v1/validate');
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: [], message: 'The request body must be a JSON object with "chart", "rules"' },
    ]);
  });

  test('refuses a chart over the position limit with 413 naming the limit', async () => {
    const { app: small } = testApp({ maxPositions: 50 });
    const ok = await request(small)
      .post('/api/v1/validate')
      .send({ chart: generateChart(50) });
    expect(ok.status).toBe(200);
    const res = await request(small)
      .post('/api/v1/validate')
      .send({ chart: generateChart(51) });
    const problem = expectProblem(res, 413, '/api/problems/too-many-positions');
    expect(problem.limit).toBe(50);
    expect(problem.detail).toBe('The chart has 51 positions; this server accepts at most 50.');
    expect(problem.errors).toEqual([
      { path: ['chart', 'positions'], message: 'At most 50 positions are allowed' },
    ]);
  });

  test('validates a 10,000-position chart', async () => {
    const res = await post({ chart: generateChart(10_000) });
    expect(res.status).toBe(200);
    expect(res.body.metrics.positions).toBe(10_000);
  });
});

describe('POST /api/v1/validate in the language asked for', () => {
  const productChart = {
    company: { businessModel: 'product' },
    positions: [
      { id: 'ceo', title: 'CEO' },
      { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
      { id: 'cto', title: 'CTO', reportsTo: 'cio' },
    ],
  };
  const ask = (acceptLanguage?: string) => {
    const req = request(app).post('/api/v1/validate');
    if (acceptLanguage !== undefined) req.set('Accept-Language', acceptLanguage);
    return req.send({ chart: productChart });
  };
  const ctoFinding = (body: unknown) =>
    validationReportSchema.parse(body).findings.find((f) => f.ruleId === 'cto-under-cio')!;

  test('answers English by default, and says so', async () => {
    const res = await ask();
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers.vary).toMatch(/Accept-Language/i);
    expect(ctoFinding(res.body).message).toMatch(/^“CTO” reports to the CIO “CIO”\./);
  });

  test('answers findings and fix titles in Danish or Dutch; ids and data stay', async () => {
    const english = ctoFinding((await ask('en')).body);
    const danish = await ask('da-DK,da;q=0.9,en;q=0.5');
    expect(danish.headers['content-language']).toBe('da');
    expect(ctoFinding(danish.body)).toMatchObject({
      message: expect.stringMatching(/^“CTO” refererer til CIO’en “CIO”\./),
      messageId: english.messageId,
      data: english.data,
      suggestions: [{ title: 'Lad “CTO” referere til “CEO”', messageId: 'moveUnder' }],
    });
    const dutch = await ask('fr;q=0.9, nl-BE;q=0.8, da;q=0.1');
    expect(dutch.headers['content-language']).toBe('nl');
    expect(ctoFinding(dutch.body).message).toMatch(/^“CTO” rapporteert aan de CIO “CIO”\./);
  });

  test('answers English for languages it does not speak', async () => {
    for (const language of ['fr-FR', '*', 'da;q=0, de']) {
      const res = await ask(language);
      expect(res.headers['content-language'], language).toBe('en');
    }
  });
});
