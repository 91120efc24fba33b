// The order timeline's column models, in one place: the list of dossiers (screen order) and a dossier's lines; their
// labels are in the l10n files.

/** The list's columns (the list does not sort: the server gives the current business, newest first). */
export const orderColumns = [
  'ourRef',
  'yourRef',
  'customer',
  'createdAt',
  'currentStep',
  'validUntil',
  'amount',
  'offerState',
  'expectedDeliveryAt',
] as const;
export type OrderColumn = (typeof orderColumns)[number];
/** The columns that drop first (3, then 2) when the list is too narrow for all; the others always show. */
export const orderPriorities: Partial<Record<OrderColumn, 2 | 3>> = {
  yourRef: 2,
  expectedDeliveryAt: 2,
  amount: 2,
  customer: 3,
  createdAt: 3,
  validUntil: 3,
};
/** The offers' columns: not in a list of orders (a step other than the quote's); the orders' own not in a list of offers. */
export const offerOnlyColumns: readonly OrderColumn[] = ['validUntil', 'amount', 'offerState'];
export const orderOnlyColumns: readonly OrderColumn[] = ['currentStep', 'expectedDeliveryAt'];

/** A dossier's line columns. */
export const orderLineColumns = ['sku', 'label', 'quantity', 'unitPrice', 'amount'] as const;
export type OrderLineColumn = (typeof orderLineColumns)[number];
