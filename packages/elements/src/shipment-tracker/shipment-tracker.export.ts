// The shipment tracker's exports: the list, and one shipment's lines. Loaded on the first export.
import type { ShipmentLine, ShipmentSummary } from '@comptoir/contract/shipments';
import { asDay, exportTable, type ExportColumn } from '../runtime/export.js';
import type { Localizer } from '../runtime/localize.js';
import type { ExportFormat } from '../runtime/views.js';
import type { ShipmentTerms } from './shipment-tracker.l10n.js';
import { missingOf } from './shipment-tracker.columns.js';

/** Every column of the list, whatever the table shows. */
export function exportShipments(format: ExportFormat, l: Localizer<ShipmentTerms>, rows: ShipmentSummary[]): Promise<void> {
  const labels = l.table('shipColumns');
  const status = l.table('shipStatus');
  const nature = l.table('shipNature');
  const columns: ExportColumn<ShipmentSummary>[] = [
    { header: labels.orderedAt, value: (row) => asDay(row.orderedAt), width: 12 },
    { header: labels.yourReference, value: (row) => row.yourReference, width: 18 },
    { header: labels.orderNumber, value: (row) => row.orderNumber, width: 14 },
    { header: labels.nature, value: (row) => nature[row.nature], width: 16 },
    { header: labels.parcelCount, value: (row) => row.parcelCount ?? undefined, width: 8 },
    { header: labels.shipmentNumber, value: (row) => row.shipmentNumber, width: 14 },
    { header: labels.status, value: (row) => status[row.status], width: 22 },
  ];
  return exportTable(format, { title: l.t('shipTitle'), lang: l.code, columns, rows });
}

/** A shipment's lines, with their parcel and what is missing; the file's name ends with the shipment's number. */
export function exportShipmentLines(
  format: ExportFormat,
  l: Localizer<ShipmentTerms>,
  shipmentNumber: string,
  rows: ShipmentLine[],
): Promise<void> {
  const labels = l.table('shipLineColumns');
  const yesNo = (value: boolean) => (value ? l.t('shipYes') : l.t('shipNo'));
  const columns: ExportColumn<ShipmentLine>[] = [
    { header: labels.parcelNumber, value: (line) => line.parcelNumber ?? l.t('shipNoParcel'), width: 12 },
    { header: labels.ean13, value: (line) => line.ean13, width: 16 },
    { header: labels.articleCode, value: (line) => line.articleCode, width: 12 },
    { header: labels.title, value: (line) => line.title, width: 40 },
    { header: labels.quantityOrdered, value: (line) => line.quantityOrdered, width: 10 },
    { header: labels.quantityShipped, value: (line) => line.quantityShipped, width: 10 },
    { header: labels.missing, value: (line) => missingOf(line), width: 10 },
    { header: labels.noted, value: (line) => (missingOf(line) ? yesNo(line.noted) : ''), width: 8 },
  ];
  return exportTable(format, { title: l.t('shipTitle'), suffix: shipmentNumber, lang: l.code, columns, rows });
}
