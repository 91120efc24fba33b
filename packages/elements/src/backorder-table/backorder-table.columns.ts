// The backorder table's column model, in one place: each column's key (its label is `backorderColumns[key]` in the
// l10n file, its export value in backorder-table.export.ts, both typed by this list), whether it sorts, its alignment
// and its default width.
import { backorderSortFields, backorderStatuses, type BackorderStatus } from '@comptoir/contract/backorders';
import { warnOnce } from '../runtime/base-element.js';
import { shownColumns } from '../runtime/columns.js';
import type { Tone } from '../runtime/views.js';

/** Every column, in screen order: the contract's sort fields, then what the table computes or offers. */
export const backorderColumns = [...backorderSortFields.slice(0, 9), 'price', 'amount', 'purgeAt', 'actions'] as const;
export type BackorderColumn = (typeof backorderColumns)[number];
export type SortableColumn = (typeof backorderSortFields)[number];

export const isSortable = (column: BackorderColumn): column is SortableColumn =>
  (backorderSortFields as readonly string[]).includes(column);
export const alignOf = (column: BackorderColumn) => (column === 'quantity' || column === 'price' || column === 'amount' ? 'end' : 'start');

/** Default widths (rem); each can be set with `--comptoir-column-<column>-width`. The title takes what is left. */
const widths: Record<BackorderColumn, number> = {
  status: 11.5,
  notedAt: 6.5,
  expectedAt: 6.5,
  yourReference: 10,
  distributorNumber: 8,
  ean13: 8.5,
  quantity: 3.5,
  title: 9,
  publisher: 10,
  price: 6,
  amount: 7,
  purgeAt: 10,
  actions: 6.5,
};

/** A column's grid track: its custom property, else its default width. */
export const trackOf = (column: BackorderColumn) => {
  const width = `calc(${widths[column]} * var(--_rem))`;
  return `var(--comptoir-column-${column.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-width, ${column === 'title' ? `minmax(${width}, 2fr)` : width})`;
};

/**
 * What a middle width drops (docs/theming.md), by level: 1 drops the priority-3 columns (codes and unit price), 2 the
 * priority-2 ones too (date noted, publisher, amount). A dropped column's cell stays in its row, read by screen readers,
 * and shows in the row's expansion when the row has focus (backorder-table.cards.ts). Level 3: cards.
 */
const priorityOf: Partial<Record<BackorderColumn, 2 | 3>> = {
  distributorNumber: 3,
  ean13: 3,
  price: 3,
  notedAt: 2,
  publisher: 2,
  amount: 2,
};
/** The shown columns a fit level drops, and those it keeps side by side. */
export const droppedAt = (shown: readonly BackorderColumn[], level: number) =>
  shown.filter((column) => (priorityOf[column] ?? 0) >= 4 - level);
export const keptAt = (shown: readonly BackorderColumn[], level: number) =>
  shown.filter((column) => !droppedAt(shown, level).includes(column));

/** The width (rem) the columns a fit level keeps need side by side, their padding included. */
export const minWidthOf = (shown: readonly BackorderColumn[], level = 0) =>
  keptAt(shown, level).reduce((sum, column) => sum + widths[column], 0);

export const statusTone: Record<BackorderStatus, Tone> = {
  available: 'success',
  'temporarily-out-of-stock': 'info',
  'reprint-under-study': 'warning',
  'reprint-in-progress': 'info',
  'out-of-print': 'danger',
};

/** The columns a `columns` attribute asks for, in their fixed order; all of them when it names none it knows. */
export function parseColumns(attribute: string | null): readonly BackorderColumn[] {
  const unknown = (attribute || '').split(/[\s,]+/).filter((name) => name && !(backorderColumns as readonly string[]).includes(name));
  if (unknown.length)
    warnOnce(`<backorder-table columns>: unknown column(s) ${unknown.join(', ')}; known: ${backorderColumns.join(', ')}.`);
  return shownColumns(attribute, backorderColumns);
}

/** The rule that hides the columns not shown (rows render every cell: one template, fast). */
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
