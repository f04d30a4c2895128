import {
  acceptLanguageHeader,
  type Endpoint,
  ifMatchHeader,
  type ResponseSpec,
} from '@orgwise/contract';
import type { z } from 'zod';
import type {
  oas31,
  ZodOpenApiOperationObject,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from 'zod-openapi';

/** Either no credentials (ORGWISE_API_KEY unset) or the bearer key. */
const apiKeySecurity: oas31.SecurityRequirementObject[] = [{ apiKey: [] }, {}];

/** Share links need no credentials at all, whatever the operator sets. */
const noSecurity: oas31.SecurityRequirementObject[] = [{}];

export const apiKeyScheme = {
  apiKey: {
    type: 'http' as const,
    scheme: 'bearer',
    description:
      'Required on every /api/v1 route except validate, apply, roles and rules when the operator sets ORGWISE_API_KEY.',
  },
};

/** The OpenAPI operation of an endpoint record. */
export function operationOf(endpoint: Endpoint): ZodOpenApiOperationObject {
  const { request } = endpoint;
  // Members in the order the committed document has them: operationId first, responses last.
  const operation: Omit<ZodOpenApiOperationObject, 'responses'> = {
    operationId: endpoint.operationId,
    tags: [...endpoint.tags],
    summary: endpoint.summary,
  };
  if (endpoint.description !== undefined) operation.description = endpoint.description;
  if (endpoint.auth === 'key') operation.security = apiKeySecurity;
  if (endpoint.auth === 'share-link') operation.security = noSecurity;
  const headers = [
    ...(request?.ifMatch === undefined ? [] : [ifMatchHeader]),
    ...(request?.acceptLanguage ? [acceptLanguageHeader] : []),
  ];
  const header = headers.reduce<z.ZodObject | undefined>(
    (all, one) => (all === undefined ? one : all.extend(one.shape)),
    undefined,
  );
  if (request?.path !== undefined || request?.query !== undefined || header !== undefined) {
    operation.requestParams = {
      ...(request?.path === undefined ? {} : { path: request.path }),
      ...(request?.query === undefined ? {} : { query: request.query }),
      ...(header === undefined ? {} : { header }),
    };
  }
  if (request?.body !== undefined) {
    const { mediaType, required, schema, examples, otherMediaTypes = {} } = request.body;
    operation.requestBody = {
      required,
      content: {
        [mediaType]: examples === undefined ? { schema } : { schema, examples },
        ...Object.fromEntries(
          Object.entries(otherMediaTypes).map(([type, media]) => [type, { ...media }]),
        ),
      },
    };
  }
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, spec] of Object.entries(endpoint.responses)) {
    responses[status as keyof ZodOpenApiResponsesObject] = responseOf(spec);
  }
  return { ...operation, responses };
}

function responseOf(spec: ResponseSpec): ZodOpenApiResponseObject {
  const response: ZodOpenApiResponseObject = { description: spec.description };
  if (spec.headers !== undefined) response.headers = spec.headers;
  if (spec.content !== undefined) {
    response.content = Object.fromEntries(
      Object.entries(spec.content).map(([type, media]) => [type, { ...media }]),
    );
  }
  return response;
}
