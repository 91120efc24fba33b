// The list of followed titles: the table, each row, and the in-place editor of your reference.
import { html, nothing, type TemplateResult } from 'lit';
import type { SortParam } from '@comptoir/contract/common';
import { MAX_REFERENCE_LENGTH, type UnavailableTitle, type WatchItem, type WatchSortField } from '@comptoir/contract/watchlist';
import { formatDay, formatMoney, todayIso } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { renderFitCell, renderSortHeader, type FitColumn } from '../runtime/table-views.js';
import { renderBadge } from '../runtime/views.js';
import type { WatchlistTerms } from './availability-watchlist.l10n.js';
import { isSortable, watchPriorities, type WatchColumn } from './availability-watchlist.columns.js';

/** A day inside a sentence that may wrap: never broken across lines ("23 Nov 2026" in English). */
const day = (iso: string, lang: string) => formatDay(iso, lang).replace(/ /g, '\u00a0');

/** A followed title as the list shows it: the server's, or a placeholder not yet confirmed. */
export type Row = WatchItem & { pending?: boolean };

/** A row shown at once for a title being followed, until the server's row replaces it. */
export function placeholder(l: Localizer<WatchlistTerms>, ean13: string, from?: UnavailableTitle): Row {
  return {
    ean13,
    subscribedAt: todayIso(),
    title: from?.title ?? l.t('watchPending'),
    author: from?.author ?? null,
    publisher: from?.publisher ?? '',
    price: from?.price ?? null,
    available: false,
    availableAt: from?.expectedAt ?? null,
    notifiedAt: null,
    yourReference: '',
    pending: true,
  };
}

export interface TableView {
  l: Localizer<WatchlistTerms>;
  /** The columns shown (the `columns` attribute, or the reader's choice). */
  shown: readonly WatchColumn[];
  sort: SortParam<WatchSortField>;
  onSort: (sort: SortParam<WatchSortField>) => void;
  readonly selected: ReadonlySet<string>;
  onSelect: (selected: Set<string>) => void;
  /** One row's box: read against the selection as it is then, not as it was rendered (two quick clicks). */
  onToggle: (ean13: string, checked: boolean) => void;
  /** The row whose reference is being edited. */
  editing: string | null;
  /** Starts (`ean13`) or stops (`null`) editing, then focuses `focus` once rendered. */
  onEdit: (ean13: string | null, focus: string) => void;
  /** Saves a reference; `focus` moves once rendered (Enter), or not at all (the field lost focus). */
  onSave: (row: Row, value: string, focus?: string) => void;
  onUnfollow: (ean13s: string[]) => void;
}

export function renderTable(rows: Row[], view: TableView, refreshing = false): TemplateResult {
  const l = view.l;
  const columns = listColumns(l, view.shown);
  const allSelected = rows.every((row) => view.selected.has(row.ean13));
  return html`<div class="table-wrap" part="table">
    <table data-fit aria-label=${l.t('watchListLabel')} aria-busy=${refreshing ? 'true' : 'false'}>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label=${l.t('watchSelectAll')}
              .checked=${allSelected}
              @change=${(event: Event) =>
                view.onSelect(
                  (event.target as HTMLInputElement).checked ? new Set(rows.filter((r) => !r.pending).map((r) => r.ean13)) : new Set(),
                )}
            />
          </th>
          ${columns.map(({ key, label, priority }) =>
            isSortable(key)
              ? renderSortHeader({ column: key, label, sort: view.sort, priority, onSort: view.onSort })
              : html`<th scope="col" data-p=${priority ?? 1}>${label}</th>`,
          )}
          <th scope="col"><span class="visually-hidden">${l.t('watchUnfollow')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => renderRow(row, view, columns))}
      </tbody>
    </table>
  </div>`;
}

/** The shown columns, each with its label and how soon it drops when the element narrows. */
function listColumns(l: Localizer<WatchlistTerms>, shown: readonly WatchColumn[]): FitColumn<WatchColumn>[] {
  const labels = l.table('watchColumns');
  return shown.map((key) => ({
    key,
    label: labels[key],
    priority: watchPriorities[key],
    wrap: wrapped.includes(key),
    align: key === 'price' ? 'end' : 'start',
  }));
}
const wrapped: readonly WatchColumn[] = ['availableAt', 'notifiedAt', 'publisher'];

function renderRow(row: Row, view: TableView, columns: FitColumn<WatchColumn>[]): TemplateResult {
  const l = view.l;
  const lang = l.code;
  const toggle = (event: Event) => view.onToggle(row.ean13, (event.target as HTMLInputElement).checked);
  const cells: Record<WatchColumn, unknown> = {
    ean13: row.ean13,
    subscribedAt: formatDay(row.subscribedAt, lang),
    title: html`${row.title}${row.author ? html`<div class="muted">${row.author}</div>` : nothing}`,
    available: row.available ? renderBadge(l.t('watchAvailable'), 'success') : renderBadge(l.t('watchUnavailable'), 'warning'),
    availableAt: row.availableAt ? l.t(row.available ? 'watchAvailableOn' : 'watchExpectedOn', day(row.availableAt, lang)) : nothing,
    notifiedAt: row.notifiedAt ? l.t('watchMailSent', day(row.notifiedAt, lang)) : nothing,
    publisher: row.publisher,
    price: formatMoney(row.price, lang),
    yourReference: renderReference(row, view),
  };
  // The dropped columns' values go under the title (else the first shown column); the reference stays a column.
  const main = columns.find((column) => column.key === 'title') ?? columns[0];
  return html`<tr part="row" data-ean=${row.ean13} ?data-pending=${row.pending} aria-busy=${row.pending ? 'true' : 'false'}>
    <td>
      <input
        type="checkbox"
        aria-label=${l.t('watchSelect', row.title)}
        .checked=${view.selected.has(row.ean13)}
        ?disabled=${row.pending}
        @change=${toggle}
      />
    </td>
    ${columns.map((column) => renderFitCell(columns, column, cells, column === main, column.key === 'yourReference' ? 'ref' : column.key))}
    <td>
      <button class="button" part="button unfollow" type="button" ?disabled=${row.pending} @click=${() => view.onUnfollow([row.ean13])}>
        ${l.t('watchUnfollow')}<span class="visually-hidden"> — ${l.t('watchUnfollowTitle', row.title)}</span>
      </button>
    </td>
  </tr>`;
}

function renderReference(row: Row, view: TableView): TemplateResult {
  const l = view.l;
  if (view.editing !== row.ean13) {
    // The visible text (the reference, or "Add") starts the accessible name; the rest says what the button does.
    return html`<button
      class="button"
      part="button edit-reference"
      type="button"
      data-edit=${row.ean13}
      ?disabled=${row.pending}
      @click=${() => view.onEdit(row.ean13, '.ref input')}
    >
      ${row.yourReference || html`<span class="muted">${l.t('watchAddReference')}</span>`}<span class="visually-hidden">
        — ${l.t('watchEditReference', row.title)}</span
      >
    </button>`;
  }
  return html`<input
    type="text"
    maxlength=${MAX_REFERENCE_LENGTH}
    aria-label=${l.t('watchEditReference', row.title)}
    .value=${row.yourReference}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      // The field gives way to its button again: focus goes there, not to the page.
      const button = `button[data-edit="${CSS.escape(row.ean13)}"]`;
      if (event.key === 'Enter') view.onSave(row, (event.target as HTMLInputElement).value, button);
      else view.onEdit(null, button);
    }}
    @blur=${(event: FocusEvent) => view.editing === row.ean13 && view.onSave(row, (event.target as HTMLInputElement).value)}
  />`;
}
