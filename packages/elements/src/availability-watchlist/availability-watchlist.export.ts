// The watchlist export: its columns, and the exporters behind them. Loaded on the first export.
import type { WatchItem } from '@comptoir/contract/watchlist';
import { excelDay, exportTable, type ExportColumn } from '../runtime/export.js';
import type { ExportFormat } from '../runtime/views.js';
import type { WatchColumn } from './availability-watchlist.l10n.js';

export interface WatchlistExport {
  /** The list's title, for the file's name. */
  title: string;
  labels: Record<WatchColumn, string>;
  /** How the file says "unavailable" and "available". */
  availability: readonly [string, string];
}

/** Every column, in the table's order, whatever the table shows. */
function columns({ labels, availability }: WatchlistExport): ExportColumn<WatchItem>[] {
  return [
    { header: labels.ean13, value: (row) => row.ean13, width: 16 },
    { header: labels.subscribedAt, value: (row) => excelDay(row.subscribedAt), width: 12 },
    { header: labels.title, value: (row) => row.title, width: 40 },
    { header: labels.available, value: (row) => availability[Number(row.available)], width: 10 },
    { header: labels.availableAt, value: (row) => excelDay(row.availableAt), width: 12 },
    { header: labels.notifiedAt, value: (row) => excelDay(row.notifiedAt), width: 12 },
    { header: labels.publisher, value: (row) => row.publisher, width: 20 },
    { header: labels.price, value: (row) => row.price?.amount, format: '#,##0.00', width: 10 },
    { header: labels.yourReference, value: (row) => row.yourReference, width: 20 },
  ];
}

export function exportWatchlist(format: ExportFormat, rows: WatchItem[], options: WatchlistExport): Promise<void> {
  return exportTable(format, { title: options.title, columns: columns(options), rows });
}
