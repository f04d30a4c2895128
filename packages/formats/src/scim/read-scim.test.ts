import { validate } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { textSource } from '../import/import-source.js';
import { chartScim } from '../records/chart-scim.js';
import { fixture, importChart, reportingLines } from '../testing/fixture.js';

const E = '["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]';
const ceo = '2819c223-7f76-453a-919d-413861904646';
const id = (n: number) => `a1b2c3d4-000${n}-4000-8000-00000000000${n}`;

describe('the SCIM 2.0 reader', () => {
  it('reads every page of a ListResponse, managers by id or e-mail, and says what it left out', async () => {
    const { chart, issues } = await importChart(chartScim, fixture('scim-users.json'));
    expect(reportingLines(chart)).toEqual({
      [ceo]: null,
      [id(2)]: ceo,
      [id(3)]: ceo, // named by e-mail address
      [id(5)]: null, // its manager is a disabled account
      [id(7)]: null, // its manager is not in the document
    });
    expect(issues).toEqual([
      { where: '[1].Resources[0].title', why: 'no job title; the position has an empty title' },
      {
        where: '[0].Resources[3]',
        why: 'the account is disabled ("active" is false); the person is left out',
      },
      {
        where: '[1].Resources[1]',
        why: `the id "${id(2)}" is already used by [0].Resources[1]; the second is left out`,
      },
      {
        where: `[1].Resources[0]${E}.manager.value`,
        why: `the manager "${id(4)}" is a disabled account ([0].Resources[3]); the position is placed at the top`,
      },
      {
        where: `[1].Resources[2]${E}.manager.value`,
        why: 'no one in the document has the id "a1b2c3d4-9999-4000-8000-000000009999"; the position is placed at the top',
      },
    ]);
  });

  it('keeps the enterprise fields on the positions', async () => {
    const { chart } = await importChart(chartScim, fixture('scim-users.json'));
    expect(chart.positions[0]).toEqual({
      id: ceo,
      title: 'Administrerende direktør',
      holder: 'Mette Jensen',
      department: 'Direktion',
      location: 'København',
      employeeNumber: '1001',
      email: 'mette.jensen@acme.dk',
    });
    expect(chart.positions[2]).toMatchObject({ holder: 'Sofie Krag', department: 'Økonomi' });
    expect(chart.positions[4]).toMatchObject({ location: 'Aarhus C' });
    expect(validate(chart).metrics.positions).toBe(5);
  });

  it('reports a first page read alone', async () => {
    const page = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 250,
      startIndex: 1,
      itemsPerPage: 1,
      Resources: [{ id: 'u1', title: 'CEO' }],
    };
    const { issues } = await importChart(chartScim, JSON.stringify(page));
    expect(issues).toEqual([
      {
        where: 'totalResults',
        why: 'the server counted 250 users and the document holds 1; send every page (startIndex 1, 2, …) together as an array',
      },
    ]);
  });

  it('refuses a document that is not a ListResponse, naming the place', async () => {
    const read = (text: string) => chartScim.read!.read(textSource(text));
    expect(await read('{"schemas": [], "totalResults": 0}')).toEqual({
      kind: 'error',
      errors: [
        '(the document): this is not a SCIM ListResponse: it needs a "Resources" array of Users (RFC 7644 §3.4.2), or an array of such pages',
      ],
    });
    const broken = await read('{"Resources": [');
    expect(broken.kind).toBe('error');
    if (broken.kind === 'error') expect(broken.errors[0]).toMatch(/^The file is not valid JSON/);
  });
});
