// Above the grid: the toolbar (search, status filter, export) and the billing-threshold summary of available lines.
import { html, nothing, type TemplateResult } from 'lit';
import { backorderStatuses, type BackorderLine, type BackorderStatus } from '@comptoir/contract/backorders';
import type { Money } from '@comptoir/contract/common';
import { formatMoney } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { renderExportMenu, renderSearch, type ExportFormat, type SearchOptions } from '../runtime/views.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import { amountOf } from './backorder-table.amount.js';

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

/**
 * Total of the available lines whose price is known, in the currency of the first one; null when none has a price.
 * Computed once per list and removal, not on every scroll frame.
 */
export class AvailableSum {
  private memo?: { source: BackorderLine[]; hidden: ReadonlySet<string>; sum: Money | null };

  of(source: BackorderLine[], hidden: ReadonlySet<string>): Money | null {
    if (this.memo?.source === source && this.memo.hidden === hidden) return this.memo.sum;
    let sum: Money | null = null;
    for (const line of source) {
      if (line.status !== 'available' || !line.price || hidden.has(line.id)) continue;
      sum ??= { amount: 0, currency: line.price.currency };
      sum.amount += amountOf(line)!.amount;
    }
    this.memo = { source, hidden, sum };
    return sum;
  }
}

/** What the available lines amount to, against the distributor's minimum billing threshold. */
export function renderThreshold(l: Localizer<BackorderTerms>, available: Money | null, threshold: number): TemplateResult | typeof nothing {
  if (threshold <= 0 || !available) return nothing;
  const { amount: sum, currency } = available;
  const lang = l.code;
  return html`<span part="threshold">
    ${l.t('backorderAvailableTotal', formatMoney(available, lang), formatMoney({ amount: threshold, currency }, lang))}
    ${sum >= threshold ? l.t('backorderAboveThreshold') : l.t('backorderBelowThreshold', formatMoney({ amount: threshold - sum, currency }, lang))}
  </span>`;
}
