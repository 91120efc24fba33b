import * as z from 'zod/mini';
import { BackorderLine, BackorderPage } from './backorders.js';
import { BackorderProcessing } from './backorder-processing.js';
import { CaseCreateRequest, CaseDetail, CaseMessage, CaseMessageFields, CasePage, CasePatchRequest } from './cases.js';
import { ListQuery, Problem } from './common.js';
import { OrderDossier, OrderPage } from './orders.js';
import { GuestAccess, GuestAccessRequest } from './guest.js';
import { ShipmentDetail, ShipmentNature, ShipmentPage } from './shipments.js';
import {
  MAX_REFERENCE_LENGTH,
  UnavailablePage,
  WatchAddRequest,
  WatchAddResult,
  WatchItem,
  WatchPage,
  WatchPatchRequest,
} from './watchlist.js';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface Route {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path under the API base, e.g. `/backorders/{id}`. */
  path: string;
  summary: string;
  /** What the operation does, for the OpenAPI document: rules, limits and the errors a client meets. */
  description: string;
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
  /** When the operation answers 409 Conflict, and why. */
  conflict?: string;
  /** Called without a bearer token (guest access). */
  public?: boolean;
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
    description:
      "The titles missing from the account's orders, noted to be served when they come back. `q` searches the EAN, your reference, the distributor's number and title words; `status` filters by status codes; every list field sorts.",
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
    description: 'One line of the account, by its id; 404 for an id of another account.',
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
    description:
      'Cancels a noted quantity (204). Refused with 409 when the distributor does not allow cancelling the line (`cancellable: false`).',
    params: ['id'],
    status: 204,
    response: null,
    conflict: 'The distributor does not allow cancelling this line (`not-cancellable`)',
  },
  {
    operationId: 'getBackorderProcessing',
    method: 'get',
    path: '/backorder-processing',
    tag: 'Backorders',
    summary: 'The weekly processing of noted lines: next run, billing threshold',
    description:
      "When the distributor's automatic weekly processing runs next, and the billing threshold it applies: the account's available lines are served (they leave the backorders and appear in a shipment) once what they amount to, excluding tax, reaches it.",
    status: 200,
    response: BackorderProcessing,
  },
  {
    operationId: 'listShipments',
    method: 'get',
    path: '/shipments',
    tag: 'Shipments',
    summary: 'List shipments; q searches order number, shipment number, your reference or EAN',
    description:
      "The account's shipments of the last months, newest first by default. `nature` keeps one kind of order (office, firm order, restock, school); `status` includes `partially-shipped`, a shipment with missing items.",
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
    description:
      'A shipment with its lines (ordered and shipped quantities, the parcel of each) and its parcels (carrier, tracking link). Lines with a missing quantity are the ones the customer may report.',
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
    description:
      'The titles the account follows while they are unavailable, with the day each came back and the day its e-mail alert was sent.',
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
    description:
      'Follows up to 1,000 titles at once (a pasted list). Answers which were added and which were skipped, and why (already followed, duplicate, unknown title).',
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
    description: `Sets your own reference of a followed title (at most ${MAX_REFERENCE_LENGTH} characters).`,
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
    description: 'Stops following a title (204); 404 when the account does not follow it.',
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
    description:
      'Titles of the catalogue that are unavailable now and can be followed; `q` searches EAN, title, author and publisher; `school=true` keeps school titles.',
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
    description:
      "The account's current business (offers and orders), newest first, found by our reference, your reference or an instrument's serial number in `q`; `status` filters by current step (`status=quote`: the offers, each with its `offer`).",
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
    description:
      'An order dossier: its steps (quote to payment, each done, current, pending or skipped), expected delivery and its changes, documents, details, delivery address, lines and dated history.',
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
    description: 'A document of the dossier as a file download (`Content-Disposition: attachment`), once it is available; 404 before.',
    params: ['ref', 'kind'],
    status: 200,
    response: null,
    binary: true,
  },
  {
    operationId: 'reserveOffer',
    method: 'post',
    path: '/orders/{ref}/offer/reserve',
    tag: 'Orders',
    summary: "Reserve an offer's quantities on stock",
    description:
      "Holds the quantities of every line of the offer on the distributor's stock until a day the server sets (`offer.reservedUntil`, at most the offer's validity), and adds a line to the history. Reserving a reserved offer holds its quantities again from today. No body. Answers the dossier as it now stands.",
    params: ['ref'],
    status: 200,
    response: OrderDossier,
    conflict:
      'The offer has expired (`offer-expired`: refresh it first), is no longer an offer (`not-an-offer`), or a line lacks stock (`insufficient-stock`, naming the line and what is available)',
  },
  {
    operationId: 'orderOffer',
    method: 'post',
    path: '/orders/{ref}/offer/order',
    tag: 'Orders',
    summary: 'Place the order of an offer',
    description:
      "Turns the offer into a firm order: the dossier moves to the order step (the quote step done today), its offer ends, a reservation becomes the order's, and a line is added to the history. No body. Answers the dossier as it now stands.",
    params: ['ref'],
    status: 200,
    response: OrderDossier,
    conflict: 'The offer has expired (`offer-expired`: refresh it first) or was already ordered (`not-an-offer`)',
  },
  {
    operationId: 'refreshOffer',
    method: 'post',
    path: '/orders/{ref}/offer/refresh',
    tag: 'Orders',
    summary: 'Refresh an offer: prices quoted again, a new validity',
    description:
      "Quotes every line again at the distributor's current prices, sets a new validity (and amount), ends any reservation, and adds a line to the history. The one action an expired offer allows. No body. Answers the dossier as it now stands.",
    params: ['ref'],
    status: 200,
    response: OrderDossier,
    conflict: 'The dossier is no longer an offer (`not-an-offer`)',
  },
  {
    operationId: 'requestGuestAccess',
    method: 'post',
    path: '/guest-access',
    tag: 'Guest access',
    summary: 'Open one dossier as a guest: its identifier and contact e-mail',
    description:
      "No bearer token: a customer types the identifier printed on the offer, the order or the instrument (our reference, your reference, a serial number, or the number of a service case about the dossier) and the dossier's contact e-mail. Answers a signed token that opens that dossier only (`GET /orders/{ref}`, its documents and its offer's actions), until `expiresAt`. A wrong identifier and a wrong e-mail get the same 404; failed look-ups are limited per client address (429 with Retry-After, even for a right pair). A guest token elsewhere gets 403 `guest-scope`; an expired one 401 `link-expired`.",
    body: GuestAccessRequest,
    status: 201,
    response: GuestAccess,
    public: true,
  },
  {
    operationId: 'listCases',
    method: 'get',
    path: '/cases',
    tag: 'Cases',
    summary: 'Support cases',
    description:
      "The account's support cases. `q` searches the case id, the e-mail and words of the description; `from` and `to` bound the creation day; every column sorts.",
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
    description: 'Opens a case with its first message; answers the new case (201) with its id.',
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
    description: 'A case with its summary, copies and every message with its attachments, newest first.',
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
    description: "Changes the owner's e-mail, the copies or the short description; only the fields sent change.",
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
    description:
      "Adds the customer's message to the case, with at most 3 files of 5 MiB each (PDF, PNG, JPEG, text or CSV), typed by their content: a file whose content does not match its name is refused, and nothing is stored.",
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
    description: "An attachment of the case's messages, as a file download; 404 for an attachment of another account.",
    params: ['id', 'attachmentId'],
    status: 200,
    response: null,
    binary: true,
  },
] as const satisfies readonly Route[];

export { CaseQuery, CatalogQuery, Problem };
