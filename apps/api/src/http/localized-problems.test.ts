import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { postWorkspace, type SavedApp, savedApp } from '../testing/saved-app.js';
import { testApp } from '../testing/test-app.js';
import { testBackends } from '../testing/test-databases.js';

describe.each(testBackends())(
  'problem details and input errors in Danish and Dutch on $name',
  (backend) => {
    let saved: SavedApp;
    beforeAll(async () => {
      saved = await savedApp(backend);
    });
    afterAll(() => saved.dispose());

    test('a detail follows Accept-Language; type, status and instance do not', async () => {
      const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
      const ask = (language?: string) => {
        const req = request(saved.app).get(`/api/v1/workspaces/${missing}`);
        return language === undefined ? req : req.set('Accept-Language', language);
      };
      const english = expectProblem(await ask(), 404);
      expect(english.detail).toBe(
        `There is no workspace with the id "${missing}". It may have been deleted, or the link is incomplete.`,
      );
      const danish = await ask('da-DK');
      expect(danish.headers['content-language']).toBe('da');
      expect(expectProblem(danish, 404)).toMatchObject({
        title: 'Ikke fundet',
        detail: `Der er intet arbejdsområde med id’et "${missing}". Det kan være slettet, eller linket er ufuldstændigt.`,
        instance: english.instance,
      });
      const dutch = expectProblem(await ask('nl'), 404);
      expect(dutch.detail).toBe(
        `Er is geen werkruimte met het id "${missing}". Misschien is ze verwijderd, of is de link onvolledig.`,
      );
    });

    test('input errors keep their paths and say what is wrong in the language asked for', async () => {
      const body = { name: '  ', language: 'de', colour: 'red' };
      const post = (language: string) =>
        request(saved.app).post('/api/v1/workspaces').set('Accept-Language', language).send(body);
      const english = expectProblem(await post('en'), 400, '/api/problems/invalid-request');
      const danish = expectProblem(await post('da'), 400, '/api/problems/invalid-request');
      const dutch = expectProblem(await post('nl-BE'), 400, '/api/problems/invalid-request');
      const paths = (problem: typeof english) => problem.errors!.map((e) => e.path);
      expect(paths(danish)).toEqual(paths(english));
      expect(paths(dutch)).toEqual(paths(english));
      expect(english.errors!.map((e) => e.message)).toContain('The name must not be empty');
      expect(danish.detail).toBe('Anmodningens indhold passer ikke til skemaet; se `errors`.');
      expect(danish.errors).toEqual(
        expect.arrayContaining([
          { path: ['name'], message: 'Må ikke være tom' },
          { path: ['language'], message: 'Skal være en af "en", "da", "nl"' },
          { path: ['colour'], message: 'Ukendt felt; fjern det eller ret stavningen' },
        ]),
      );
      expect(dutch.detail).toBe(
        'De inhoud van het verzoek komt niet overeen met het schema; zie `errors`.',
      );
      expect(dutch.errors).toContainEqual({ path: ['name'], message: 'Mag niet leeg zijn' });
    });

    test('a version mismatch names the workspace in Dutch, with its own errors in Danish', async () => {
      const workspace = await postWorkspace(saved.app, { name: 'Acme BV' });
      const stale = await request(saved.app)
        .patch(`/api/v1/workspaces/${workspace.id}`)
        .set('If-Match', '"7"')
        .set('Accept-Language', 'nl')
        .send({ client: 'Acme' });
      expect(expectProblem(stale, 412, '/api/problems/version-mismatch').detail).toMatch(
        /^De werkruimte “Acme BV” is gewijzigd sinds je het las: If-Match noemt "7", maar de huidige versie is 1\./,
      );
      const order = await request(saved.app)
        .put(`/api/v1/workspaces/${workspace.id}/scenario-order`)
        .set('If-Match', '"1"')
        .set('Accept-Language', 'da')
        .send({ scenarioIds: ['BBBBBBBBBBBBBBBBBBBBBB'] });
      const problem = expectProblem(order, 409, '/api/problems/scenario-order-mismatch');
      expect(problem.detail).toContain('én gang: 1 er ikke i arbejdsområdet.');
      expect(problem.errors).toEqual([
        {
          path: ['scenarioIds', 0],
          message: 'Ikke et scenarie i dette arbejdsområde: "BBBBBBBBBBBBBBBBBBBBBB"',
        },
      ]);
    });
  },
);

describe('the chart endpoints’ problems in the language asked for', () => {
  test('a chart that does not match the schema: detail and input errors in Danish', async () => {
    const { app } = testApp();
    const body = { chart: { positions: [{ id: 'ceo' }] } };
    const english = expectProblem(
      await request(app).post('/api/v1/validate').send(body),
      400,
      '/api/problems/invalid-request',
    );
    const danish = await request(app)
      .post('/api/v1/validate')
      .set('Accept-Language', 'da')
      .send(body);
    expect(danish.headers['content-language']).toBe('da');
    const problem = expectProblem(danish, 400, '/api/problems/invalid-request');
    expect(problem.detail).toBe('Anmodningens indhold passer ikke til skemaet; se `errors`.');
    expect(problem.errors!.map((error) => error.path)).toEqual(
      english.errors!.map((error) => error.path),
    );
    expect(problem.errors!.map((error) => error.message)).not.toEqual(
      english.errors!.map((error) => error.message),
    );
  });

  test('a body that is not JSON: the detail in Dutch', async () => {
    const { app } = testApp();
    const res = await request(app)
      .post('/api/v1/apply')
      .set('Accept-Language', 'nl')
      .set('Content-Type', 'application/json')
      .send('{"chart": ');
    const problem = expectProblem(res, 400, '/api/problems/invalid-json');
    expect(problem.detail).toMatch(/^De inhoud van het verzoek is geen geldige JSON/);
  });
});
