import type { z } from 'zod';
import type { Endpoint } from '../endpoints/endpoint.js';
import type { ClientError } from './client-error.js';

// The client's types, derived from an endpoint record: what a call takes and what it answers.
// Bodies and queries are typed as the server parses them (z.output): their JSON is what the
// schemas accept, and they are the types the domain and the apps work with.

type PathParams<E> = E extends { request: { path: infer P extends z.ZodObject } }
  ? { [K in keyof z.output<P>]: string | number }
  : unknown;

type QueryInput<E> = E extends { request: { query: infer Q extends z.ZodObject } }
  ? { query?: z.output<Q> }
  : unknown;

type IfMatchInput<E> = E extends { request: { ifMatch: z.ZodType } }
  ? {
      /** The version the change is based on (sent as If-Match: "<version>"). */
      ifMatch: number;
    }
  : unknown;

type BodyInput<E> = E extends {
  request: { body: { schema: infer B extends z.ZodType; required: infer R } };
}
  ? R extends true
    ? { body: z.output<B> }
    : { body?: z.output<B> }
  : unknown;

/** What a call takes: the path parameters by name, and `query`, `ifMatch` and `body` if any. */
export type EndpointInput<E extends Endpoint> = PathParams<E> &
  QueryInput<E> &
  IfMatchInput<E> &
  BodyInput<E>;

type SuccessResponse<R> = R extends { '200': infer S }
  ? S
  : R extends { '201': infer S }
    ? S
    : R extends { '204': infer S }
      ? S
      : never;

type BodyOf<S> = S extends {
  content: { 'application/json': { schema: infer Z extends z.ZodType } };
}
  ? z.output<Z>
  : S extends { content: Record<string, unknown> }
    ? string
    : undefined;

/** The body of the endpoint's success answer (its first 2xx); undefined for a 204. */
export type EndpointOutput<E extends Endpoint> = BodyOf<SuccessResponse<E['responses']>>;

/** The resource a 412 carries as `current`: the one whose version If-Match names. */
export type ConflictResource<E extends Endpoint> = E extends {
  request: { ifMatch: infer C extends z.ZodType };
}
  ? z.output<C>
  : never;

export type ClientResult<E extends Endpoint> =
  | {
      ok: true;
      value: EndpointOutput<E>;
      /** The version in the answer's ETag, when it has one. */
      version: number | null;
    }
  | { ok: false; error: ClientError<ConflictResource<E>> };

/** One method per endpoint; endpoints that take nothing may be called without an argument. */
export type ClientMethod<E extends Endpoint> =
  unknown extends EndpointInput<E>
    ? (input?: Record<string, never>) => Promise<ClientResult<E>>
    : (input: EndpointInput<E>) => Promise<ClientResult<E>>;
