import { rulesResponseSchema } from '@orgwise/contract';
import { rules as registry } from '@orgwise/domain';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../../testing/test-app.js';

describe('GET /api/v1/rules', () => {
  test('describes every rule: id, default severity, description, options and sources', async () => {
    const res = await request(testApp().app).get('/api/v1/rules');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const { rules } = rulesResponseSchema.parse(res.body);
    expect(rules.map((rule) => rule.id)).toEqual(registry.map((rule) => rule.id));
    expect(rules.length).toBeGreaterThanOrEqual(22);
    for (const rule of rules) expect(rule.description, rule.id).not.toBe('');
    const span = rules.find((rule) => rule.id === 'span-of-control')!;
    expect(span.defaultSeverity).toBe('warning');
    expect(span.defaults).toEqual({ max: 15, frontlineMax: 25 });
    expect(span.options).toMatchObject({
      type: 'object',
      properties: { max: { type: 'integer' }, frontlineMax: { type: 'integer' } },
    });
    const cycle = rules.find((rule) => rule.id === 'reporting-cycle')!;
    expect(cycle).toMatchObject({ defaultSeverity: 'error', options: null, defaults: null });
    // Sources are printed citations, not the catalogue's evidence ids.
    expect(cycle.sources.length).toBeGreaterThan(0);
    expect(cycle.sources.every((source) => !/^(S-|EXT:|SEED:|MODEL:)/.test(source))).toBe(true);
  });

  test('every listed id and its defaults are accepted as rule settings by validate', async () => {
    const app = testApp().app;
    const { rules } = rulesResponseSchema.parse((await request(app).get('/api/v1/rules')).body);
    const settings = Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        rule.defaults === null ? rule.defaultSeverity : [rule.defaultSeverity, rule.defaults],
      ]),
    );
    const res = await request(app)
      .post('/api/v1/validate')
      .send({ chart: { positions: [{ id: 'ceo', title: 'CEO' }] }, rules: settings });
    expect(res.status).toBe(200);
  });

  test('carries an ETag and answers a matching If-None-Match with 304', async () => {
    const app = testApp().app;
    const first = await request(app).get('/api/v1/rules');
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await request(app).get('/api/v1/rules').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  test('POST answers carry no ETag (nothing to revalidate)', async () => {
    const res = await request(testApp().app)
      .post('/api/v1/validate')
      .send({ chart: { positions: [] } });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('GET /api/v1/rules in the language asked for', () => {
  test('describes the rules in Danish or Dutch, ids unchanged, and says the language', async () => {
    const { app: rulesApp } = testApp();
    const english = await request(rulesApp).get('/api/v1/rules');
    const danish = await request(rulesApp).get('/api/v1/rules').set('Accept-Language', 'da');
    const dutch = await request(rulesApp).get('/api/v1/rules').set('Accept-Language', 'nl-NL');
    expect(english.headers['content-language']).toBe('en');
    expect(danish.headers['content-language']).toBe('da');
    expect(dutch.headers['content-language']).toBe('nl');
    expect(danish.headers.vary).toMatch(/Accept-Language/i);
    const ids = (res: typeof english) => res.body.rules.map((rule: { id: string }) => rule.id);
    expect(ids(danish)).toEqual(ids(english));
    const described = (res: typeof english, id: string) =>
      res.body.rules.find((rule: { id: string }) => rule.id === id).description;
    expect(described(english, 'cto-under-cio')).toBe('The CTO reports to the CIO');
    expect(described(danish, 'cto-under-cio')).toBe('CTO’en refererer til CIO’en');
    expect(described(dutch, 'cto-under-cio')).toBe('De CTO rapporteert aan de CIO');
    const rationale = (res: typeof english, id: string) =>
      res.body.rules.find((rule: { id: string }) => rule.id === id).rationale;
    expect(rationale(danish, 'reporting-cycle')).toMatch(/^Følger man lederne opad/);
    expect(rationale(dutch, 'reporting-cycle')).toMatch(/^Wie de leidinggevenden naar boven volgt/);
    // Each language its own ETag, so that a cache never serves one for another.
    expect(danish.headers.etag).not.toBe(english.headers.etag);
  });
});
