// The watchlist export: its columns, and the exporters behind them. Loaded on the first export.
import type { WatchItem } from '@comptoir/contract/watchlist';
import { asDay, exportTable, type ExportColumn } from '../runtime/export.js';
import type { Localizer } from '../runtime/localize.js';
import type { ExportFormat } from '../runtime/views.js';
import type { WatchlistTerms } from './availability-watchlist.l10n.js';

/** Every column, in the table's order, whatever the table shows, with the element's labels. */
function columns(l: Localizer<WatchlistTerms>): ExportColumn<WatchItem>[] {
  const labels = l.table('watchColumns');
  const availability = [l.t('watchUnavailable'), l.t('watchAvailable')];
  return [
    { header: labels.ean13, value: (row) => row.ean13, width: 16 },
    { header: labels.subscribedAt, value: (row) => asDay(row.subscribedAt), width: 12 },
    { header: labels.title, value: (row) => row.title, width: 40 },
    { header: l.t('watchAuthor'), value: (row) => row.author, width: 24 },
    { header: labels.available, value: (row) => availability[Number(row.available)], width: 10 },
    { header: labels.availableAt, value: (row) => asDay(row.availableAt), width: 12 },
    { header: labels.notifiedAt, value: (row) => asDay(row.notifiedAt), width: 12 },
    { header: labels.publisher, value: (row) => row.publisher, width: 20 },
    { header: labels.price, value: (row) => row.price?.amount, format: 'money', width: 10 },
    { header: labels.yourReference, value: (row) => row.yourReference, width: 20 },
  ];
}

export function exportWatchlist(format: ExportFormat, rows: WatchItem[], l: Localizer<WatchlistTerms>): Promise<void> {
  return exportTable(format, { title: l.t('watchExportFile'), lang: l.code, columns: columns(l), rows });
}
