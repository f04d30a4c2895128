import { importResponseSchema } from '@orgwise/contract';
import { generateChart } from '@orgwise/domain/testing';
import { formatById } from '@orgwise/formats';
import {
  danishCsvDocument,
  documentOf,
  roundTripFormats,
  scimDocument,
} from '@orgwise/formats/testing';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { inlineBytes } from '../../checking/check-pool.js';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';
import { XLSX_TYPE } from './import-body.js';

const { app } = testApp();

const post = (format: string, type: string, body: string | Buffer) =>
  request(app).post(`/api/v1/import?format=${format}`).set('Content-Type', type).send(body);

const lines = (positions: { id: string; reportsTo?: string | null }[]) =>
  Object.fromEntries(positions.map((position) => [position.id, position.reportsTo ?? null]));

describe('POST /api/v1/import', () => {
  const chart = generateChart(5000);

  describe.each([5, 5000])('a realistic document of %i people', (size) => {
    const people = generateChart(size);
    const types: Record<string, string> = { csv: 'text/csv; charset=utf-8', xlsx: XLSX_TYPE };
    test.each(roundTripFormats)(
      'reads %s with every reporting line, and checks it',
      async (format) => {
        const bytes = await documentOf(format, people);
        const type = types[format];
        // superagent would send a Buffer as JSON of its bytes; JSON goes as text.
        const document = type === undefined ? new TextDecoder().decode(bytes) : Buffer.from(bytes);
        const res = await post(format, type ?? 'application/json', document);
        expect(res.status, res.text.slice(0, 300)).toBe(200);
        const answer = importResponseSchema.parse(res.body);
        expect(answer.issues).toEqual([]);
        expect(lines(answer.chart.positions)).toEqual(lines(people.positions));
        expect(answer.report.metrics.positions).toBe(size);
      },
    );
  });

  test('reads a large document in a worker thread, and answers 503 with Retry-After when the threads are full', async () => {
    const { app: pooled } = testApp({ checkThreads: 1, checkQueue: 0 });
    const body = JSON.stringify(scimDocument(chart));
    expect(body.length).toBeGreaterThan(inlineBytes);
    const send = () =>
      request(pooled)
        .post('/api/v1/import?format=scim')
        .set('Content-Type', 'application/json')
        .send(body);
    const answers = await Promise.all([send(), send(), send()]);
    // Only work handed to the threads is ever refused: the main thread would have read them all.
    const refused = answers.filter((res) => res.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) {
      expectProblem(res, 503);
      expect(res.headers['retry-after']).toBe('5');
    }
    const read = answers.find((res) => res.status === 200);
    expect(read).toBeDefined();
    expect(lines(importResponseSchema.parse(read?.body).chart.positions)).toEqual(
      lines(chart.positions),
    );
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  test('reads a Danish CSV export through the header mapping, departments kept', async () => {
    const res = await post('csv', 'text/csv; charset=utf-8', danishCsvDocument(chart));
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(lines(res.body.chart.positions)).toEqual(lines(chart.positions));
    expect(res.body.chart.positions[1].department).toBe(chart.positions[1]!.department);
  });

  test('answers its findings in the language asked for, ids and data the same', async () => {
    const document = JSON.stringify(scimDocument(generateChart(200)));
    const ask = (language: string) =>
      request(app)
        .post('/api/v1/import?format=scim')
        .set('Content-Type', 'application/json')
        .set('Accept-Language', language)
        .send(document);
    const [english, dutch] = await Promise.all([ask('en'), ask('nl-NL,nl;q=0.9')]);
    expect(dutch.status).toBe(200);
    expect(dutch.headers['content-language']).toBe('nl');
    expect(dutch.headers.vary).toMatch(/Accept-Language/i);
    const findings = (res: request.Response) =>
      importResponseSchema.parse(res.body).report.findings;
    expect(findings(dutch).length).toBeGreaterThan(0);
    expect(findings(dutch).map(({ messageId, data }) => ({ messageId, data }))).toEqual(
      findings(english).map(({ messageId, data }) => ({ messageId, data })),
    );
    expect(findings(dutch).map((f) => f.message)).not.toEqual(
      findings(english).map((f) => f.message),
    );
  });

  test('reads a workbook', async () => {
    const small = generateChart(40);
    const workbook = await formatById('chart-xlsx')?.produce?.({ chart: small } as never);
    const res = await post('xlsx', XLSX_TYPE, Buffer.from(workbook?.content as Uint8Array));
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(lines(res.body.chart.positions)).toEqual(lines(small.positions));
  });

  test('says what it could not map, each with where and why', async () => {
    const document = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 2,
      Resources: [
        { id: 'u1', title: 'CEO' },
        { id: 'u2', title: 'CFO', active: false },
      ],
    };
    const res = await post('scim', 'application/json', JSON.stringify(document));
    expect(res.status).toBe(200);
    expect(res.body.issues).toEqual([
      {
        where: 'Resources[1]',
        why: 'the account is disabled ("active" is false); the person is left out',
      },
    ]);
  });

  test('answers a document that is not the format named with a 422 naming the format and place', async () => {
    const res = await post('msgraph', 'application/json', '{"Resources": []}');
    expectProblem(res, 422, '/api/problems/unreadable-document');
    expect(res.body.detail).toContain('Microsoft Graph (format=msgraph)');
    expect(res.body.errors).toEqual([
      {
        path: ['body'],
        message:
          '(the document): this is not a Microsoft Graph users answer: it needs a "value" array of users, or an array of such pages',
      },
    ]);
    const csv = await post('csv', 'text/csv', 'Navn;Afdeling\nMette;Direktion\n');
    expectProblem(csv, 422, '/api/problems/unreadable-document');
    expect(csv.body.errors[0].message).toBe('Choose the column that holds the position titles.');
    const notZip = await post('xlsx', XLSX_TYPE, Buffer.from('id,title'));
    expectProblem(notZip, 422, '/api/problems/unreadable-document');
  });

  test('refuses a missing or unknown format, and a body in another media type than the format’s', async () => {
    const none = await request(app)
      .post('/api/v1/import')
      .set('Content-Type', 'text/csv')
      .send('a,b');
    expectProblem(none, 400, '/api/problems/invalid-request');
    expect(none.body.errors[0].path).toEqual(['query', 'format']);
    const unknown = await post('ldif', 'text/csv', 'a,b');
    expectProblem(unknown, 400, '/api/problems/invalid-request');
    const mismatch = await post('scim', 'text/csv', 'a,b');
    expectProblem(mismatch, 415, 'about:blank');
    expect(mismatch.body.detail).toBe('format=scim reads application/json; the body is text/csv.');
    const form = await post('csv', 'application/x-www-form-urlencoded', 'a=b');
    expectProblem(form, 415, 'about:blank');
    const latin = await post('scim', 'application/json; charset=iso-8859-1', '{}');
    expectProblem(latin, 415, 'about:blank');
    const empty = await request(app).post('/api/v1/import?format=csv');
    expectProblem(empty, 400, 'about:blank');
  });

  test('reads CSV saved by Excel in Windows-1252', async () => {
    const bytes = Buffer.from(
      'Stilling;Leder\nØkonomidirektør;\nBogholder;Økonomidirektør\n',
      'latin1',
    );
    const res = await post('csv', 'text/csv; charset=windows-1252', bytes);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(res.body.chart.positions.map((p: { title: string }) => p.title)).toEqual([
      'Økonomidirektør',
      'Bogholder',
    ]);
  });

  test.each([
    [
      'a CSV of 600 columns',
      'csv',
      'text/csv',
      `${Array.from({ length: 600 }, (_, i) => `c${i}`).join(',')}\n1\n`,
    ],
    ['a CSV with an unclosed quote', 'csv', 'text/csv', 'Title,Manager\n"CEO,\nCTO,CEO\n'],
    [
      'a workbook that is not a zip',
      'xlsx',
      XLSX_TYPE,
      Buffer.from('PK\u0003\u0004 not really a zip'),
    ],
    ['SCIM nested too deep', 'scim', 'application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    [
      'a Graph answer with a __proto__ user',
      'msgraph',
      'application/json',
      '{"value": [{"__proto__": {"polluted": true}, "id": "u1", "jobTitle": "CEO"}]}',
    ],
  ] as const)(
    '%s is a 4xx problem document or a chart, never a fault',
    async (_name, format, type, body) => {
      const res = await post(format, type, body);
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
      if (res.status !== 200) expectProblem(res, res.status, String(res.body?.type));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((await request(app).get('/api/health')).status).toBe(200);
    },
  );

  test('refuses a workbook that declares more than it may unpack, without unpacking it', async () => {
    const workbook = (
      await formatById('chart-xlsx')?.produce?.({ chart: generateChart(3) } as never)
    )?.content as Uint8Array;
    const bomb = Buffer.from(workbook);
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xffffffff, central + 24);
    const res = await post('xlsx', XLSX_TYPE, bomb);
    expectProblem(res, 422, '/api/problems/unreadable-document');
    expect(res.body.errors[0].message).toMatch(/unpacks to \d+ MB/);
  });
});
