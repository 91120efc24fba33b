// The case list: its toolbar (search, status, period, export, New case), its table, and the statuses' glossary.
import { html, nothing, type TemplateResult } from 'lit';
import { caseSortFields, caseStatuses, type CasePage, type CaseSummary } from '@comptoir/contract/cases';
import { formatDateTime } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { renderOpenButton, renderSortHeader } from '../runtime/table-views.js';
import { renderBadge, renderEmpty, renderExportMenu, renderSearch, type ExportFormat, type SearchOptions } from '../runtime/views.js';
import type { CaseColumn, CaseTerms } from './case-journal.l10n.js';
import { statusTone } from './case-journal.shared.js';

/** The list's columns, in screen order: the contract's sort fields, every one sortable. */
export const caseColumns: readonly CaseColumn[] = caseSortFields;

export interface CaseListView {
  l: Localizer<CaseTerms>;
  q: string;
  status: string;
  /** The period, as ISO days (empty: open). */
  from: string;
  to: string;
  sort: string;
  onSearch: SearchOptions['onSearch'];
  onFilter: (name: 'status' | 'from' | 'to', value: string) => void;
  onSort: (sort: string) => void;
  onClear: () => void;
  onExport: (format: ExportFormat) => void;
  progress: { done: number; total: number } | null;
  canExport: boolean;
  onNew: () => void;
  onOpen: (row: CaseSummary) => void;
}

export function renderCaseToolbar(view: CaseListView): TemplateResult {
  const { l } = view;
  const statusLabels = l.table('caseStatus');
  const filter = (name: 'status' | 'from' | 'to') => (event: Event) =>
    view.onFilter(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
  return html`<div class="toolbar" part="toolbar">
    ${renderSearch({ id: 'search', label: l.t('caseSearchLabel'), placeholder: l.t('caseSearchPlaceholder'), value: view.q, onSearch: view.onSearch })}
    <div class="field">
      <label for="status">${l.t('caseStatusFilter')}</label>
      <select id="status" @change=${filter('status')}>
        <option value="" ?selected=${!view.status}>${l.t('caseAll')}</option>
        ${caseStatuses.map((code) => html`<option value=${code} ?selected=${view.status === code}>${statusLabels[code]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="from">${l.t('caseFrom')}</label>
      <input id="from" type="date" .value=${view.from} max=${view.to || nothing} @change=${filter('from')} />
    </div>
    <div class="field">
      <label for="to">${l.t('caseTo')}</label>
      <input id="to" type="date" .value=${view.to} min=${view.from || nothing} @change=${filter('to')} />
    </div>
    <span class="spacer"></span>
    ${renderExportMenu(l, { onExport: view.onExport, progress: view.progress, disabled: !view.canExport || view.progress !== null })}
    <button class="button" data-variant="primary" part="button new" type="button" @click=${view.onNew}>${l.t('caseNew')}</button>
  </div>`;
}

export function renderCaseList(page: CasePage, refreshing: boolean, view: CaseListView): TemplateResult {
  const { l } = view;
  const lang = l.code;
  const labels = l.table('caseColumns');
  const statusLabels = l.table('caseStatus');
  const meanings = l.table('caseStatusMeaning');
  const filtered = Boolean(view.q || view.status || view.from || view.to);
  return html`<div class="summary" part="summary">
      <span class="count" role="status">${l.t('count', page.total)}</span>
      ${refreshing ? html`<span>${l.t('refreshing')}</span>` : nothing}
    </div>
    ${
      page.items.length === 0
        ? renderEmpty(l, { filtered, message: filtered ? undefined : l.t('caseEmpty'), onClear: view.onClear })
        : html`<div class="table-wrap" part="table">
            <table aria-label=${l.t('caseListLabel')} aria-busy=${refreshing ? 'true' : 'false'}>
              <thead>
                <tr>
                  ${caseColumns.map((column) => renderSortHeader({ column, label: labels[column], sort: view.sort, onSort: view.onSort }))}
                  <th scope="col"><span class="visually-hidden">${l.t('caseOpenShort')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (row) =>
                    html`<tr part="row" data-id=${row.id}>
                      <td>${formatDateTime(row.createdAt, lang)}</td>
                      <td>${row.id}</td>
                      <td>${renderBadge(statusLabels[row.status], statusTone[row.status], meanings[row.status])}</td>
                      <td>${row.primaryEmail}</td>
                      <td class="title">${row.shortDescription}</td>
                      <td>${renderOpenButton(row.id, l.t('caseOpenShort'), l.t('caseOpen', row.id), () => view.onOpen(row))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

/** What each status means. */
export function renderCaseGlossary(l: Localizer<CaseTerms>): TemplateResult {
  const labels = l.table('caseStatus');
  const meanings = l.table('caseStatusMeaning');
  return html`<details class="glossary" part="glossary">
    <summary>${l.t('caseGlossary')}</summary>
    <dl>
      ${caseStatuses.map(
        (code) =>
          html`<dt>${renderBadge(labels[code], statusTone[code])}</dt>
            <dd>${meanings[code]}</dd>`,
      )}
    </dl>
  </details>`;
}
