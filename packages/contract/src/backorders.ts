import * as z from 'zod/mini';
import { Money, ean13, isoDate, pageOf } from './common.js';

/** Stable codes; the portal's labels ("ARTICLE DISPONIBLE", "REIMPRESSION A L'ETUDE"…) are the elements' translations. */
export const backorderStatuses = [
  'available',
  'temporarily-out-of-stock',
  'reprint-under-study',
  'reprint-in-progress',
  'out-of-print',
] as const;
export const BackorderStatus = z.enum(backorderStatuses);
export type BackorderStatus = z.infer<typeof BackorderStatus>;

export const BackorderLine = z.object({
  id: z.string(),
  status: BackorderStatus,
  notedAt: isoDate,
  expectedAt: z.nullable(isoDate),
  yourReference: z.string(),
  distributorNumber: z.string(),
  ean13,
  quantity: z.int().check(z.minimum(1)),
  title: z.string(),
  publisher: z.string(),
  /** Unit price excluding tax, when the distributor publishes it. */
  price: z.nullable(Money),
  /** Noted quantities are purged after the retention period when they could not be served. */
  purgeAt: isoDate,
  /** Whether the distributor lets the customer cancel this line. */
  cancellable: z.boolean(),
});
export type BackorderLine = z.infer<typeof BackorderLine>;

export const BackorderPage = pageOf(BackorderLine);
export type BackorderPage = z.infer<typeof BackorderPage>;

export const backorderSortFields = [
  'status',
  'notedAt',
  'expectedAt',
  'yourReference',
  'distributorNumber',
  'ean13',
  'quantity',
  'title',
  'publisher',
  'purgeAt',
] as const;
export type BackorderSortField = (typeof backorderSortFields)[number];
