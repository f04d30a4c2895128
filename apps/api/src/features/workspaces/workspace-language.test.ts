import { sharedWorkspaceSchema, workspaceSchema } from '@orgwise/contract';
import { orgChart } from '@orgwise/domain/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

// The CTO under the CIO in a product company: one finding whose message and fix title are
// language-dependent, so the shared view's language shows in them.
const chart = orgChart(`
  ceo: CEO
    cio: CIO
      cto: CTO
`);
chart.company = { businessModel: 'product' };

describe.each(testBackends())('a workspace’s language on $name', (backend) => {
  let saved: SavedApp;
  beforeAll(async () => {
    saved = await savedApp(backend);
  });
  afterAll(() => saved.dispose());

  const url = (id: string) => `/api/v1/workspaces/${id}`;
  const patch = (id: string, version: number, body: object) =>
    request(saved.app).patch(url(id)).set('If-Match', `"${version}"`).send(body);

  test('is null unless chosen; set on creation, read back by GET', async () => {
    const plain = await postWorkspace(saved.app, { name: 'Plain' });
    expect(workspaceSchema.parse(plain).language).toBeNull();
    const danish = await postWorkspace(saved.app, { name: 'Dansk', language: 'da' });
    const res = await request(saved.app).get(url(danish.id));
    expect(res.status).toBe(200);
    expect(workspaceSchema.parse(res.body).language).toBe('da');
  });

  test('PATCH sets, changes and clears it, each a new version', async () => {
    const workspace = await postWorkspace(saved.app, { name: 'Acme' });
    const dutch = await patch(workspace.id, 1, { language: 'nl' });
    expect(dutch.status).toBe(200);
    expect(dutch.body).toMatchObject({ language: 'nl', version: 2, name: 'Acme' });
    const renamed = await patch(workspace.id, 2, { name: 'Acme BV' });
    expect(renamed.body).toMatchObject({ language: 'nl', version: 3 });
    const cleared = await patch(workspace.id, 3, { language: null });
    expect(cleared.body).toMatchObject({ language: null, version: 4 });
    expect((await request(saved.app).get(url(workspace.id))).body.language).toBeNull();
  });

  test.each([['de'], ['da-DK'], ['Danish'], [1]])(
    'refuses the language %j: 400 naming the field and the languages there are',
    async (language) => {
      const res = await request(saved.app).post('/api/v1/workspaces').send({ name: 'X', language });
      const problem = expectProblem(res, 400, '/api/problems/invalid-request');
      expect(problem.errors).toEqual([
        expect.objectContaining({
          path: ['language'],
          message: expect.stringMatching(/en.*da.*nl/),
        }),
      ]);
    },
  );

  describe('its share page', () => {
    let token: string;
    let workspaceId: string;
    beforeAll(async () => {
      const workspace = await postWorkspace(saved.app, { name: 'Til bestyrelsen', language: 'da' });
      workspaceId = workspace.id;
      await postScenario(saved.app, workspaceId, { name: 'I dag', chart });
      const link = await request(saved.app).post(`${url(workspaceId)}/share-links`);
      token = link.body.token;
    });

    const shared = async (acceptLanguage?: string) => {
      const req = request(saved.app).get(`/api/v1/shared/${token}`);
      const res = await (acceptLanguage === undefined
        ? req
        : req.set('Accept-Language', acceptLanguage));
      expect(res.status, res.text).toBe(200);
      const body = sharedWorkspaceSchema.parse(res.body);
      const finding = body.scenarios[0]!.report.findings.find((f) => f.ruleId === 'cto-under-cio')!;
      return { body, finding, language: res.headers['content-language'] };
    };

    test('is in the workspace’s language when the viewer asks for none Orgwise speaks', async () => {
      for (const asked of [undefined, '*', 'de-DE, fr;q=0.8']) {
        const { body, finding, language } = await shared(asked);
        expect(language, String(asked)).toBe('da');
        expect(body.workspace.language).toBe('da');
        expect(finding.message).toMatch(/^“CTO” refererer til CIO’en “CIO”/);
        expect(finding.suggestions[0]!.title).toBe('Lad “CTO” referere til “CEO”');
      }
    });

    test('is in the viewer’s language when Accept-Language names one', async () => {
      const dutch = await shared('nl-BE, da;q=0.5');
      expect(dutch.language).toBe('nl');
      expect(dutch.finding.message).toMatch(/^“CTO” rapporteert aan de CIO “CIO”/);
      const english = await shared('en-GB');
      expect(english.language).toBe('en');
      expect(english.finding.message).toMatch(/^“CTO” reports to the CIO “CIO”/);
      // Ids and data are the same in every language.
      expect(dutch.finding.messageId).toBe(english.finding.messageId);
      expect(dutch.finding.data).toEqual(english.finding.data);
    });

    test('is in English when neither the viewer nor the workspace has a language', async () => {
      const { version } = (await request(saved.app).get(url(workspaceId))).body;
      expect((await patch(workspaceId, version, { language: null })).status).toBe(200);
      const { finding, language } = await shared('de');
      expect(language).toBe('en');
      expect(finding.message).toMatch(/^“CTO” reports to the CIO/);
    });
  });
});
