import type { Endpoint } from '@orgwise/contract';
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { type TypedHandler, validated } from './validated.js';

/** An endpoint record of the contract with the handlers that serve it, in order. */
export interface Implementation {
  readonly endpoint: Endpoint;
  readonly handlers: readonly RequestHandler[];
}

/** Binds handlers to an endpoint record: the router, the OpenAPI document and the key check follow. */
export function implement(endpoint: Endpoint, ...handlers: RequestHandler[]): Implementation {
  return { endpoint, handlers };
}

type BodyOutput<E extends Endpoint> = E extends {
  request: { body: { schema: infer S extends z.ZodType } };
}
  ? z.output<S>
  : never;

/**
 * The handler of an endpoint that takes a body: the body is parsed once with the record's schema
 * and the handler gets the typed result (a mismatch is a 400 listing every issue).
 */
export function parsedBody<E extends Endpoint>(
  endpoint: E,
  handler: TypedHandler<BodyOutput<E>>,
): RequestHandler {
  const body = endpoint.request?.body;
  if (body === undefined) throw new Error(`${endpoint.operationId} takes no body`);
  return validated(body.schema as z.ZodType<BodyOutput<E>>, handler);
}
