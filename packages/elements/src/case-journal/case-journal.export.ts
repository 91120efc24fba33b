// The case export: its columns, and the exporters behind them. Loaded on the first export.
import type { CaseCategory, CaseStatus, CaseSummary } from '@comptoir/contract/cases';
import { asMoment, exportTable, type ExportColumn } from '../runtime/export.js';
import type { ExportFormat } from '../runtime/views.js';
import type { CaseColumn } from './case-journal.l10n.js';

export interface CaseExport {
  /** The list's title, for the file's name. */
  title: string;
  /** The reader's language (the CSV's separators). */
  lang: string;
  labels: Record<CaseColumn, string>;
  statusLabels: Record<CaseStatus, string>;
  /** The topic's, order's and instrument's headers, and the topics' labels. */
  about: { category: string; orderRef: string; serialNumber: string; categories: Record<CaseCategory, string> };
}

export function exportCases(
  format: ExportFormat,
  rows: CaseSummary[],
  { title, lang, labels, statusLabels, about }: CaseExport,
): Promise<void> {
  // Summary fields only, as the portal's report (no message, no copies), and what each case is about.
  const columns: ExportColumn<CaseSummary>[] = [
    { header: labels.createdAt, value: (row) => asMoment(row.createdAt), width: 18 },
    { header: labels.id, value: (row) => row.id, width: 14 },
    { header: labels.status, value: (row) => statusLabels[row.status], width: 24 },
    { header: labels.primaryEmail, value: (row) => row.primaryEmail, width: 30 },
    { header: labels.shortDescription, value: (row) => row.shortDescription, width: 50 },
    { header: about.category, value: (row) => about.categories[row.category ?? 'other'], width: 24 },
    { header: about.orderRef, value: (row) => row.orderRef ?? '', width: 16 },
    { header: about.serialNumber, value: (row) => row.serialNumber ?? '', width: 16 },
  ];
  return exportTable(format, { title, lang, columns, rows });
}
