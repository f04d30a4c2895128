import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, inject, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

// A stand-in for Vite's build of apps/web: an index.html and a hashed asset.
const webDir = mkdtempSync(path.join(inject('testDataRoot'), 'web-'));
const indexHtml =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';
mkdirSync(path.join(webDir, 'assets'));
writeFileSync(path.join(webDir, 'index.html'), indexHtml);
writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log("orgwise");');
writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(path.join(webDir, '.env'), 'SECRET=1');

const { app } = testApp({ webDir });

describe('the built web app', () => {
  test('is served at / with no-cache, so a new build is picked up at once', async () => {
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(indexHtml);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  test('hashed assets are cached for a year', async () => {
    const res = await request(app).get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('other files are served but revalidated', async () => {
    const res = await request(app).get('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  test('the editor’s own routes fall back to index.html (single-page app)', async () => {
    for (const route of ['/workspaces/abc', '/w/k3JzVq0cR1mXo8Lw2bT9aA/scenarios/2', '/index']) {
      const res = await request(app).get(route);
      expect(res.status, route).toBe(200);
      expect(res.text).toBe(indexHtml);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect((await request(app).head('/workspaces/abc')).status).toBe(200);
  });

  test('missing assets and files are 404s, not the page', async () => {
    for (const missing of ['/assets/index-old999.js', '/assets/chunk', '/robots.txt']) {
      expectProblem(await request(app).get(missing), 404);
    }
  });

  test('/api paths stay the API’s: unknown ones are 404 problem documents', async () => {
    for (const apiPath of ['/api', '/api/', '/api/v1/nothing', '/api/workspaces/abc']) {
      expectProblem(await request(app).get(apiPath), 404);
    }
    expect((await request(app).get('/api/health')).body).toEqual({ status: 'ok' });
  });

  test('dotfiles and paths outside the build are never served', async () => {
    const dotfile = await request(app).get('/.env');
    expectProblem(dotfile, 404);
    expect(dotfile.text).not.toContain('SECRET');
    for (const outside of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
    ]) {
      const res = await request(app).get(outside);
      expect(res.text).not.toContain('@orgwise/api');
    }
  });

  test('only GET and HEAD are answered with the page', async () => {
    expectProblem(await request(app).post('/workspaces/abc').send({}), 404);
  });
});

describe('without a web build', () => {
  const { app: bare } = testApp({ webDir: path.join(webDir, 'not-built') });

  test('/ answers a short page pointing to the API reference', async () => {
    const res = await request(bare).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Orgwise is running');
    expect(res.text).toContain('href="/api/docs"');
    expect(res.text).toContain('pnpm --filter @orgwise/web build');
  });

  test('other pages are 404 problem documents', async () => {
    expectProblem(await request(bare).get('/workspaces/abc'), 404);
  });
});
