// The part of WHATWG fetch the client uses. The contract compiles without DOM or Node typings, so
// that it cannot reach for either by accident; the browser's fetch and Node's both fit.

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Saves must reach the server, never a cache; reads must see the latest version. */
  cache: 'no-store';
}

export interface FetchResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * A fetch. Timeouts are the caller's: wrap it, e.g.
 * `(url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(20_000) })`.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
