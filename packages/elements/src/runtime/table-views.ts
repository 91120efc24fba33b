import type { SortParam } from '@comptoir/contract/common';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';

// Pieces of the list-and-detail tables (sortable headers, the button that opens a row); apart from views.ts, so that an
// element without them does not load them.

export interface SortHeaderOptions<F extends string = string> {
  /** A sort field of the contract. */
  column: F;
  label: string;
  /** The current sort, as in the REST contract (`title`, `-orderedAt`). */
  sort: string;
  onSort: (sort: SortParam<F>) => void;
  /** `end` for numbers. */
  align?: 'start' | 'end';
  /** Dropped first (3, then 2) when the columns do not fit (TableFit). */
  priority?: 2 | 3;
}

/** A sortable column header of a semantic table: `aria-sort` and a button; a click sorts ascending, then descending. */
export function renderSortHeader<F extends string>({
  column,
  label,
  sort,
  onSort,
  align = 'start',
  priority,
}: SortHeaderOptions<F>): TemplateResult {
  const field = sort.replace(/^-/, '');
  const state = field === column ? (sort.startsWith('-') ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col" aria-sort=${state} data-column=${column} data-align=${align} data-p=${priority ?? 1}>
    <button class="sort" type="button" @click=${() => onSort(field === column && !sort.startsWith('-') ? `-${column}` : column)}>
      ${label} <span aria-hidden="true">${state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

/**
 * The button of a list row that opens its detail: a short visible text and a full accessible name that contains it;
 * `data-open` lets ListDetailFocus bring focus back to it.
 */
export function renderOpenButton(id: string, text: string, label: string, onOpen: () => void): TemplateResult {
  return html`<button class="button" part="button open" type="button" data-open=${id} aria-label=${label} @click=${onOpen}>
    ${text} <span aria-hidden="true">→</span>
  </button>`;
}

const fitted = new WeakSet<ReactiveElement>();
/**
 * Lays out the element's tables by its width from now on (runtime/table-fit.ts): loaded with the rows, in parallel with
 * their request, since there is nothing to lay out before them.
 */
export const fitTables = (host: ReactiveElement): Promise<void> =>
  import('./table-fit.js').then(({ TableFit }) => {
    if (fitted.has(host)) return;
    fitted.add(host);
    new TableFit(host);
  });

/**
 * The values of the columns that may drop, one `Label value` a line, for the main cell's `data-more3` (the
 * priority-3 columns) or `data-more32` (priorities 3 and 2) attributes: the cell shows them once those columns drop
 * (generated content: the cell's own text stays its value). Only text values can drop (dates, numbers, references).
 */
export function droppedText<K extends string>(
  columns: readonly { key: K; label: string; priority?: 2 | 3 }[],
  cells: Record<K, unknown>,
  lowest: 2 | 3,
): string | typeof nothing {
  const lines = columns
    .filter(({ key, priority }) => priority && priority >= lowest && typeof cells[key] === 'string' && cells[key])
    .map(({ key, label }) => `${label} ${cells[key] as string}`);
  return lines.length ? lines.join('\n') : nothing;
}

/** A column of a table that fits its element's width (TableFit). */
export interface FitColumn<K extends string = string> {
  key: K;
  label: string;
  /** Dropped first when the columns do not fit (3, then 2), its value then shown under the row's main cell. */
  priority?: 2 | 3;
  /** `end` for numbers. */
  align?: 'start' | 'end';
  /** Long free text (a description, an e-mail): wraps instead of widening the table. */
  wrap?: boolean;
}

/**
 * A row's cell: its column's key, label (the card's field label) and priority; the row's main cell also holds the
 * dropped columns' values. The content touches the tags: the production build trims template edges, tests read text.
 */
export const renderFitCell = <K extends string>(
  columns: readonly FitColumn<K>[],
  column: FitColumn<K>,
  cells: Record<K, unknown>,
  main: boolean,
  className?: string,
): TemplateResult =>
  // prettier-ignore
  html`<td
    class=${className ?? nothing}
    data-column=${column.key}
    data-label=${column.label}
    data-align=${column.align ?? 'start'}
    data-p=${column.priority ?? 1}
    ?data-wrap=${column.wrap}
    data-more3=${main ? droppedText(columns, cells, 3) : nothing}
    data-more32=${main ? droppedText(columns, cells, 2) : nothing}
  >${cells[column.key]}</td>`;
