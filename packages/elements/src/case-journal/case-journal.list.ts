// The case list: its toolbar (search, status, period, export, New case), its table, and the statuses' glossary.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { SortParam } from '@comptoir/contract/common';
import {
  caseSortFields,
  caseStatuses,
  type CasePage,
  type CaseSortField,
  type CaseStatus,
  type CaseSummary,
} from '@comptoir/contract/cases';
import { formatDateTime, formatDay } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { renderListTable, type ListColumn } from '../runtime/list-table.js';
import { renderColumnChooser, shownColumns, type ColumnsHost } from '../runtime/columns.js';
import { renderOpenButton } from '../runtime/table-views.js';
import {
  renderBadge,
  renderExportMenu,
  renderPrintHeading,
  renderSearch,
  type ExportFormat,
  type SearchOptions,
} from '../runtime/views.js';
import type { CaseColumn, CaseTerms } from './case-journal.l10n.js';
import { statusTone } from './case-journal.shared.js';

/** The list's columns, in screen order: the contract's sort fields, every one sortable. */
export const caseColumns: readonly CaseColumn[] = caseSortFields;

/** Every column of the list; the e-mail, then the id, drop first when the element narrows. */
const listColumns = (l: Localizer<CaseTerms>): ListColumn<CaseColumn>[] =>
  caseColumns.map((key) => ({
    key,
    label: l.table('caseColumns')[key],
    sortable: true,
    wrap: key === 'primaryEmail' || key === 'shortDescription',
    priority: key === 'primaryEmail' ? 3 : key === 'id' ? 2 : undefined,
    primary: key === 'shortDescription',
  }));

export interface CaseListView {
  l: Localizer<CaseTerms>;
  /** The element: its `columns`, set by the column chooser. */
  host: ColumnsHost;
  q: string;
  status: string;
  /** The period, as ISO days (empty: open). */
  from: string;
  to: string;
  sort: SortParam<CaseSortField>;
  onSearch: SearchOptions['onSearch'];
  onFilter: (name: 'status' | 'from' | 'to', value: string) => void;
  onSort: (sort: SortParam<CaseSortField>) => void;
  onClear: () => void;
  onExport: (format: ExportFormat) => void;
  progress: { done: number; total: number } | null;
  canExport: boolean;
  onNew: () => void;
  onOpen: (row: CaseSummary) => void;
}

/** A period whose start is after its end: said as such, rather than "nothing matches". */
const isInverted = ({ from, to }: { from: string; to: string }) => Boolean(from && to && from > to);

export function renderCaseToolbar(view: CaseListView): TemplateResult {
  const { l } = view;
  const statusLabels = l.table('caseStatus');
  const filter = (name: 'status' | 'from' | 'to') => (event: Event) =>
    view.onFilter(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const inverted = isInverted(view);
  return html`${renderPrintHeading(l, l.t('caseTitle'), [
      [l.t('printSearch'), view.q],
      [l.t('caseStatusFilter'), statusLabels[view.status as CaseStatus] ?? ''],
      [l.t('caseFrom'), formatDay(view.from, l.code)],
      [l.t('caseTo'), formatDay(view.to, l.code)],
    ])}
    <div class="toolbar" part="toolbar">
      ${renderSearch({ id: 'search', label: l.t('caseSearchLabel'), placeholder: l.t('caseSearchPlaceholder'), value: view.q, onSearch: view.onSearch })}
      <div class="field">
        <label for="status">${l.t('caseStatusFilter')}</label>
        <select id="status" @change=${filter('status')}>
          <option value="" ?selected=${!view.status}>${l.t('caseAll')}</option>
          ${caseStatuses.map((code) => html`<option value=${code} ?selected=${view.status === code}>${statusLabels[code]}</option>`)}
        </select>
      </div>
      ${(['from', 'to'] as const).map(
        (end) =>
          html`<div class="field">
            <label for=${end}>${l.t(end === 'from' ? 'caseFrom' : 'caseTo')}</label>
            <input
              id=${end}
              type="date"
              .value=${view[end]}
              min=${(end === 'to' && view.from) || nothing}
              max=${(end === 'from' && view.to) || nothing}
              aria-invalid=${inverted ? 'true' : nothing}
              aria-describedby=${inverted ? 'period-error' : nothing}
              @change=${filter(end)}
            />
          </div>`,
      )}
      ${inverted ? html`<p class="period-error" id="period-error">${l.t('casePeriodInverted')}</p>` : nothing}
      <span class="spacer"></span>
      ${renderColumnChooser(view.host, l, listColumns(l), shownColumns(view.host.columns, caseColumns))}
      ${renderExportMenu(l, { onExport: view.onExport, progress: view.progress, disabled: !view.canExport || view.progress !== null })}
      <button class="button" data-variant="primary" part="button new" type="button" @click=${view.onNew}>${l.t('caseNew')}</button>
    </div>`;
}

export function renderCaseList(page: CasePage, refreshing: boolean, view: CaseListView): TemplateResult {
  const { l } = view;
  const lang = l.code;
  const statusLabels = l.table('caseStatus');
  const meanings = l.table('caseStatusMeaning');
  const filtered = Boolean(view.q || view.status || view.from || view.to);
  const shown = shownColumns(view.host.columns, caseColumns);
  return renderListTable({
    l,
    label: l.t('caseListLabel'),
    total: page.total,
    refreshing,
    columns: listColumns(l).filter((column) => shown.includes(column.key)),
    sort: view.sort,
    onSort: view.onSort,
    items: page.items,
    id: (row) => row.id,
    cells: (row) => ({
      createdAt: formatDateTime(row.createdAt, lang),
      id: row.id,
      status: renderBadge(statusLabels[row.status], statusTone[row.status], meanings[row.status]),
      primaryEmail: row.primaryEmail,
      shortDescription: row.shortDescription,
    }),
    open: {
      label: l.t('caseOpenShort'),
      button: (row) => renderOpenButton(row.id, l.t('caseOpenShort'), l.t('caseOpen', row.id), () => view.onOpen(row)),
    },
    empty: {
      filtered,
      message: isInverted(view) ? l.t('casePeriodInverted') : filtered ? undefined : l.t('caseEmpty'),
      onClear: view.onClear,
    },
  });
}

let glossary: typeof import('../runtime/glossary.js') | undefined;

/** What each status means: its content loads when the reader opens it. */
export function renderCaseGlossary(host: ReactiveElement, l: Localizer<CaseTerms>): TemplateResult {
  const open = () => void import('../runtime/glossary.js').then((module) => ((glossary = module), host.requestUpdate()));
  return html`<details class="glossary" part="glossary" @toggle=${open}>
    <summary>${l.t('caseGlossary')}</summary>
    ${
      glossary?.renderGlossary({
        codes: caseStatuses,
        labels: l.table('caseStatus'),
        meanings: l.table('caseStatusMeaning'),
        tones: statusTone,
      }) ?? nothing
    }
  </details>`;
}
