import type { ShipmentNature, ShipmentStatus } from '@comptoir/contract/shipments';
import { registerLoaders } from '../runtime/localize.js';

import type { ShipmentColumn, ShipmentLineColumn } from './shipment-tracker.columns.js';

export type { ShipmentColumn, ShipmentLineColumn };

export interface ShipmentTerms {
  shipTitle: string;
  shipListLabel: string;
  shipColumns: Record<ShipmentColumn, string>;
  shipLineColumns: Record<ShipmentLineColumn, string>;
  shipStatus: Record<ShipmentStatus, string>;
  shipNature: Record<ShipmentNature, string>;
  shipSearchLabel: string;
  shipSearchPlaceholder: string;
  shipStatusFilter: string;
  shipNatureFilter: string;
  shipAll: string;
  shipOpen: (shipmentNumber: string) => string;
  shipOpenShort: string;
  shipEmpty: string;
  shipBack: string;
  shipDetailTitle: (shipmentNumber: string) => string;
  shipMissingTitle: (count: number) => string;
  shipMissingNone: string;
  shipMissingNoted: string;
  shipParcelTitle: (number: string, carrier: string) => string;
  shipShippedAt: (date: string) => string;
  shipTrack: (number: string) => string;
  shipNoTracking: string;
  shipNoParcel: string;
  shipNotShippedYet: string;
  shipYes: string;
  shipNo: string;
  shipLinesLabel: (parcel: string) => string;
  /** "Report" on a shipment's missing items: the new case's subject and one line per item. */
  shipReport: string;
  shipReportSubject: (shipment: string) => string;
  shipReportLine: (ean13: string, title: string, missing: number) => string;
}

registerLoaders({
  en: () => import('./shipment-tracker.l10n.en.js'),
  fr: () => import('./shipment-tracker.l10n.fr.js'),
  de: () => import('./shipment-tracker.l10n.de.js'),
});
