import { validate } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { chartMsgraph } from '../records/chart-msgraph.js';
import { fixture, importChart, reportingLines } from '../testing/fixture.js';

describe('the Microsoft Graph reader', () => {
  it('reads pages of users with their manager expanded, keeping a cycle for the report', async () => {
    const { chart, issues } = await importChart(chartMsgraph, fixture('msgraph-users.json'));
    expect(reportingLines(chart)).toEqual({
      '4562bcc8-c436-4f95-b7c0-4f8ce89dca5e': null,
      '7d1c9f6b-2b8e-4c4a-9a3b-1f2e3d4c5b6a': '4562bcc8-c436-4f95-b7c0-4f8ce89dca5e',
      'a3f0c1d2-1111-4e5f-8a9b-0c1d2e3f4a5b': 'b4e1d2c3-2222-4f6a-9bac-1d2e3f4a5b6c',
      'b4e1d2c3-2222-4f6a-9bac-1d2e3f4a5b6c': 'a3f0c1d2-1111-4e5f-8a9b-0c1d2e3f4a5b',
      'd6a3f4e5-4444-4b8c-9dce-3f4a5b6c7d8e': null,
    });
    expect(issues).toEqual([
      { where: '[1].value[2].jobTitle', why: 'no job title; the position has an empty title' },
      {
        where: '[1].value[1]',
        why: 'the account is disabled ("accountEnabled" is false); the person is left out',
      },
      {
        where: '[1].value[2].manager.id',
        why: 'the manager "c5f2e3d4-3333-4a7b-8cbd-2e3f4a5b6c7d" is a disabled account ([1].value[1]); the position is placed at the top',
      },
    ]);
    const cycle = validate(chart).findings.filter(
      (finding) => finding.ruleId === 'reporting-cycle',
    );
    expect(cycle).toHaveLength(1);
    expect(chart.positions[1]).toEqual({
      id: '7d1c9f6b-2b8e-4c4a-9a3b-1f2e3d4c5b6a',
      title: 'Financieel directeur',
      holder: 'Pieter Bakker',
      reportsTo: '4562bcc8-c436-4f95-b7c0-4f8ce89dca5e',
      department: 'Financiën',
      location: 'Utrecht',
      employeeNumber: '20002',
      email: 'p.bakker@contoso.nl',
    });
  });

  it('reads pages appended to one file one after another as the array of pages', async () => {
    const pages = JSON.parse(new TextDecoder().decode(fixture('msgraph-users.json'))) as unknown[];
    const appended = pages.map((page) => JSON.stringify(page)).join('\n');
    const fromArray = await importChart(chartMsgraph, fixture('msgraph-users.json'));
    expect(await importChart(chartMsgraph, appended)).toEqual(fromArray);
  });

  it('reports a last page that still links to a next one', async () => {
    const page = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=X',
      value: [{ id: 'u1', jobTitle: 'CEO' }],
    };
    const { issues } = await importChart(chartMsgraph, JSON.stringify(page));
    expect(issues).toEqual([
      {
        where: '@odata.nextLink',
        why: 'the directory has more users than the document: follow @odata.nextLink and send every page together as an array',
      },
    ]);
  });

  it('reads reporting lines from directReports, keeping the first manager of a report named twice', async () => {
    const { chart, issues } = await importChart(
      chartMsgraph,
      fixture('msgraph-direct-reports.json'),
    );
    const id = (n: number) => `11111111-aaaa-4bbb-8ccc-00000000000${n}`;
    expect(reportingLines(chart)).toEqual({
      [id(1)]: null,
      [id(2)]: id(1),
      [id(3)]: id(1),
      [id(4)]: id(2),
    });
    expect(issues).toEqual([
      {
        where: 'value[0].directReports[2].id',
        why: 'no one in the document has the id "11111111-aaaa-4bbb-8ccc-000000000404"; this reporting line is left out',
      },
      {
        where: 'value[2].directReports[0].id',
        why: `"${id(4)}" names another manager ("${id(2)}" at value[1].directReports[0].id), which is kept`,
      },
    ]);
  });
});
