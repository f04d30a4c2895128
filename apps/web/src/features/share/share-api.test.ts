import { validate } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, test } from 'vitest';
import {
  asksForPassword,
  openSharedWorkspace,
  shareLinksApi,
  shareTokenFromPath,
} from './share-api.js';

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('shareTokenFromPath', () => {
  test.each([
    ['/share/abc', 'abc'],
    ['/share/abc/', 'abc'],
    ['/share/', null],
    ['/w/abc', null],
    ['/share/%E0%A4%A', '%E0%A4%A'],
  ])('%s → %s', (path, token) => expect(shareTokenFromPath(path)).toBe(token));
});

describe('openSharedWorkspace', () => {
  test('turns the answer into options, sending no API key', async () => {
    const chart = orgChart('ceo: CEO');
    let seen: RequestInit | undefined;
    const result = await openSharedWorkspace('tok', async (url, init) => {
      expect(url).toBe('/api/v1/shared/tok');
      seen = init;
      return json(200, {
        workspace: { name: 'W', client: null, sharedNotes: '', rules: {} },
        scenarios: [{ name: 'Today', description: 'd', chart, report: validate(chart) }],
      });
    });
    expect(result.ok && result.value.options.map((o) => [o.key, o.name])).toEqual([['0', 'Today']]);
    expect(JSON.stringify(seen?.headers)).not.toMatch(/authorization/i);
  });

  test('a link with a password is opened with it in a POST body, never in the URL', async () => {
    const chart = orgChart('ceo: CEO');
    const asked = await openSharedWorkspace('tok', async () =>
      json(401, {
        type: '/api/problems/share-password-required',
        title: 'Password required',
        status: 401,
        detail: 'Needs its password.',
      }),
    );
    expect(asked).toMatchObject({ ok: false, error: { status: 401 } });
    expect(!asked.ok && asksForPassword(asked.error)).toBe(true);
    const opened = await openSharedWorkspace(
      'tok',
      async (url, init) => {
        expect(url).toBe('/api/v1/shared/tok/unlock');
        expect(init?.method).toBe('POST');
        expect(init?.body).toBe('{"password":"s3cret-pass"}');
        return json(200, {
          workspace: { name: 'W', client: null, sharedNotes: '', rules: {} },
          scenarios: [{ name: 'Today', description: '', chart, report: validate(chart) }],
        });
      },
      's3cret-pass',
    );
    expect(opened.ok).toBe(true);
  });

  test('a revoked link says so', async () => {
    const result = await openSharedWorkspace('tok', async () =>
      json(404, { detail: 'This share link does not open anything: it has been revoked.' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'not-found', status: 404, message: expect.stringMatching(/revoked/) },
    });
  });

  test('a network failure is a plain message', async () => {
    const result = await openSharedWorkspace('tok', async () => {
      throw new TypeError('failed');
    });
    expect(result.ok || result.error.message).toMatch(/cannot be reached/);
  });

  test('an answer of another shape is refused', async () => {
    const result = await openSharedWorkspace('tok', async () => json(200, { scenarios: 'x' }));
    expect(result.ok).toBe(false);
  });
});

describe('shareLinksApi', () => {
  test('sends the API key and the label', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const api = shareLinksApi(
      'ws1',
      () => 'key',
      async (url, init) => {
        calls.push([String(url), init]);
        return json(201, { id: 'l', label: 'Board', createdAt: '', token: 't', url: '/share/t' });
      },
    );
    const created = await api.create({ label: 'Board', password: 'board-2027' });
    expect(created.ok).toBe(true);
    expect(calls[0]![0]).toBe('/api/v1/workspaces/ws1/share-links');
    expect(calls[0]![1]?.body).toBe('{"label":"Board","password":"board-2027"}');
    expect((calls[0]![1]!.headers as Record<string, string>).Authorization).toBe('Bearer key');
  });
});
