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
  SHUTDOWN_TIMEOUT_MS: integer(0).default(10_000),
  CORS_ORIGINS: list.default([]),
  TRUST_PROXY: trustProxy.default(false),
});

export type LogLevel = (typeof logLevels)[number];

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
  /** Time in-flight requests get to finish after SIGTERM or SIGINT. */
  shutdownTimeoutMs: number;
  /** Browser origins allowed to call the API; empty means none, "*" means any. */
  corsOrigins: string[];
  trustProxy: boolean | number | string[];
}

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
    const problems = parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])])}: ${issue.message}`,
    );
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
    shutdownTimeoutMs: env_.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: env_.CORS_ORIGINS,
    trustProxy: env_.TRUST_PROXY,
  };
}

/** The configuration with every default, for tests and tools that build an app in-process. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), ...overrides };
}
