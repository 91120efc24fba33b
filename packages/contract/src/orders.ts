import * as z from 'zod/mini';
import { Money, isoDate, linkUrl, pageOf } from './common.js';

export const orderStepKeys = ['quote', 'order', 'supply', 'shipment', 'invoice', 'receipt', 'payment'] as const;
export const OrderStepKey = z.enum(orderStepKeys);
export const stepStates = ['done', 'current', 'pending', 'skipped'] as const;

export const OrderSummary = z.object({
  ourRef: z.string(),
  yourRef: z.string(),
  customer: z.string(),
  createdAt: isoDate,
  currentStep: OrderStepKey,
  expectedDeliveryAt: z.nullable(isoDate),
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
