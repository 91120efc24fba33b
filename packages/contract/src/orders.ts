import * as z from 'zod/mini';
import { Money, isoDate, linkUrl, pageOf } from './common.js';

export const orderStepKeys = ['quote', 'order', 'supply', 'shipment', 'invoice', 'receipt', 'payment'] as const;
export const OrderStepKey = z.enum(orderStepKeys);
export const stepStates = ['done', 'current', 'pending', 'skipped'] as const;

/**
 * An offer ("offre"): a dossier at the quote step. It can be reserved on stock (the quantities held until a day the
 * server sets), turned into an order, or refreshed (prices quoted again, a new validity). An expired offer can only be
 * refreshed. `expired` is the server's verdict on its own day, so a client never compares dates with its own clock.
 */
export const Offer = z.object({
  validUntil: isoDate,
  /** The offer's total, excluding tax. */
  amount: Money,
  expired: z.boolean(),
  /** The last day the quantities are held on stock; null when not reserved. */
  reservedUntil: z.nullable(isoDate),
});
export type Offer = z.infer<typeof Offer>;

/** What a customer can do with an offer, each a POST under `/orders/{ref}/offer/`. */
export const offerActions = ['reserve', 'order', 'refresh'] as const;
export type OfferAction = (typeof offerActions)[number];

export const OrderSummary = z.object({
  ourRef: z.string(),
  yourRef: z.string(),
  customer: z.string(),
  createdAt: isoDate,
  currentStep: OrderStepKey,
  expectedDeliveryAt: z.nullable(isoDate),
  /** The offer, for a dossier at the quote step; null (or absent, from an older server) otherwise. */
  offer: z.optional(z.nullable(Offer)),
});
export type OrderSummary = z.infer<typeof OrderSummary>;
export const OrderPage = pageOf(OrderSummary);
export type OrderPage = z.infer<typeof OrderPage>;

export const OrderDossier = z.extend(OrderSummary, {
  supplierNumber: z.string(),
  contact: z.string(),
  firmOrder: z.boolean(),
  serialNumbers: z.array(z.string()),
  steps: z.array(z.object({ key: OrderStepKey, state: z.enum(stepStates), at: z.nullable(isoDate) })),
  documents: z.array(
    z.object({
      kind: z.enum(['offer', 'order', 'delivery-note', 'invoice']),
      label: z.string(),
      url: z.nullable(linkUrl),
      available: z.boolean(),
    }),
  ),
  expectedDeliveryChanges: z.array(z.object({ announcedAt: isoDate, expectedAt: isoDate, note: z.nullable(z.string()) })),
  deliveryAddress: z.object({
    name: z.string(),
    lines: z.array(z.string()),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  lines: z.array(z.object({ sku: z.string(), label: z.string(), quantity: z.int(), unitPrice: z.nullable(Money) })),
  history: z.array(z.object({ at: isoDate, text: z.string(), actor: z.nullable(z.string()), comment: z.nullable(z.string()) })),
});
export type OrderDossier = z.infer<typeof OrderDossier>;

/** The total of a dossier's lines (excluding tax), in their currency, to the cent; lines without price count nothing: an offer's `amount`. */
export function linesTotal(lines: OrderDossier['lines']): Money {
  const cents = lines.reduce((sum, line) => sum + (line.unitPrice ? Math.round(line.unitPrice.amount * 100) * line.quantity : 0), 0);
  return { amount: cents / 100, currency: lines.find((line) => line.unitPrice)?.unitPrice?.currency ?? 'EUR' };
}
