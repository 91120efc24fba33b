import * as z from 'zod/mini';
import { backorderSortFields, backorderStatuses } from './backorders.js';
import { caseSortFields, caseStatuses } from './cases.js';
import { MAX_PAGE_SIZE, Problem } from './common.js';
import { orderStepKeys } from './orders.js';
import { shipmentSortFields, shipmentStatuses } from './shipments.js';
import { watchSortFields } from './watchlist.js';
import { routes, type Route } from './routes.js';
import { generateCases, generateCatalog } from './fixtures/generate.js';
import { generateOrders } from './fixtures/orders.js';
import { seedBackorders, seedOrder, seedShipments, seedWatchlist } from './fixtures/seed.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodMiniType): JsonSchema {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(type, { target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

/** What each list filters and sorts by, for the parameters' allowed values. */
const listVocabulary: Record<string, { statuses?: readonly string[]; sortFields?: readonly string[] }> = {
  '/backorders': { statuses: backorderStatuses, sortFields: backorderSortFields },
  '/shipments': { statuses: shipmentStatuses, sortFields: shipmentSortFields },
  '/watchlist': { sortFields: watchSortFields },
  '/cases': { statuses: caseStatuses, sortFields: caseSortFields },
  '/orders': { statuses: orderStepKeys },
};

const parameterText: Record<string, string> = {
  q: "Words to search, at most 200 characters; the fields searched are in the operation's description.",
  status: 'Status codes, comma-separated; an unknown code is refused with 400.',
  sort: 'Fields to sort by, comma-separated, each descending with a leading `-` (`-notedAt,title`). A coded field (`status`, `nature`) sorts in the order of its codes as listed here (the business order), not alphabetically; empty values come last in both directions.',
  page: 'Page number, from 1.',
  pageSize: `Items per page; at most ${MAX_PAGE_SIZE} (a larger value is capped).`,
  nature: 'The kind of order shipped.',
  school: '`true`: school titles only; `false`: the others.',
  from: 'First day of the period (`YYYY-MM-DD`), by creation day.',
  to: 'Last day of the period (`YYYY-MM-DD`), by creation day.',
  id: "The item's id, as the list gives it.",
  ean13: "The title's EAN-13.",
  ref: 'Our reference of the order (`ourRef`).',
  kind: "The document's kind, as the dossier lists it.",
  attachmentId: "The attachment's id, as its message lists it.",
};

function queryParameters(route: Route) {
  if (!route.query) return [];
  const schema = schemaOf(route.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const vocabulary = listVocabulary[route.path] ?? {};
  return (
    Object.entries(schema.properties ?? {})
      // `status` only where the list has statuses: elsewhere the server refuses it (400).
      .filter(([name]) => name !== 'status' || vocabulary.statuses)
      .map(([name, property]) => {
        let description = parameterText[name] ?? name;
        if (name === 'status' && vocabulary.statuses)
          description += ` One or more of: ${vocabulary.statuses.map((code) => `\`${code}\``).join(', ')}.`;
        if (name === 'sort' && vocabulary.sortFields)
          description += ` Fields: ${vocabulary.sortFields.map((field) => `\`${field}\``).join(', ')}.`;
        return { name, in: 'query', required: schema.required?.includes(name) ?? false, description, schema: property };
      })
  );
}

/** Examples from the source portals' rows (the seed), checked against the contract when the document is built. */
function example(route: Route): unknown {
  const today = '2026-11-22';
  const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 50 });
  const cases = generateCases(1, 2, today, 'librairie-du-centre.fr');
  const offers = generateOrders(1, today);
  const examples: Record<string, unknown> = {
    listBackorders: page(seedBackorders.slice(0, 2)),
    getBackorder: seedBackorders[0],
    getBackorderProcessing: {
      nextRunAt: '2026-11-23',
      lastRunAt: '2026-11-16',
      billingThreshold: { amount: 50, currency: 'EUR' },
      availableTotal: { amount: 34.6, currency: 'EUR' },
    },
    listShipments: page(seedShipments.slice(0, 2)),
    getShipment: seedShipments[0],
    listWatchlist: page(seedWatchlist.slice(0, 2)),
    followTitles: { added: [seedWatchlist[0]], skipped: [{ ean13: seedWatchlist[1]!.ean13, reason: 'already-followed' }] },
    updateWatchItem: seedWatchlist[0],
    searchUnavailable: page(generateCatalog(1, 2, today)),
    listOrders: page([offers[3]!, seedOrder]),
    getOrder: seedOrder,
    reserveOffer: offers[4],
    orderOffer: { ...offers[3]!, currentStep: 'order', offer: null },
    refreshOffer: offers[5],
    requestGuestAccess: {
      token: 'g1.eyJhIjoibGlicmFpcmllIiwiciI6IjQ1S0w4OUcwMEUiLCJlIjoxNzk1MDAwMDAwfQ.c2lnbmF0dXJl',
      order: '45KL89G00E',
      expiresAt: '2026-11-22T22:00:00.000Z',
    },
    listCases: page(cases),
    createCase: cases[0],
    getCase: cases[0],
    updateCase: cases[0],
    sendCaseMessage: cases[0]?.messages[0],
  };
  const value = examples[route.operationId];
  if (value === undefined || !route.response) return undefined;
  // Parsing keeps what the response schema holds (a summary of a detail) and fails the build on a wrong example.
  return z.parse(route.response, value);
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
      description: route.description,
      tags: [route.tag],
      security: route.public ? [] : [{ bearer: [] }],
      parameters: [
        ...(route.params ?? []).map((name) => ({
          name,
          in: 'path',
          required: true,
          description: parameterText[name] ?? name,
          schema: { type: 'string' },
        })),
        ...queryParameters(route),
      ],
      responses: {
        [route.status]: route.binary
          ? { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
          : route.response
            ? { description: 'OK', content: { 'application/json': { schema: schemaOf(route.response), example: example(route) } } }
            : { description: 'Done, no content' },
        ...(route.method === 'get' ? { 304: { description: 'Not modified (If-None-Match)' } } : {}),
        400: problemResponse('Invalid request: `errors` names each failing field'),
        ...(route.public
          ? {}
          : {
              401: problemResponse('Missing or unknown bearer token, or an expired guest link (`link-expired`)'),
              403: problemResponse('A guest token, which opens one dossier only (`guest-scope`)'),
            }),
        404: problemResponse('Not found in the caller’s account'),
        ...(route.conflict ? { 409: problemResponse(route.conflict) } : {}),
        ...(route.body
          ? {
              413: problemResponse(route.bodyKind === 'multipart' ? 'The files are too large' : 'The body is larger than 256 KiB'),
              415: problemResponse(route.bodyKind === 'multipart' ? 'Send multipart/form-data' : 'Send application/json'),
            }
          : {}),
        429: problemResponse('Too many requests (per account), or too many failed sign-ins (per address); see Retry-After'),
        500: problemResponse('The server failed; the error was logged'),
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
