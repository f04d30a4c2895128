import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../../testing/test-app.js';

const { app } = testApp();

describe('GET /api/docs', () => {
  test('serves an HTML reference page that loads nothing from other hosts', async () => {
    const res = await request(app).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const urls = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url).toMatch(/^\/api\/docs\//);
    // No inline script: the Content-Security-Policy forbids it.
    expect(res.text).not.toMatch(/<script>/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  test('serves every file the page loads, from the package itself', async () => {
    const page = await request(app).get('/api/docs');
    const urls = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    for (const url of urls) {
      const res = await request(app).get(url).buffer(true);
      expect(res.status, url).toBe(200);
      expect(Number(res.headers['content-length']), url).toBeGreaterThan(100);
    }
    const bundle = await request(app).get('/api/docs/swagger-ui-bundle.js');
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.text).toContain('SwaggerUIBundle');
    const init = await request(app).get('/api/docs/docs.js');
    expect(init.text).toContain("url: '/api/openapi.json'");
  });

  test('does not serve the rest of the swagger-ui-dist folder', async () => {
    expect((await request(app).get('/api/docs/index.html')).status).toBe(404);
    expect((await request(app).get('/api/docs/swagger-initializer.js')).status).toBe(404);
    expect((await request(app).get('/api/docs/../package.json')).status).toBe(404);
  });
});
