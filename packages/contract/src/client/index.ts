// @orgwise/contract/client: a typed client of the Orgwise API, one method per endpoint record.

export { type ClientError, type Problem, versionFromEtag } from './client-error.js';
export {
  type ClientOptions,
  createClient,
  endpointUrl,
  type OrgwiseClient,
} from './create-client.js';
export type {
  ClientMethod,
  ClientResult,
  ConflictResource,
  EndpointInput,
  EndpointOutput,
} from './endpoint-types.js';
export type { FetchInit, FetchLike, FetchResponse } from './fetch-like.js';
