// Above the grid: the toolbar (search, status filter, column chooser, export).
import { html, nothing, type TemplateResult } from 'lit';
import { backorderStatuses, type BackorderStatus } from '@comptoir/contract/backorders';
import type { Localizer } from '../runtime/localize.js';
import { renderExportMenu, renderSearch, type ExportFormat, type SearchOptions } from '../runtime/views.js';
import type { BackorderTerms } from './backorder-table.l10n.js';

export interface ToolbarView {
  q: string;
  /** The `status` attribute: one code, several (a deep link), or none. */
  status: string;
  statuses: BackorderStatus[];
  onSearch: SearchOptions['onSearch'];
  onStatus: (status: string) => void;
  onExport: (format: ExportFormat) => void;
  progress: { done: number; total: number } | null;
  canExport: boolean;
  /** The column chooser. */
  chooser: TemplateResult;
}

export function renderToolbar(l: Localizer<BackorderTerms>, view: ToolbarView): TemplateResult {
  const labels = l.table('backorderStatus');
  const known = (backorderStatuses as readonly string[]).includes(view.status);
  return html`<div class="toolbar" part="toolbar">
    ${renderSearch({
      id: 'search',
      label: l.t('backorderSearchLabel'),
      placeholder: l.t('backorderSearchPlaceholder'),
      value: view.q,
      onSearch: view.onSearch,
    })}
    <div class="field">
      <label for="status">${l.t('backorderStatusFilter')}</label>
      <select id="status" part="status-filter" @change=${(event: Event) => view.onStatus((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!view.status}>${l.t('backorderAllStatuses')}</option>
        ${backorderStatuses.map((code) => html`<option value=${code} ?selected=${view.status === code}>${labels[code]}</option>`)}
        ${view.status && !known ? html`<option value=${view.status} selected>${view.statuses.map((s) => labels[s]).join(', ')}</option>` : nothing}
      </select>
    </div>
    <span class="spacer"></span>
    ${view.chooser}
    ${renderExportMenu(l, { onExport: view.onExport, progress: view.progress, disabled: !view.canExport || view.progress !== null })}
  </div>`;
}
