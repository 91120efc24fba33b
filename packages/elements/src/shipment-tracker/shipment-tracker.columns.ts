// The shipment tracker's column models, in one place: the list's columns (the contract's sort fields, in screen
// order) and a shipment's line columns; their labels are in the l10n file, their export values in
// shipment-tracker.export.ts.
import { shipmentSortFields, type ShipmentLine, type ShipmentStatus } from '@comptoir/contract/shipments';
import type { Tone } from '../runtime/views.js';

/** The list's columns, every one sortable. */
export const shipmentColumns = shipmentSortFields;
export type ShipmentColumn = (typeof shipmentColumns)[number];
/** The columns that drop first (3, then 2) when the list is too narrow for all; the others always show. */
export const priorities: Partial<Record<ShipmentColumn, 2 | 3>> = { yourReference: 2, shipmentNumber: 2, nature: 3, parcelCount: 3 };

/** A shipment's line columns. */
export const lineColumns = [
  'parcelNumber',
  'ean13',
  'articleCode',
  'title',
  'quantityOrdered',
  'quantityShipped',
  'missing',
  'noted',
] as const;
export type ShipmentLineColumn = (typeof lineColumns)[number];

export const statusTone: Record<ShipmentStatus, Tone> = {
  preparing: 'info',
  shipped: 'success',
  'partially-shipped': 'warning',
  delivered: 'success',
  cancelled: 'neutral',
};

/** How many of a line's ordered copies did not come. */
export const missingOf = (line: ShipmentLine) => Math.max(0, line.quantityOrdered - line.quantityShipped);
