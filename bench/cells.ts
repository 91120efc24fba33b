// The cells every grid of the table benchmark renders, like for like: <backorder-table>'s 13 columns, their French
// labels, the same formatters (dates, numbers, prices, relative days: the library's own, memoized for everyone), the
// same markup for what is more than text (a status badge, a two-line title or publisher, a purge date with its days
// left, a Cancel button) and the same widths. The peers (vaadin-grid, AG Grid, the bare virtualizer) get these;
// <backorder-table> renders its own, which these copy.
import type { BackorderLine } from '@comptoir/contract';
import { amountOf } from '../packages/elements/src/backorder-table/backorder-table.amount.js';
import { backorderColumns, isSortable, type BackorderColumn } from '../packages/elements/src/backorder-table/backorder-table.columns.js';
import fr from '../packages/elements/src/backorder-table/backorder-table.l10n.fr.js';
import runtimeFr from '../packages/elements/src/runtime/runtime.l10n.fr.js';
import { daysUntil, formatDay, formatMoney, formatNumber, formatRelativeDays } from '../packages/elements/src/runtime/format.js';

export const columns = backorderColumns;
export { isSortable, type BackorderColumn };
export const label = (column: BackorderColumn) => fr.backorderColumns[column];
/** Widths in px (the table's defaults at 16 px a rem); the title takes what is left. */
export const widthOf: Record<BackorderColumn, number> = {
  status: 184,
  notedAt: 104,
  expectedAt: 104,
  yourReference: 160,
  distributorNumber: 128,
  ean13: 136,
  quantity: 56,
  title: 200,
  publisher: 160,
  price: 96,
  amount: 112,
  purgeAt: 160,
  actions: 104,
};
export const alignEnd = (column: BackorderColumn) => column === 'quantity' || column === 'price' || column === 'amount';

/** The text of a plain cell, formatted as <backorder-table> formats it. */
export function text(line: BackorderLine, column: BackorderColumn): string {
  switch (column) {
    case 'status':
      return fr.backorderStatus[line.status];
    case 'notedAt':
      return formatDay(line.notedAt, 'fr');
    case 'expectedAt':
      return formatDay(line.expectedAt, 'fr');
    case 'quantity':
      return formatNumber(line.quantity, 'fr');
    case 'price':
      return formatMoney(line.price, 'fr');
    case 'amount':
      return formatMoney(amountOf(line), 'fr');
    case 'purgeAt':
      return formatDay(line.purgeAt, 'fr');
    case 'actions':
      return '';
    default:
      return line[column];
  }
}

const daysText = (days: number) => (days < 0 ? runtimeFr.daysLeft(days) : formatRelativeDays(days, 'fr'));

/**
 * Fills `root` (a peer's cell) for `column`: the same markup as <backorder-table>'s cell. A recycled cell is filled
 * again, in place, as each peer's own renderers do.
 */
export function fill(root: HTMLElement, line: BackorderLine, column: BackorderColumn): void {
  if (column === 'status') {
    const badge = (root.firstElementChild as HTMLElement | null) ?? root.appendChild(document.createElement('span'));
    badge.className = `badge ${line.status}`;
    badge.textContent = fr.backorderStatus[line.status];
  } else if (column === 'title' || column === 'publisher') {
    const two = (root.firstElementChild as HTMLElement | null) ?? root.appendChild(document.createElement('div'));
    two.className = column === 'title' ? 'two t' : 'two';
    two.textContent = line[column];
    two.title = line[column];
  } else if (column === 'purgeAt') {
    if (!root.firstChild) root.append(document.createTextNode(''), document.createElement('span'));
    const days = daysUntil(line.purgeAt);
    root.firstChild!.textContent = `${formatDay(line.purgeAt, 'fr')} `;
    const span = root.lastChild as HTMLElement;
    span.className = days < 0 ? 'days past' : 'days';
    span.textContent = daysText(days);
  } else if (column === 'actions') {
    root.replaceChildren();
    if (line.cancellable) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = fr.backorderCancel;
      button.setAttribute('aria-label', fr.backorderCancelLine(line.title));
      root.append(button);
    }
  } else root.textContent = text(line, column);
}

/** The French search <backorder-table> runs, for the peers that have none: words of the title, publisher or codes. */
export const matches = (line: BackorderLine, q: string) =>
  `${line.title} ${line.publisher} ${line.ean13} ${line.yourReference} ${line.distributorNumber}`.toLowerCase().includes(q.toLowerCase());

/** The initial order of every grid: <backorder-table>'s default, the latest noted first (ties kept in their order). */
export const byNotedDesc = (a: BackorderLine, b: BackorderLine) => (a.notedAt < b.notedAt ? 1 : a.notedAt > b.notedAt ? -1 : 0);
