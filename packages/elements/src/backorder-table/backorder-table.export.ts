// The backorder export: its columns, and the exporters behind them. Loaded on the first export.
import type { BackorderLine, BackorderStatus } from '@comptoir/contract/backorders';
import { asDay, exportTable, type ExportColumn } from '../runtime/export.js';
import type { ExportFormat } from '../runtime/views.js';
import type { BackorderColumn } from './backorder-table.l10n.js';
import type { amountOf } from './backorder-table.amount.js';
import { ApiError } from '../runtime/errors.js';
import { errorMessage } from '../runtime/views.js';
import type { BackorderFlowHost } from './backorder-table.flows.js';

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

/**
 * Exports the list as it is filtered, whatever it shows: in client mode the lines here, in server mode every page
 * (the progress in the toolbar); a failure is a notice. `amountOf` comes from the table, so that it loads with it.
 */
export async function exportList(host: BackorderFlowHost, format: ExportFormat, amount: typeof amountOf): Promise<void> {
  const value = host.data.value;
  if (!value || host.exportProgress) return;
  host.notice = null;
  try {
    let rows: BackorderLine[];
    if (value.mode === 'client') {
      rows = value.client.filterAndSort(value.lines, { q: host.q, statuses: host.statuses, sort: host.sortSpec, hidden: host.hiddenIds });
    } else {
      host.exportProgress = { done: 0, total: value.total };
      const { fetchAll } = await import('../runtime/list-all.js');
      const onProgress = (done: number, total: number) => (host.exportProgress = { done, total });
      const all = await fetchAll(host.query, host.connection(), host.query.params(), { onProgress });
      rows = all.items.filter((line) => !host.hiddenIds.has(line.id));
    }
    const l = host.localize;
    await exportBackorders(format, rows, {
      title: l.t('backorderTitle'),
      lang: l.code,
      label: (column) => host.columnLabel(column),
      statusLabels: l.table('backorderStatus'),
      amountOf: amount,
    });
  } catch (error) {
    host.notice = {
      tone: 'danger',
      text: `${host.localize.t('exportFailed')} ${error instanceof ApiError ? errorMessage(host.localize, error) : ''}`,
    };
  } finally {
    host.exportProgress = null;
  }
}
