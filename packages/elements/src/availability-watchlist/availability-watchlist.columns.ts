// The watchlist's column model, in one place: the columns in screen order (their labels are `watchColumns[key]` in
// the l10n file, their export values in availability-watchlist.export.ts) and those that sort.
import { watchSortFields, type WatchSortField } from '@comptoir/contract/watchlist';

export const watchColumns = [
  'ean13',
  'subscribedAt',
  'title',
  'available',
  'availableAt',
  'notifiedAt',
  'publisher',
  'price',
  'yourReference',
] as const;
export type WatchColumn = (typeof watchColumns)[number];
/** The columns that drop first (3, then 2) when the list is too narrow for all; the others always show. */
export const watchPriorities: Partial<Record<WatchColumn, 2 | 3>> = {
  ean13: 2,
  availableAt: 2,
  price: 2,
  subscribedAt: 3,
  notifiedAt: 3,
  publisher: 3,
};

/** The columns that sort: the contract's sort fields (the list is sorted in the browser the same way). */
export const isSortable = (column: WatchColumn): column is WatchSortField => (watchSortFields as readonly string[]).includes(column);
