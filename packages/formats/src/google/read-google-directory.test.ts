import { describe, expect, it } from 'vitest';
import { chartGoogleDirectory } from '../records/chart-google-directory.js';
import { fixture, importChart, reportingLines } from '../testing/fixture.js';

describe('the Google Directory reader', () => {
  it('reads managers by e-mail address (aliases too), titles from the primary organization', async () => {
    const { chart, issues } = await importChart(
      chartGoogleDirectory,
      fixture('google-directory-users.json'),
    );
    const id = (n: number) => `10428573246809278371${n}`;
    expect(reportingLines(chart)).toEqual({
      [id(1)]: null,
      [id(2)]: id(1),
      [id(3)]: id(2), // named by the alias it@nordlys.dk, in another case
      [id(5)]: null,
      [id(6)]: null,
    });
    expect(chart.positions[0]).toEqual({
      id: id(1),
      title: 'CEO',
      holder: 'Karin Nielsen',
      department: 'Ledelse',
      location: 'Odense',
      employeeNumber: 'E-0001',
      email: 'karin.nielsen@nordlys.dk',
    });
    expect(chart.positions[2]).toMatchObject({ location: 'Odense-HQ' });
    expect(issues).toEqual([
      {
        where: 'users[4].organizations',
        why: 'no job title (organizations[].title); the position has an empty title',
      },
      {
        where: 'nextPageToken',
        why: 'the directory has more users than the document: fetch the next pages (pageToken) and send every page together as an array',
      },
      {
        where: 'users[3]',
        why: 'the account is disabled ("suspended" is true); the person is left out',
      },
      {
        where: 'users[4].relations[0].value',
        why: 'the manager "ole.berg@nordlys.dk" is a disabled account (users[3]); the position is placed at the top',
      },
      {
        where: 'users[5].relations[0].value',
        why: 'no one in the document has the e-mail address "former.ceo@nordlys.dk"; the position is placed at the top',
      },
    ]);
  });
});
