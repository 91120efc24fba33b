/**
 * Export of tabular data to CSV (papaparse) or XLSX (xlsx.ts, on fflate). Both load on demand, so they cost nothing
 * until a user exports.
 */
import { todayIso } from './format.js';
import { saveBlob } from './save.js';

/** A calendar day (`2026-09-15`): the same day in every time zone. */
export interface Day {
  day: string;
}
/** A moment (an ISO date and time): shown as the reader's clock showed it, in their time zone. */
export interface Moment {
  at: string;
}
export type CellValue = string | number | boolean | Day | Moment | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** `money`: two decimals (`#,##0.00` in XLSX, `37,28` in a French CSV). */
  format?: 'money';
  width?: number;
}

export interface ExportOptions<Row> {
  /** The list's title, in the reader's language: the file is named after it and today (`notés-2026-11-23.csv`). */
  title: string;
  /** What follows the date in the name (a shipment's number). */
  suffix?: string;
  /** The reader's language: the CSV's separators and decimal mark follow it. */
  lang: string;
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

const pad = (n: number) => String(n).padStart(2, '0');

/** A CSV cell: days and moments as `2026-09-15` and `2026-09-15 00:30` (the reader's time), numbers with their decimal mark. */
function cellText(value: CellValue, money: boolean, decimal: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return guardFormula(value);
  if (typeof value === 'number') return (money ? value.toFixed(2) : String(value)).replace('.', decimal);
  if (typeof value === 'boolean') return String(value);
  if ('day' in value) return value.day;
  const at = new Date(value.at);
  return Number.isNaN(at.getTime())
    ? ''
    : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * The CSV text in the reader's convention, as their spreadsheet opens it: where the decimal mark is a comma (French,
 * German), `;`-separated with `37,28`; elsewhere `,`-separated with `37.28`. A BOM lets Excel read UTF-8.
 */
export async function toCsv<Row>({ columns, rows, lang }: Pick<ExportOptions<Row>, 'columns' | 'rows' | 'lang'>): Promise<string> {
  const papaparse = await import('papaparse');
  // CommonJS interop differs between bundlers: the API is the default export or the module itself.
  const Papa = (papaparse.default ?? papaparse) as typeof papaparse.default;
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const data = rows.map((row) => columns.map((column) => cellText(column.value(row), column.format === 'money', decimal)));
  const fields = columns.map((c) => guardFormula(c.header));
  return '\uFEFF' + Papa.unparse({ fields, data }, { delimiter: decimal === ',' ? ';' : ',', newline: '\r\n' });
}

/** Builds the file and hands it to the browser as a download. */
export async function exportTable<Row>(format: 'csv' | 'xlsx', options: ExportOptions<Row>): Promise<void> {
  const blob =
    format === 'csv'
      ? new Blob([await toCsv(options)], { type: 'text/csv;charset=utf-8' })
      : await (await import('./xlsx.js')).toXlsx(options.title, options.columns, options.rows);
  const name = [options.title.toLowerCase().replace(/\s+/g, '-'), todayIso(), options.suffix].filter(Boolean).join('-');
  saveBlob(blob, `${name}.${format}`);
}

/** A calendar day of the data (`2026-09-15`) as a cell. */
export const asDay = (isoDay: string | null | undefined): Day | null => (isoDay ? { day: isoDay } : null);
/** A moment of the data (an ISO date and time) as a cell, in the reader's time zone. */
export const asMoment = (iso: string | null | undefined): Moment | null => (iso ? { at: iso } : null);
