import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

const webBuild = fileURLToPath(new URL('../../web/dist', import.meta.url));

describe('loadConfig', () => {
  test('every setting has a default', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      bodyLimit: 10 * 1024 * 1024,
      maxPositions: 100_000,
      maxJsonDepth: 64,
      rateLimitMax: 300,
      rateLimitWindowMs: 60_000,
      requestTimeoutMs: 30_000,
      slowReaderTimeoutMs: 10_000,
      maxFindingsPerRule: 100,
      checkThreads: Math.max(1, availableParallelism() - 1),
      checkQueue: 16,
      shutdownTimeoutMs: 10_000,
      corsOrigins: [],
      trustProxy: false,
      database: { kind: 'pglite', dataDir: path.resolve('.data') },
      apiKey: undefined,
      webDir: webBuild,
    });
  });

  test('reads and converts every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      BODY_LIMIT: '512kb',
      MAX_POSITIONS: '5000',
      MAX_JSON_DEPTH: '32',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      REQUEST_TIMEOUT_MS: '5000',
      SLOW_READER_TIMEOUT_MS: '3000',
      MAX_FINDINGS_PER_RULE: '20',
      CHECK_THREADS: '3',
      CHECK_QUEUE: '0',
      SHUTDOWN_TIMEOUT_MS: '2000',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: '1',
      DATABASE_URL: 'postgresql://orgwise:secret@db.example.com:5432/orgwise',
      ORGWISE_API_KEY: 'k3JzVq0cR1mXo8Lw2bT9aA+/=',
      ORGWISE_WEB_DIR: '/srv/orgwise/web',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'debug',
      bodyLimit: 512 * 1024,
      maxPositions: 5000,
      maxJsonDepth: 32,
      rateLimitMax: 0,
      rateLimitWindowMs: 1000,
      requestTimeoutMs: 5000,
      slowReaderTimeoutMs: 3000,
      maxFindingsPerRule: 20,
      checkThreads: 3,
      checkQueue: 0,
      shutdownTimeoutMs: 2000,
      corsOrigins: ['https://a.example', 'https://b.example'],
      trustProxy: 1,
      database: {
        kind: 'postgres',
        url: 'postgresql://orgwise:secret@db.example.com:5432/orgwise',
      },
      apiKey: 'k3JzVq0cR1mXo8Lw2bT9aA+/=',
      webDir: '/srv/orgwise/web',
    });
  });

  test.each([
    ['10mb', 10 * 1024 * 1024],
    ['1.5MB', 1.5 * 1024 * 1024],
    ['2048', 2048],
    ['1 gb', 1024 ** 3],
  ])('BODY_LIMIT=%s is %d bytes', (value, bytes) => {
    expect(loadConfig({ BODY_LIMIT: value }).bodyLimit).toBe(bytes);
  });

  test.each([
    ['true', true],
    ['false', false],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  test('an empty variable counts as unset', () => {
    expect(loadConfig({ PORT: '', CORS_ORIGINS: '' }).port).toBe(3000);
  });

  test('names every bad variable in one error', () => {
    expect(() =>
      loadConfig({ PORT: '70000', BODY_LIMIT: 'huge', LOG_LEVEL: 'loud', MAX_POSITIONS: '-1' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', BODY_LIMIT: 'huge', LOG_LEVEL: 'loud', MAX_POSITIONS: '-1' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of [
        'PORT="70000"',
        'BODY_LIMIT="huge"',
        'LOG_LEVEL="loud"',
        'MAX_POSITIONS="-1"',
      ]) {
        expect(message).toContain(name);
      }
    }
  });

  test('ORGWISE_DATA_DIR is resolved against the working directory; DATABASE_URL wins over it', () => {
    expect(loadConfig({ ORGWISE_DATA_DIR: 'var/orgwise' }).database).toEqual({
      kind: 'pglite',
      dataDir: path.resolve('var/orgwise'),
    });
    expect(
      loadConfig({ ORGWISE_DATA_DIR: 'var/orgwise', DATABASE_URL: 'postgres://localhost/orgwise' })
        .database,
    ).toEqual({ kind: 'postgres', url: 'postgres://localhost/orgwise' });
  });

  test.each([
    ['DATABASE_URL', 'mysql://root:hunter2@db/orgwise', 'must be a URL such as postgresql://'],
    ['DATABASE_URL', 'not a url with hunter2', 'must be a URL such as postgresql://'],
    ['ORGWISE_API_KEY', 'hunter2', 'at least 16 characters'],
    ['ORGWISE_API_KEY', 'hunter2 hunter2 hunter2', 'letters, digits'],
  ])('refuses %s=%s without echoing the secret', (name, value, reason) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(`${name}=(value hidden)`);
    expect(message).toContain(reason);
    expect(message).not.toContain('hunter2');
  });
});
