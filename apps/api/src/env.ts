import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only place that reads process.env: every setting is parsed and checked here once, so that a
// misconfigured server refuses to start with a clear message instead of failing on first use.

const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "10mb", "512kb", "1048576": sizes as body-parser writes them (binary units). */
const byteSize = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/, 'must be a size such as 10mb, 512kb or 1048576')
  .transform((text) => {
    const [, amount = '0', unit = 'b'] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(text) ?? [];
    return Math.floor(Number(amount) * (units[unit] ?? 1));
  })
  .pipe(z.number().int().positive('must be more than 0 bytes'));

const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const list = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

/** Express's "trust proxy": false, true, a hop count, or a list of addresses and subnets. */
const trustProxy = z
  .string()
  .trim()
  .transform((text): boolean | number | string[] => {
    if (text === '' || text === 'false') return false;
    if (text === 'true') return true;
    if (/^\d+$/.test(text)) return Number(text);
    return text.split(',').map((item) => item.trim());
  });

/** A PostgreSQL connection URL, as libpq and node-postgres read it. */
const postgresUrl = z
  .string()
  .trim()
  .refine((text) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(text).protocol);
    } catch {
      return false;
    }
  }, 'must be a URL such as postgresql://user:password@host:5432/database');

/**
 * A bearer token (RFC 6750's b64token) that is long enough not to be guessed: the key is the only
 * thing that keeps other people's workspaces private when the server is reachable by others.
 */
const apiKey = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9\-._~+/]+=*$/,
    'must be letters, digits and -._~+/ only (e.g. the output of `openssl rand -base64 32`)',
  )
  .min(16, 'must be at least 16 characters (e.g. the output of `openssl rand -base64 32`)');

// The web app's build, found from this file whether it runs as src/env.ts or dist/env.js: both
// sit one level below the api package, which sits beside apps/web.
const defaultWebDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: integer(0, 65_535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  BODY_LIMIT: byteSize.default(10 * 1024 ** 2),
  MAX_POSITIONS: integer(1).default(100_000),
  MAX_JSON_DEPTH: integer(8, 10_000).default(64),
  RATE_LIMIT_MAX: integer(0).default(300),
  RATE_LIMIT_WINDOW_MS: integer(1).default(60_000),
  REQUEST_TIMEOUT_MS: integer(1).default(30_000),
  SLOW_READER_TIMEOUT_MS: integer(1).default(10_000),
  MAX_FINDINGS_PER_RULE: integer(1).default(100),
  // One core stays with the main thread, which answers everything else meanwhile.
  CHECK_THREADS: integer(1, 256).default(Math.max(1, availableParallelism() - 1)),
  CHECK_QUEUE: integer(0, 10_000).default(16),
  SHUTDOWN_TIMEOUT_MS: integer(0).default(10_000),
  CORS_ORIGINS: list.default([]),
  TRUST_PROXY: trustProxy.default(false),
  DATABASE_URL: postgresUrl.optional(),
  ORGWISE_DATA_DIR: z.string().trim().min(1).default('./.data'),
  ORGWISE_API_KEY: apiKey.optional(),
  ORGWISE_WEB_DIR: z.string().trim().min(1).default(defaultWebDir),
});

export type LogLevel = (typeof logLevels)[number];

/** Where workspaces are kept: embedded PGlite in a directory, or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: 'pglite' /** Absolute path of Orgwise's data directory. */; dataDir: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  logLevel: LogLevel;
  /** Largest request body in bytes (after decompression). */
  bodyLimit: number;
  /** Most positions a chart may have. */
  maxPositions: number;
  /** Deepest nesting of arrays and objects a JSON body may have. */
  maxJsonDepth: number;
  /** Requests per client and window; 0 turns rate limiting off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Time to receive a request and answer it. */
  requestTimeoutMs: number;
  /** Time a client may leave an answer unread before its connection is closed. */
  slowReaderTimeoutMs: number;
  /** Findings of one rule a report lists; the rest are counted in `omittedFindings`. */
  maxFindingsPerRule: number;
  /** Worker threads that check large charts off the main thread. */
  checkThreads: number;
  /** Large charts that may wait for a worker thread; beyond, the answer is 503. */
  checkQueue: number;
  /** Time in-flight requests get to finish after SIGTERM or SIGINT. */
  shutdownTimeoutMs: number;
  /** Browser origins allowed to call the API; empty means none, "*" means any. */
  corsOrigins: string[];
  trustProxy: boolean | number | string[];
  database: DatabaseConfig;
  /** When set, the stored-data routes require `Authorization: Bearer <apiKey>`. */
  apiKey: string | undefined;
  /** The web app's build (index.html and assets/), served at `/` when it exists. */
  webDir: string;
}

const secretVariables = new Set(['DATABASE_URL', 'ORGWISE_API_KEY']);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the configuration from the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as it does in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // Secrets are named, never echoed: the message goes to a terminal or a log.
      const shown = secretVariables.has(name) ? '(value hidden)' : JSON.stringify(present[name]);
      return `${issue.path.join('.')}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env_ = parsed.data;
  return {
    port: env_.PORT,
    host: env_.HOST,
    logLevel: env_.LOG_LEVEL,
    bodyLimit: env_.BODY_LIMIT,
    maxPositions: env_.MAX_POSITIONS,
    maxJsonDepth: env_.MAX_JSON_DEPTH,
    rateLimitMax: env_.RATE_LIMIT_MAX,
    rateLimitWindowMs: env_.RATE_LIMIT_WINDOW_MS,
    requestTimeoutMs: env_.REQUEST_TIMEOUT_MS,
    slowReaderTimeoutMs: env_.SLOW_READER_TIMEOUT_MS,
    maxFindingsPerRule: env_.MAX_FINDINGS_PER_RULE,
    checkThreads: env_.CHECK_THREADS,
    checkQueue: env_.CHECK_QUEUE,
    shutdownTimeoutMs: env_.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: env_.CORS_ORIGINS,
    trustProxy: env_.TRUST_PROXY,
    database:
      env_.DATABASE_URL === undefined
        ? { kind: 'pglite', dataDir: path.resolve(env_.ORGWISE_DATA_DIR) }
        : { kind: 'postgres', url: env_.DATABASE_URL },
    apiKey: env_.ORGWISE_API_KEY,
    webDir: path.resolve(env_.ORGWISE_WEB_DIR),
  };
}

/** The configuration with every default, for tests and tools that build an app in-process. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), ...overrides };
}
