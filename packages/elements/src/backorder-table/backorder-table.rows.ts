// The grid's templates (inline styles are set through the CSSOM, `.style=`, which a strict CSP allows, never as a
// `style` attribute, which it refuses): a header cell, a row (one template for every column, fast; a stylesheet hides the columns not
// shown), and the statuses' glossary.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { backorderStatuses, type BackorderLine } from '@comptoir/contract/backorders';
import { daysUntil, formatDay, formatMoney, formatNumber, formatRelativeDays } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { renderBadge } from '../runtime/views.js';
import type { SortSpec } from './backorder-data.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import { alignOf, isSortable, keptAt, statusTone, trackOf, type BackorderColumn, type SortableColumn } from './backorder-table.columns.js';
import { cardsModule, type VirtualGrid } from './backorder-table.grid.js';
import { amountOf } from './backorder-table.amount.js';

/** What every row of one render shares: looked up once per render, not once per cell. */
export interface RowContext {
  l: Localizer<BackorderTerms>;
  status: BackorderTerms['backorderStatus'];
  meaning: BackorderTerms['backorderStatusMeaning'];
  cancel: string;
  lang: string;
  rowHeight: number;
  purgeWarningDays: number;
  /** A click on the row (not on its button): it becomes the active row and is selected. */
  onActivate: (line: BackorderLine, index: number) => void;
  onCancel: (line: BackorderLine) => void;
}

export function renderHeader(
  column: BackorderColumn,
  label: string,
  sort: SortSpec,
  onSort: (column: SortableColumn) => void,
): TemplateResult {
  const align = alignOf(column);
  if (!isSortable(column)) return html`<div class="cell" role="columnheader" data-align=${align} data-column=${column}>${label}</div>`;
  const direction = sort.field === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<div class="cell" role="columnheader" aria-sort=${direction} data-align=${align} data-column=${column}>
    <button class="sort" type="button" @click=${() => onSort(column)}>
      ${label}<span class="arrow" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
    </button>
  </div>`;
}

export function renderRow(line: BackorderLine, index: number, active: boolean, context: RowContext): TemplateResult {
  const { lang, rowHeight } = context;
  const days = daysUntil(line.purgeAt);
  // Rows take keys through the grid's delegated keydown handler (arrows, Enter, Space, Delete).
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<div
    class="row"
    role="row"
    part="row"
    tabindex=${active ? 0 : -1}
    aria-rowindex=${index + 2}
    data-index=${index}
    data-id=${line.id}
    .style=${`transform:translateY(${index * rowHeight}px);height:${rowHeight}px`}
    @click=${(event: MouseEvent) => {
      if (!(event.target as HTMLElement).closest('button')) context.onActivate(line, index);
    }}
  >
    <div class="cell" role="gridcell" part="cell" data-column="status">
      ${renderBadge(context.status[line.status], statusTone[line.status], context.meaning[line.status])}
    </div>
    <div class="cell" role="gridcell" part="cell" data-column="notedAt">${formatDay(line.notedAt, lang)}</div>
    <div class="cell" role="gridcell" part="cell" data-column="expectedAt">${formatDay(line.expectedAt, lang)}</div>
    <div class="cell" role="gridcell" part="cell" data-column="yourReference" title=${line.yourReference}>${line.yourReference}</div>
    <div class="cell" role="gridcell" part="cell" data-column="distributorNumber">${line.distributorNumber}</div>
    <div class="cell" role="gridcell" part="cell" data-column="ean13">${line.ean13}</div>
    <div class="cell" role="gridcell" part="cell" data-column="quantity" data-align="end">${formatNumber(line.quantity, lang)}</div>
    <div class="cell" role="gridcell" part="cell" data-column="title" title=${line.title}>${line.title}</div>
    <div class="cell" role="gridcell" part="cell" data-column="publisher" title=${line.publisher}>${line.publisher}</div>
    <div class="cell" role="gridcell" part="cell" data-column="price" data-align="end">${formatMoney(line.price, lang)}</div>
    <div class="cell" role="gridcell" part="cell" data-column="amount" data-align="end">${formatMoney(amountOf(line), lang)}</div>
    <div class="cell purge" role="gridcell" part="cell" data-column="purgeAt">
      ${formatDay(line.purgeAt, lang)}
      <span class="days" ?data-past=${days < 0} ?data-soon=${days >= 0 && days <= context.purgeWarningDays}
        >${days < 0 ? context.l.t('daysLeft', days) : formatRelativeDays(days, lang)}</span
      >
    </div>
    <div class="cell" role="gridcell" part="cell" data-column="actions">
      ${
        line.cancellable
          ? html`<button
              class="button cancel"
              part="button cancel"
              type="button"
              tabindex=${active ? 0 : -1}
              aria-label=${context.l.t('backorderCancelLine', line.title)}
              @click=${() => context.onCancel(line)}
            >
              ${context.cancel}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

export interface GridView {
  /** The rows in order (in client mode perhaps only the first screen of them), of `total`. */
  rows: BackorderLine[];
  total: number;
  refreshing: boolean;
  columns: readonly BackorderColumn[];
  label: (column: BackorderColumn) => string;
  sort: SortSpec;
  onSort: (column: SortableColumn) => void;
  grid: VirtualGrid;
  context: RowContext;
}

/** The scrolling grid: its header, and only the rows the scroll position shows (virtual rows, `grid`). */
export function renderGrid({ rows, total, refreshing, columns, label, sort, onSort, grid, context }: GridView): TemplateResult {
  const { first, last, active } = grid.window(total);
  const { cards, fit } = grid;
  const vars = `--_n:${Math.min(total, 12)};${cards ? cardsModule!.cardVars(columns, cards) : ''}`;
  // A middle width: the columns kept side by side; a focused row shows the dropped ones, up to three a line.
  const kept = cards ? columns : keptAt(columns, fit);
  const span = Math.floor(kept.length / Math.min(3, columns.length - kept.length || 1));
  return html`<div class="scroller ${cards ? 'cards' : fit ? `fit fit-${fit}` : ''}" part="table" .style=${vars} @scroll=${grid.onScroll}>
    <div class="row-probe" aria-hidden="true"></div>
    <div
      class="grid ${refreshing ? 'refreshing' : ''}"
      .style=${`--_columns:${kept.map(trackOf).join(' ')};--_span:${span}`}
      role="grid"
      aria-label=${context.l.t('backorderTableLabel')}
      aria-rowcount=${total + 1}
      aria-busy=${refreshing ? 'true' : 'false'}
      @keydown=${(event: KeyboardEvent) => grid.keys?.(event, total)}
    >
      <div role="rowgroup" class="head-group">
        <div class="row head" role="row" part="header-row" aria-rowindex="1">
          ${kept.map((column) => renderHeader(column, label(column), sort, onSort))}
        </div>
      </div>
      <div role="rowgroup" class="body" .style=${`height:${total * grid.rowHeight}px`}>
        ${rows.slice(first, last).map((line, offset) => (line ? renderRow(line, first + offset, first + offset === active, context) : nothing))}
      </div>
    </div>
  </div>`;
}

let glossary: typeof import('../runtime/glossary.js') | undefined;

/** What each status means, and how long a noted quantity is kept: its content loads when the reader opens it. */
export function renderStatusGlossary(host: ReactiveElement, l: Localizer<BackorderTerms>, retentionMonths: number): TemplateResult {
  const open = () => void import('../runtime/glossary.js').then((module) => ((glossary = module), host.requestUpdate()));
  return html`<details class="glossary" part="glossary" @toggle=${open}>
    <summary>${l.t('backorderGlossary')}</summary>
    ${
      glossary?.renderGlossary({
        codes: backorderStatuses,
        labels: l.table('backorderStatus'),
        meanings: l.table('backorderStatusMeaning'),
        tones: statusTone,
        note: l.t('backorderRetention', retentionMonths),
      }) ?? nothing
    }
  </details>`;
}
