import { type Endpoint, endpoints } from '@orgwise/contract';
import { type RequestHandler, Router } from 'express';
import type { Implementation } from './implement.js';
import { type MethodHandlers, route } from './routes.js';

/** `/api/v1/workspaces/{workspaceId}` → `/v1/workspaces/:workspaceId`, under the /api router. */
export function expressPath(endpoint: Endpoint): string {
  if (!endpoint.path.startsWith('/api/')) {
    throw new Error(`${endpoint.operationId}: every path is under /api`);
  }
  return endpoint.path.slice('/api'.length).replace(/\{(\w+)\}/g, ':$1');
}

/**
 * The router of every endpoint of the contract, from their implementations. Each record must be
 * implemented exactly once and nothing else may be, so that the routes served are those documented.
 */
export function endpointRouter(implementations: readonly Implementation[]): Router {
  const byPath = new Map<string, MethodHandlers>();
  const implemented = new Set<string>();
  for (const { endpoint, handlers } of implementations) {
    if (endpoints[endpoint.operationId as keyof typeof endpoints] !== endpoint) {
      throw new Error(`${endpoint.operationId} is not a record of the contract's endpoints`);
    }
    if (implemented.has(endpoint.operationId)) {
      throw new Error(`${endpoint.operationId} is implemented twice`);
    }
    implemented.add(endpoint.operationId);
    const path = expressPath(endpoint);
    const methods = byPath.get(path) ?? {};
    methods[endpoint.method] = handlers as RequestHandler[];
    byPath.set(path, methods);
  }
  const missing = Object.keys(endpoints).filter((id) => !implemented.has(id));
  if (missing.length > 0) throw new Error(`Endpoints without a handler: ${missing.join(', ')}`);
  const router = Router();
  for (const [path, methods] of byPath) route(router, path, methods);
  return router;
}
