import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call an endpoint. `open`: anyone (it stores nothing). `key`: with
 * `Authorization: Bearer <key>` when the operator sets ORGWISE_API_KEY. `share-link`: anyone who
 * holds the link's token (and its password, if it has one); never the API key.
 */
export type EndpointAuth = 'open' | 'key' | 'share-link';

/** One media type of a request or response body, with examples for the reference. */
export interface MediaContent {
  readonly schema: z.ZodType;
  readonly example?: unknown;
  readonly examples?: Readonly<
    Record<string, { readonly summary: string; readonly value: unknown }>
  >;
}

export interface ResponseSpec {
  readonly description: string;
  readonly headers?: z.ZodObject;
  readonly content?: Readonly<Record<string, MediaContent>>;
}

export interface BodySpec extends MediaContent {
  readonly mediaType: 'application/json';
  /**
   * Other media types the body may come in (an import's CSV text or workbook), documented beside
   * the JSON one. The typed client sends JSON.
   */
  readonly otherMediaTypes?: Readonly<Record<string, MediaContent>>;
  /** Whether a request without a body is refused (a 400) rather than taken as empty. */
  readonly required: boolean;
}

export interface RequestSpec {
  /** The parameters in the path, named as in `path` (`{workspaceId}`). */
  readonly path?: z.ZodObject;
  readonly query?: z.ZodObject;
  /**
   * The change must name the version it is based on in If-Match (428 without it). The schema is
   * the resource whose version that is: a 412 carries it as `current`.
   */
  readonly ifMatch?: z.ZodType;
  /** The answer's texts follow Accept-Language (its success answer says Content-Language). */
  readonly acceptLanguage?: boolean;
  readonly body?: BodySpec;
}

/**
 * An HTTP endpoint as one record: what the API routes, documents in OpenAPI and guards with the
 * API key, and what the typed client calls. The handler is the API's (apps/api binds one to each
 * record); nothing here runs on a server.
 */
export interface Endpoint {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI form, parameters in braces: `/api/v1/workspaces/{workspaceId}`. */
  readonly path: string;
  readonly auth: EndpointAuth;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description?: string;
  readonly request?: RequestSpec;
  /** By status code; the first 2xx is the success answer. */
  readonly responses: Readonly<Record<string, ResponseSpec>>;
}

/** Keeps the record's literal type, so that the client's methods are typed from its schemas. */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}
