import * as z from 'zod/mini';
import { BackorderLine, BackorderPage } from './backorders.js';
import { CaseCreateRequest, CaseDetail, CaseMessage, CaseMessageFields, CasePage, CasePatchRequest } from './cases.js';
import { ListQuery, Problem } from './common.js';
import { OrderDossier, OrderPage } from './orders.js';
import { ShipmentDetail, ShipmentNature, ShipmentPage } from './shipments.js';
import { UnavailablePage, WatchAddRequest, WatchAddResult, WatchItem, WatchPage, WatchPatchRequest } from './watchlist.js';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface Route {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path under the API base, e.g. `/backorders/{id}`. */
  path: string;
  summary: string;
  tag: string;
  params?: readonly string[];
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  bodyKind?: 'json' | 'multipart';
  /** Success status and schema (`null` for an empty body). */
  status: number;
  response: z.ZodMiniType | null;
  /** Binary download instead of JSON. */
  binary?: boolean;
}

const CatalogQuery = z.extend(ListQuery, { school: z.optional(z.enum(['true', 'false'])) });
/** The shipment list's query: the list's, and the kind of shipment. */
export const ShipmentQuery = z.extend(ListQuery, { nature: z.optional(ShipmentNature) });
const CaseQuery = z.extend(ListQuery, {
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
});

/** Every route of the contract, in one table: the server mounts it, the OpenAPI document is built from it. */
export const routes = [
  {
    operationId: 'listBackorders',
    method: 'get',
    path: '/backorders',
    tag: 'Backorders',
    summary: 'List backorder lines ("notés")',
    query: ListQuery,
    status: 200,
    response: BackorderPage,
  },
  {
    operationId: 'getBackorder',
    method: 'get',
    path: '/backorders/{id}',
    tag: 'Backorders',
    summary: 'One backorder line',
    params: ['id'],
    status: 200,
    response: BackorderLine,
  },
  {
    operationId: 'cancelBackorder',
    method: 'delete',
    path: '/backorders/{id}',
    tag: 'Backorders',
    summary: 'Cancel a backorder line where the distributor allows it',
    params: ['id'],
    status: 204,
    response: null,
  },
  {
    operationId: 'listShipments',
    method: 'get',
    path: '/shipments',
    tag: 'Shipments',
    summary: 'List shipments; q searches order number, shipment number, your reference or EAN',
    query: ShipmentQuery,
    status: 200,
    response: ShipmentPage,
  },
  {
    operationId: 'getShipment',
    method: 'get',
    path: '/shipments/{id}',
    tag: 'Shipments',
    summary: 'A shipment with its lines and parcels',
    params: ['id'],
    status: 200,
    response: ShipmentDetail,
  },
  {
    operationId: 'listWatchlist',
    method: 'get',
    path: '/watchlist',
    tag: 'Watchlist',
    summary: 'Followed titles',
    query: ListQuery,
    status: 200,
    response: WatchPage,
  },
  {
    operationId: 'followTitles',
    method: 'post',
    path: '/watchlist',
    tag: 'Watchlist',
    summary: 'Follow one or many titles',
    body: WatchAddRequest,
    bodyKind: 'json',
    status: 200,
    response: WatchAddResult,
  },
  {
    operationId: 'updateWatchItem',
    method: 'patch',
    path: '/watchlist/{ean13}',
    tag: 'Watchlist',
    summary: 'Change your reference of a followed title',
    params: ['ean13'],
    body: WatchPatchRequest,
    bodyKind: 'json',
    status: 200,
    response: WatchItem,
  },
  {
    operationId: 'unfollowTitle',
    method: 'delete',
    path: '/watchlist/{ean13}',
    tag: 'Watchlist',
    summary: 'Stop following a title',
    params: ['ean13'],
    status: 204,
    response: null,
  },
  {
    operationId: 'searchUnavailable',
    method: 'get',
    path: '/catalog/unavailable',
    tag: 'Watchlist',
    summary: 'Search unavailable titles that can be followed',
    query: CatalogQuery,
    status: 200,
    response: UnavailablePage,
  },
  {
    operationId: 'listOrders',
    method: 'get',
    path: '/orders',
    tag: 'Orders',
    summary: 'Find orders by our reference, your reference or serial number',
    query: ListQuery,
    status: 200,
    response: OrderPage,
  },
  {
    operationId: 'getOrder',
    method: 'get',
    path: '/orders/{ref}',
    tag: 'Orders',
    summary: 'An order dossier',
    params: ['ref'],
    status: 200,
    response: OrderDossier,
  },
  {
    operationId: 'downloadOrderDocument',
    method: 'get',
    path: '/orders/{ref}/documents/{kind}',
    tag: 'Orders',
    summary: 'Download a document of an order dossier (offer, order, delivery note, invoice) once it is available',
    params: ['ref', 'kind'],
    status: 200,
    response: null,
    binary: true,
  },
  {
    operationId: 'listCases',
    method: 'get',
    path: '/cases',
    tag: 'Cases',
    summary: 'Support cases',
    query: CaseQuery,
    status: 200,
    response: CasePage,
  },
  {
    operationId: 'createCase',
    method: 'post',
    path: '/cases',
    tag: 'Cases',
    summary: 'Open a case',
    body: CaseCreateRequest,
    bodyKind: 'json',
    status: 201,
    response: CaseDetail,
  },
  {
    operationId: 'getCase',
    method: 'get',
    path: '/cases/{id}',
    tag: 'Cases',
    summary: 'A case with its correspondence',
    params: ['id'],
    status: 200,
    response: CaseDetail,
  },
  {
    operationId: 'updateCase',
    method: 'patch',
    path: '/cases/{id}',
    tag: 'Cases',
    summary: 'Change primary e-mail, CC or short description',
    params: ['id'],
    body: CasePatchRequest,
    bodyKind: 'json',
    status: 200,
    response: CaseDetail,
  },
  {
    operationId: 'sendCaseMessage',
    method: 'post',
    path: '/cases/{id}/messages',
    tag: 'Cases',
    summary: 'Send a message with at most 3 attachments (multipart: text, files)',
    params: ['id'],
    body: CaseMessageFields,
    bodyKind: 'multipart',
    status: 201,
    response: CaseMessage,
  },
  {
    operationId: 'downloadAttachment',
    method: 'get',
    path: '/cases/{id}/attachments/{attachmentId}',
    tag: 'Cases',
    summary: 'Download an attachment',
    params: ['id', 'attachmentId'],
    status: 200,
    response: null,
    binary: true,
  },
] as const satisfies readonly Route[];

export { CaseQuery, CatalogQuery, Problem };
