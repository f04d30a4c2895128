import { rolesResponseSchema } from '@orgwise/contract';
import { recognizeTitle, roleIds } from '@orgwise/domain';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../../testing/test-app.js';

describe('GET /api/v1/roles', () => {
  test('lists every canonical role with names, aliases, focus, usual managers and sources', async () => {
    const res = await request(testApp().app).get('/api/v1/roles');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const { roles } = rolesResponseSchema.parse(res.body);
    expect(roles.map((role) => role.id)).toEqual([...roleIds]);
    const cto = roles.find((role) => role.id === 'cto')!;
    expect(cto).toMatchObject({ name: 'Chief Technology Officer', shortName: 'CTO' });
    expect(cto.usualManagers[0]).toBe('ceo');
    expect(cto.sources.length).toBeGreaterThan(0);
    expect(cto.sources.every((source) => !/^(S-|EXT:|SEED:)/.test(source))).toBe(true);
    for (const role of roles) {
      expect(role.focus.length, role.id).toBeGreaterThan(0);
      expect(role.aliases.en.length, role.id).toBeGreaterThan(0);
    }
  });

  test('lists aliases that title recognition actually recognises', async () => {
    const { roles } = rolesResponseSchema.parse(
      (await request(testApp().app).get('/api/v1/roles')).body,
    );
    const ceo = roles.find((role) => role.id === 'ceo')!;
    for (const alias of [...ceo.aliases.en, ...ceo.aliases.da, ...ceo.aliases.nl]) {
      expect(recognizeTitle(alias).roles, alias).toContain('ceo');
    }
  });

  test('names the roles in the language asked for; ids, aliases and sources do not change', async () => {
    const app = testApp().app;
    const english = rolesResponseSchema.parse((await request(app).get('/api/v1/roles')).body);
    const ask = (language: string) =>
      request(app).get('/api/v1/roles').set('Accept-Language', language);
    const danishRes = await ask('da-DK');
    expect(danishRes.headers['content-language']).toBe('da');
    expect(danishRes.headers.vary).toMatch(/Accept-Language/);
    const danish = rolesResponseSchema.parse(danishRes.body);
    const dutch = rolesResponseSchema.parse((await ask('nl')).body);
    const byId = (roles: typeof english.roles, id: string) => roles.find((role) => role.id === id)!;
    expect(byId(danish.roles, 'cio')).toMatchObject({ name: 'Informationschef', shortName: 'CIO' });
    expect(byId(danish.roles, 'it-manager').shortName).toBe('It-chef');
    expect(byId(dutch.roles, 'cio').name).toBe('Directeur informatievoorziening');
    expect(byId(dutch.roles, 'board').name).toBe('Raad van bestuur');
    const neutral = ({ name, shortName, summary, ...rest }: (typeof english.roles)[number]) => rest;
    expect(danish.roles.map(neutral)).toEqual(english.roles.map(neutral));
    expect(dutch.roles.map(neutral)).toEqual(english.roles.map(neutral));
  });

  test('answers HEAD, and refuses POST with 405', async () => {
    const app = testApp().app;
    expect((await request(app).head('/api/v1/roles')).status).toBe(200);
    const res = await request(app).post('/api/v1/roles').send({});
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});
