import * as z from 'zod/mini';
import { Problem } from './common.js';
import { routes, type Route } from './routes.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodMiniType): JsonSchema {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(type, { target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

function queryParameters(route: Route) {
  if (!route.query) return [];
  const schema = schemaOf(route.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI 3.1 document of the contract, built from the route table and its schemas. */
export function buildOpenApi(serverUrl = '/api'): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes as readonly Route[]) {
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security: [{ bearer: [] }],
      parameters: [
        ...(route.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
        ...queryParameters(route),
      ],
      responses: {
        [route.status]: route.binary
          ? { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
          : route.response
            ? { description: 'OK', content: { 'application/json': { schema: schemaOf(route.response) } } }
            : { description: 'Done, no content' },
        ...(route.method === 'get' ? { 304: { description: 'Not modified (If-None-Match)' } } : {}),
        400: problemResponse('Invalid request: `errors` names each failing field'),
        401: problemResponse('Missing or unknown bearer token'),
        404: problemResponse('Not found in the caller’s account'),
        429: problemResponse('Too many requests; see Retry-After'),
      },
    };
    if (route.body) {
      const body = schemaOf(route.body);
      operation.requestBody = {
        required: true,
        content:
          route.bodyKind === 'multipart'
            ? {
                'multipart/form-data': {
                  schema: {
                    ...body,
                    properties: {
                      ...(body.properties as object),
                      files: { type: 'array', maxItems: 3, items: { type: 'string', format: 'binary' } },
                    },
                  },
                },
              }
            : { 'application/json': { schema: body } },
      };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Comptoir REST contract',
      version: '0.1.0',
      description:
        'Backorders, shipments, availability watchlist, order dossiers and support cases of a distributor’s customer portal. Every request is scoped to the account of its bearer token.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: schemaOf(Problem) },
    },
    paths,
  };
}
