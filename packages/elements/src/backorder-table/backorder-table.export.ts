// The backorder export: its columns, and the exporters behind them. Loaded on the first export.
import type { BackorderLine, BackorderStatus } from '@comptoir/contract/backorders';
import { asDay, exportTable, type ExportColumn } from '../runtime/export.js';
import type { ExportFormat } from '../runtime/views.js';
import type { BackorderColumn } from './backorder-table.l10n.js';
import type { amountOf } from './backorder-table.amount.js';

export interface BackorderExport {
  /** The list's title, for the file's name. */
  title: string;
  /** The reader's language (the CSV's separators). */
  lang: string;
  /** A column's header, as the table shows it. */
  label: (column: BackorderColumn) => string;
  statusLabels: Record<BackorderStatus, string>;
  /** A line's amount, as the table computes it (given by the table, so that it loads with it, not apart). */
  amountOf: typeof amountOf;
}

/** Every column, whatever the table shows: the file is for work in a spreadsheet. */
function columns({ label, statusLabels, amountOf }: BackorderExport): ExportColumn<BackorderLine>[] {
  return [
    { header: label('status'), value: (line) => statusLabels[line.status], width: 24 },
    { header: label('notedAt'), value: (line) => asDay(line.notedAt), width: 12 },
    { header: label('expectedAt'), value: (line) => asDay(line.expectedAt), width: 12 },
    { header: label('yourReference'), value: (line) => line.yourReference, width: 20 },
    { header: label('distributorNumber'), value: (line) => line.distributorNumber, width: 14 },
    { header: label('ean13'), value: (line) => line.ean13, width: 16 },
    { header: label('quantity'), value: (line) => line.quantity, width: 6 },
    { header: label('title'), value: (line) => line.title, width: 40 },
    { header: label('publisher'), value: (line) => line.publisher, width: 20 },
    { header: label('price'), value: (line) => line.price?.amount, format: 'money', width: 10 },
    { header: label('amount'), value: (line) => amountOf(line)?.amount, format: 'money', width: 10 },
    { header: label('purgeAt'), value: (line) => asDay(line.purgeAt), width: 12 },
  ];
}

export function exportBackorders(format: ExportFormat, rows: BackorderLine[], options: BackorderExport): Promise<void> {
  return exportTable(format, { title: options.title, lang: options.lang, columns: columns(options), rows });
}
