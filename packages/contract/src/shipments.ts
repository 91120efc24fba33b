import * as z from 'zod/mini';
import { ean13, isoDate, isoDateTime, linkUrl, pageOf } from './common.js';

export const shipmentStatuses = ['preparing', 'shipped', 'partially-shipped', 'delivered', 'cancelled'] as const;
export const ShipmentStatus = z.enum(shipmentStatuses);
export type ShipmentStatus = z.infer<typeof ShipmentStatus>;

/** "Nature" of the order behind a shipment: office (new releases placed by the publisher), firm order, restock, school. */
export const shipmentNatures = ['office', 'firm-order', 'restock', 'school'] as const;
export const ShipmentNature = z.enum(shipmentNatures);
export type ShipmentNature = z.infer<typeof ShipmentNature>;

export const ShipmentSummary = z.object({
  id: z.string(),
  orderedAt: isoDate,
  yourReference: z.string(),
  orderNumber: z.string(),
  nature: ShipmentNature,
  parcelCount: z.nullable(z.int().check(z.minimum(0))),
  shipmentNumber: z.string(),
  status: ShipmentStatus,
});
export type ShipmentSummary = z.infer<typeof ShipmentSummary>;

export const ShipmentLine = z.object({
  ean13,
  articleCode: z.string(),
  title: z.string(),
  quantityOrdered: z.int().check(z.minimum(0)),
  quantityShipped: z.int().check(z.minimum(0)),
  /** Null when the item is missing from every parcel. */
  parcelNumber: z.nullable(z.string()),
  /** Whether the missing quantity was noted (backordered). */
  noted: z.boolean(),
});
export type ShipmentLine = z.infer<typeof ShipmentLine>;

export const Parcel = z.object({
  number: z.string(),
  carrier: z.string(),
  trackingUrl: z.nullable(linkUrl),
  shippedAt: z.nullable(isoDateTime),
});
export type Parcel = z.infer<typeof Parcel>;

export const ShipmentDetail = z.extend(ShipmentSummary, {
  lines: z.array(ShipmentLine),
  parcels: z.array(Parcel),
});
export type ShipmentDetail = z.infer<typeof ShipmentDetail>;

export const ShipmentPage = pageOf(ShipmentSummary);
export type ShipmentPage = z.infer<typeof ShipmentPage>;
export const shipmentSortFields = [
  'orderedAt',
  'yourReference',
  'orderNumber',
  'nature',
  'parcelCount',
  'shipmentNumber',
  'status',
] as const;
export type ShipmentSortField = (typeof shipmentSortFields)[number];
