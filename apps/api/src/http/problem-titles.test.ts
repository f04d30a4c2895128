import { problemTypes, problemTypeUri } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../testing/test-app.js';
import { problemTitle, problemTitles } from './problem-titles.js';

describe('problem titles in Danish and Dutch', () => {
  test('every problem type and the same statuses in each language', () => {
    const slugs = [...problemTypes.keys()].sort();
    for (const titles of Object.values(problemTitles)) {
      expect(Object.keys(titles.types).sort()).toEqual(slugs);
      expect(Object.keys(titles.statuses)).toEqual(Object.keys(problemTitles.da.statuses));
    }
    expect(problemTitle('da', { type: problemTypeUri('invalid-json'), status: 400 })).toBe(
      'Anmodningens indhold er ikke gyldig JSON',
    );
    expect(problemTitle('en', { type: 'about:blank', status: 404 })).toBeUndefined();
  });

  test('a problem document is titled in the language asked for; its type never changes', async () => {
    const { app } = testApp();
    const missing = await request(app).get('/api/v1/nothing-here').set('Accept-Language', 'da');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-language']).toBe('da');
    expect(missing.body).toMatchObject({ type: 'about:blank', title: 'Ikke fundet' });

    const broken = await request(app)
      .post('/api/v1/validate')
      .set('Accept-Language', 'nl-NL')
      .set('Content-Type', 'application/json')
      .send('{"chart": ');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-language']).toBe('nl');
    expect(broken.body).toMatchObject({
      type: '/api/problems/invalid-json',
      title: 'De inhoud van het verzoek is geen geldige JSON',
    });

    const english = await request(app).get('/api/v1/nothing-here');
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.title).toBe('Not Found');
  });
});
