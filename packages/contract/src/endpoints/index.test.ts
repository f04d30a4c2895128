import { describe, expect, it } from 'vitest';
import type { Endpoint } from './endpoint.js';
import { endpoints } from './index.js';

const records: [string, Endpoint][] = Object.entries(endpoints);

describe('the endpoint records', () => {
  it('are keyed by their operationId', () => {
    for (const [key, endpoint] of records) expect(endpoint.operationId).toBe(key);
  });

  it('name each method and path once', () => {
    const routes = records.map(([, e]) => `${e.method.toUpperCase()} ${e.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it.each(records)('%s declares exactly the parameters of its path', (_, endpoint) => {
    const inPath = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const declared = Object.keys(endpoint.request?.path?.shape ?? {});
    expect(declared.sort()).toEqual(inPath.sort());
  });

  it.each(records)('%s has one success answer and the common problems', (_, endpoint) => {
    const codes = Object.keys(endpoint.responses);
    expect(codes.filter((code) => /^2\d\d$/.test(code))).toHaveLength(1);
    expect(codes).toEqual(expect.arrayContaining(['429', '500']));
  });

  it('keep saved work behind the key, and the share links open to their holders', () => {
    for (const [name, endpoint] of records) {
      const saved = endpoint.path.startsWith('/api/v1/workspaces');
      expect(endpoint.auth === 'key', name).toBe(saved);
      expect(endpoint.auth === 'share-link', name).toBe(
        endpoint.path.startsWith('/api/v1/shared/'),
      );
    }
  });

  it('guard every versioned change with If-Match, and answer 412 and 428 for it', () => {
    for (const [name, endpoint] of records) {
      const codes = Object.keys(endpoint.responses);
      const guarded = endpoint.request?.ifMatch !== undefined;
      expect(codes.includes('412'), name).toBe(guarded);
      expect(codes.includes('428'), name).toBe(guarded);
    }
  });
});
