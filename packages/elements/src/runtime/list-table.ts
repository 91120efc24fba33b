// A list-and-detail element's list: its count line and semantic table; apart from views.ts, so that an element without
// it does not load it.
import type { SortParam } from '@comptoir/contract/common';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from './localize.js';
import { renderFitCell, renderSortHeader, type FitColumn } from './table-views.js';
import { renderEmpty, type EmptyOptions } from './views.js';

/** A column of a list: a fitting table's column (label, alignment, wrap, priority), and whether it sorts. */
export interface ListColumn<K extends string = string> extends FitColumn<K> {
  /** Whether the header sorts the list (the contract's sort fields). */
  sortable?: boolean;
  /** The row's main cell (a title, a reference): it holds the dropped columns' values. */
  primary?: boolean;
}

export interface ListTableOptions<T, K extends string = string> {
  l: Localizer;
  /** The list's accessible name. */
  label: string;
  /** The count line's text, or the element's own heading instead. */
  heading?: TemplateResult;
  total: number;
  refreshing: boolean;
  /** Their keys are the contract's sort fields where they sort. */
  columns: readonly ListColumn<K>[];
  sort?: SortParam<K>;
  onSort?: (sort: SortParam<K>) => void;
  items: readonly T[];
  /** A row's id (`data-id`) and its cells, by column. */
  id: (item: T) => string;
  cells: (item: T) => Record<K, unknown>;
  /** The last cell of each row: the button that opens the item, under a header with this hidden text. */
  open: { label: string; button: (item: T) => TemplateResult };
  /** What shows when there is no item. */
  empty: EmptyOptions;
}

/**
 * A list of a list-and-detail element (shipments, dossiers, cases): its count, then a semantic table with sortable
 * headers, one row per item ending with its Open button; each cell carries its column's label (`data-label`) for the
 * narrow layout and its priority (`data-p`) for the middle one (TableFit). An empty list shows the empty state instead.
 */
export function renderListTable<T, K extends string>(options: ListTableOptions<T, K>): TemplateResult {
  const { l, columns, refreshing } = options;
  // The dropped columns' values go under the main cell; when the reader hid it, under the first shown.
  const main = columns.find((column) => column.primary) ?? columns[0];
  const caption = html`<div class="summary" part="summary">
    ${options.heading ?? html`<span class="count" role="status">${l.t('count', options.total)}</span>`}
    ${refreshing ? html`<span role="status">${l.t('refreshing')}</span>` : nothing}
  </div>`;
  if (options.items.length === 0) return html`${caption} ${renderEmpty(l, options.empty)}`;
  return html`${caption}
    <div class="table-wrap" part="table">
      <table data-fit aria-label=${options.label} aria-busy=${refreshing ? 'true' : 'false'}>
        <thead>
          <tr>
            ${columns.map(({ key, label, align = 'start', sortable, priority }) =>
              sortable && options.onSort
                ? renderSortHeader({ column: key, label, sort: options.sort ?? '', align, priority, onSort: options.onSort })
                : html`<th scope="col" data-column=${key} data-align=${align} data-p=${priority ?? 1}>${label}</th>`,
            )}
            <th scope="col"><span class="visually-hidden">${options.open.label}</span></th>
          </tr>
        </thead>
        <tbody>
          ${options.items.map((item) => {
            const cells = options.cells(item);
            return html`<tr part="row" data-id=${options.id(item)}>
              ${columns.map((column) => renderFitCell(columns, column, cells, column === main))}
              <td data-cell="open">${options.open.button(item)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
