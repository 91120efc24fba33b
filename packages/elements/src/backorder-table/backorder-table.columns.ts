// The backorder table's column model, in one place: each column's key (its label is `backorderColumns[key]` in the
// l10n file, its export value in backorder-table.export.ts, both typed by this list), whether it sorts, its alignment
// and its default width.
import { backorderSortFields, backorderStatuses, type BackorderStatus } from '@comptoir/contract/backorders';
import { warnOnce } from '../runtime/base-element.js';
import type { Tone } from '../runtime/views.js';

/** Every column, in screen order: the contract's sort fields, then what the table computes or offers. */
export const backorderColumns = [...backorderSortFields.slice(0, 9), 'price', 'amount', 'purgeAt', 'actions'] as const;
export type BackorderColumn = (typeof backorderColumns)[number];
export type SortableColumn = (typeof backorderSortFields)[number];

export const isSortable = (column: BackorderColumn): column is SortableColumn =>
  (backorderSortFields as readonly string[]).includes(column);
export const alignOf = (column: BackorderColumn) => (column === 'quantity' || column === 'price' || column === 'amount' ? 'end' : 'start');

/** Default widths; each can be set with `--comptoir-column-<column>-width`. */
const widths: Record<BackorderColumn, string> = {
  status: 'calc(11.5 * var(--_rem))',
  notedAt: 'calc(6.5 * var(--_rem))',
  expectedAt: 'calc(6.5 * var(--_rem))',
  yourReference: 'calc(10 * var(--_rem))',
  distributorNumber: 'calc(8 * var(--_rem))',
  ean13: 'calc(8.5 * var(--_rem))',
  quantity: 'calc(3.5 * var(--_rem))',
  title: 'minmax(calc(14 * var(--_rem)), 2fr)',
  publisher: 'calc(10 * var(--_rem))',
  price: 'calc(6 * var(--_rem))',
  amount: 'calc(7 * var(--_rem))',
  purgeAt: 'calc(9.5 * var(--_rem))',
  actions: 'calc(6.5 * var(--_rem))',
};

/** A column's grid track: its custom property, else its default width. */
export const trackOf = (column: BackorderColumn) =>
  `var(--comptoir-column-${column.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-width, ${widths[column]})`;

export const statusTone: Record<BackorderStatus, Tone> = {
  available: 'success',
  'temporarily-out-of-stock': 'info',
  'reprint-under-study': 'warning',
  'reprint-in-progress': 'info',
  'out-of-print': 'danger',
};

/** The columns a `columns` attribute asks for, in their fixed order; all of them when it names none it knows. */
export function parseColumns(attribute: string): readonly BackorderColumn[] {
  const asked = new Set(attribute.split(/[\s,]+/).filter(Boolean));
  const unknown = [...asked].filter((name) => !(backorderColumns as readonly string[]).includes(name));
  if (unknown.length)
    warnOnce(`<backorder-table columns>: unknown column(s) ${unknown.join(', ')}; known: ${backorderColumns.join(', ')}.`);
  const chosen = backorderColumns.filter((column) => asked.has(column));
  return chosen.length ? chosen : backorderColumns;
}

/** The stylesheet that hides the columns not shown (rows render every cell: one template, fast). */
export function hiddenColumnsRule(shown: readonly BackorderColumn[]): string {
  const hidden = backorderColumns.filter((column) => !shown.includes(column));
  return hidden.length ? `${hidden.map((column) => `.cell[data-column="${column}"]`).join(', ')} { display: none; }` : '';
}

/** The known codes of a `status` attribute (`available,reprint-in-progress`). */
export const parseStatuses = (status: string): BackorderStatus[] =>
  status
    .split(',')
    .map((code) => code.trim())
    .filter((code): code is BackorderStatus => (backorderStatuses as readonly string[]).includes(code));
