/**
 * Export of tabular data to CSV (papaparse) or XLSX (write-excel-file). Both libraries load on demand,
 * so they cost nothing until a user exports.
 */
import { todayIso } from './format.js';
import { saveBlob } from './save.js';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Excel number format for numbers and dates, e.g. `dd/mm/yyyy` or `#,##0.00`. */
  format?: string;
  width?: number;
}

export interface ExportOptions<Row> {
  /** The list's title: the file is named after it and today (`notés-2026-11-23.csv`). */
  title: string;
  /** What follows the date in the name (a shipment's number). */
  suffix?: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A spreadsheet must never read a cell from data as a formula (CSV injection): text that starts with
 * = + - @ (or their full-width forms), tab or carriage return is prefixed with an apostrophe. Numbers stay numbers.
 */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return guardFormula(value);
  return String(value);
}

/** The CSV text: `;`-separated (what French Excel expects), with a BOM so Excel reads UTF-8. */
export async function toCsv<Row>({ columns, rows }: Pick<ExportOptions<Row>, 'columns' | 'rows'>): Promise<string> {
  const papaparse = await import('papaparse');
  // CommonJS interop differs between bundlers: the API is the default export or the module itself.
  const Papa = (papaparse.default ?? papaparse) as typeof papaparse.default;
  const data = rows.map((row) => columns.map((column) => cellText(column.value(row))));
  return '\uFEFF' + Papa.unparse({ fields: columns.map((c) => guardFormula(c.header)), data }, { delimiter: ';', newline: '\r\n' });
}

export async function toXlsx<Row>({ columns, rows }: Pick<ExportOptions<Row>, 'columns' | 'rows'>): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = columns.map((column) => ({ value: guardFormula(column.header), fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined || value === '') return null;
      if (typeof value === 'number') return { type: Number, value, format: column.format };
      if (value instanceof Date) return { type: Date, value, format: column.format ?? 'dd/mm/yyyy' };
      if (typeof value === 'boolean') return { type: Boolean, value };
      return { type: String, value: guardFormula(value) };
    }),
  );
  return writeXlsxFile(
    [header, ...body] as never,
    {
      columns: columns.map((column) => ({ width: column.width ?? 16 })),
      stickyRowsCount: 1,
    } as never,
  ).toBlob();
}

/** Builds the file and hands it to the browser as a download. */
export async function exportTable<Row>(format: 'csv' | 'xlsx', options: ExportOptions<Row>): Promise<void> {
  const blob = format === 'csv' ? new Blob([await toCsv(options)], { type: 'text/csv;charset=utf-8' }) : await toXlsx(options);
  const name = [options.title.toLowerCase().replace(/\s+/g, '-'), todayIso(), options.suffix].filter(Boolean).join('-');
  saveBlob(blob, `${name}.${format}`);
}

/** A calendar day as an Excel date (midnight UTC). */
export function excelDay(isoDay: string | null | undefined): Date | null {
  return isoDay ? new Date(`${isoDay}T00:00:00Z`) : null;
}
