// Type tests of the elements' events, checked by `npm run typecheck` only (like Vaadin's grid.types.ts): a renamed
// detail field fails here, not in a customer's page. Each line asserts a type; `@ts-expect-error` lines must fail.
import type {
  BackorderLine,
  CaseDetail,
  CaseMessage,
  CaseSummary,
  OrderDossier,
  OrderSummary,
  ShipmentSummary,
  WatchItem,
  CasePrefill,
  GuestAccess,
} from '@comptoir/contract';
import type { ApiErrorKind } from '@comptoir/elements';
import '@comptoir/elements/all';

type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assert = <T extends true>(): T => true as T;
type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

assert<Is<Detail<'backorder-select'>, { line: BackorderLine }>>();
assert<Is<Detail<'backorder-cancel'>, { line: BackorderLine }>>();
assert<Is<Detail<'watchlist-add'>, { items: WatchItem[] }>>();
assert<Is<Detail<'watchlist-remove'>, { items: WatchItem[] }>>();
assert<Is<Detail<'shipment-open'>, { shipment: ShipmentSummary }>>();
assert<Is<Detail<'order-open'>, { order: OrderSummary }>>();
assert<Is<Detail<'offer-reserve'>, { order: OrderDossier }>>();
assert<Is<Detail<'offer-order'>, { order: OrderDossier }>>();
assert<Is<Detail<'offer-refresh'>, { order: OrderDossier }>>();
assert<Is<Detail<'support-request'>, { prefill: CasePrefill }>>();
assert<Is<Detail<'guest-access'>, { access: GuestAccess }>>();
assert<Is<Detail<'case-open'>, { case: CaseSummary }>>();
assert<Is<Detail<'case-send'>, { caseId: string; message: CaseMessage }>>();
assert<Is<Detail<'case-create'>, { case: CaseDetail }>>();
assert<Is<Detail<'comptoir-load'>, { count: number }>>();
assert<Is<Detail<'comptoir-error'>, { kind: ApiErrorKind; status?: number; message: string }>>();

// Listeners on the element, on document and on a parent get the typed event.
const table = document.createElement('backorder-table');
table.addEventListener('backorder-select', (event) => {
  const title: string = event.detail.line.title;
  // @ts-expect-error a line has no `name`
  void event.detail.line.name;
  return title;
});
document.addEventListener('case-send', (event) => event.detail.message.attachments.map((attachment) => attachment.name));
// Tags map to their classes.
const journal: HTMLElementTagNameMap['case-journal'] = document.createElement('case-journal');
journal.caseId = '2000100014';
// @ts-expect-error pageSize is a number
table.pageSize = '50';

// `sort` takes the contract's sort fields, ascending or descending.
table.sort = '-expectedAt';
journal.sort = 'primaryEmail';
document.createElement('shipment-tracker').sort = '-parcelCount';
document.createElement('availability-watchlist').sort = 'availableAt';
// @ts-expect-error `amount` is not a sort field of the backorders contract
table.sort = 'amount';
// @ts-expect-error a descending key is `-createdAt`, not `createdAt desc`
journal.sort = 'createdAt desc';
