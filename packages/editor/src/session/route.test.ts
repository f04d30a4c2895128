import { describe, expect, test } from 'vitest';
import { parseRoute, workspaceUrl } from './route.js';

const ws = 'k3JzVq0cR1mXo8Lw2bT9aA';
const sc = 'nA9-lCcRteOQehmHJtLdUQ';

describe('parseRoute', () => {
  test('the root and index.html are the start screen', () => {
    expect(parseRoute('/')).toEqual({ kind: 'start' });
    expect(parseRoute('')).toEqual({ kind: 'start' });
    expect(parseRoute('/index.html')).toEqual({ kind: 'start' });
  });

  test('a workspace with or without its option, trailing slash allowed', () => {
    expect(parseRoute(`/w/${ws}/${sc}`)).toEqual({
      kind: 'workspace',
      workspaceId: ws,
      scenarioId: sc,
    });
    expect(parseRoute(`/w/${ws}/`)).toEqual({
      kind: 'workspace',
      workspaceId: ws,
      scenarioId: null,
    });
  });

  test('malformed ids are bad links that say what an id looks like', () => {
    for (const path of [
      `/w/${ws.slice(0, 21)}/${sc}`,
      `/w/${ws}/${sc}x`,
      '/w/<script>',
      '/w/%E0%A4%A',
    ]) {
      const route = parseRoute(path);
      expect(route.kind, path).toBe('bad-link');
    }
    const cut = parseRoute(`/w/${ws.slice(0, 10)}`);
    expect(cut.kind === 'bad-link' && cut.reason).toMatch(/22 letters, digits/);
  });

  test('other paths are pages that do not exist', () => {
    for (const path of ['/w', '/workspaces/abc', `/w/${ws}/${sc}/extra`, '/api']) {
      expect(parseRoute(path)).toEqual({
        kind: 'bad-link',
        reason: 'There is no page at this address.',
      });
    }
  });

  test('round-trips with workspaceUrl', () => {
    expect(parseRoute(workspaceUrl(ws, sc))).toEqual({
      kind: 'workspace',
      workspaceId: ws,
      scenarioId: sc,
    });
    expect(workspaceUrl(ws)).toBe(`/w/${ws}`);
  });
});
