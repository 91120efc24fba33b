import { html, type PropertyValues, type TemplateResult } from 'lit';
export type { SupportRequestDetail } from '../runtime/support-request.js';
import { property, state } from 'lit/decorators.js';
import { MAX_PAGE_SIZE, type SortParam } from '@comptoir/contract/common';
import {
  ShipmentDetail,
  ShipmentPage,
  shipmentNatures,
  shipmentStatuses,
  type ShipmentSortField,
  type ShipmentSummary,
} from '@comptoir/contract/shipments';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { listDetailStyles } from '../runtime/table-styles.js';
import { ListQuery } from '../runtime/list-query.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { formatDay, formatNumber } from '../runtime/format.js';
import {
  searchOf,
  renderBadge,
  renderError,
  renderExportMenu,
  renderPrintHeading,
  renderLoading,
  renderNotice,
  renderPager,
  renderSearch,
  type ExportFormat,
} from '../runtime/views.js';
import { renderListTable, type ListColumn } from '../runtime/list-table.js';
import { renderColumnChooser, shownColumns } from '../runtime/columns.js';
import { renderOpenButton } from '../runtime/table-views.js';
import { Localizer } from '../runtime/localize.js';
import type { ShipmentTerms } from './shipment-tracker.l10n.js';
import { priorities, shipmentColumns as columns, statusTone, type ShipmentColumn } from './shipment-tracker.columns.js';
import './shipment-tracker.l10n.js';
import { shipmentStyles } from './shipment-tracker.styles.js';
import { renderShipment, type ShipmentView } from './shipment-tracker.detail.js';

export interface ShipmentOpenDetail {
  shipment: ShipmentSummary;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shipment-open': CustomEvent<ShipmentOpenDetail>;
  }
}

/**
 * Shipments ("suivi logistique"): every shipment of the last months with its order, type, parcels and status, and
 * the detail of one: missing items first, then each parcel with its carrier tracking link and contents.
 *
 * @tag shipment-tracker
 * @summary Shipment list with search, status and type filters, sort, paging and export; detail with missing items and parcels.
 *
 * @event {CustomEvent<ShipmentOpenDetail>} shipment-open - A shipment's detail was opened. `detail.shipment`.
 * @event {CustomEvent<SupportRequestDetail>} support-request - "Report to support" on a shipment's missing items. `detail.prefill`: a new case's topic (delivery problem), order number, subject and text, for `<case-journal>`'s `startNewCase()`.
 *
 * @csspart toolbar - Search, filters and export.
 * @csspart table - A table (the list, the missing items, a parcel's contents).
 * @csspart row - A shipment of the list.
 * @csspart detail - The detail of a shipment.
 * @csspart summary - The summary of a shipment.
 * @csspart missing - The missing items of a shipment.
 * @csspart report - The button that reports the missing items to support.
 * @csspart parcel - A parcel and its contents.
 * @csspart back - The Back button of the detail.
 */
export class ShipmentTracker extends ComptoirItemElement {
  static override styles = [...listDetailStyles, shipmentStyles];
  static override resourcePath = 'shipments';

  /** Search: order number, shipment number, your reference or an EAN of its lines. Reflected. */
  @property({ reflect: true }) q = '';
  /** Status codes, comma-separated (`partially-shipped`); empty for all. Reflected. */
  @property({ reflect: true }) status = '';
  /** Order type (`office`, `firm-order`, `restock`, `school`); empty for all. Reflected. */
  @property({ reflect: true }) nature = '';
  /** Sort, as in the REST contract: `-orderedAt`, `status`… Reflected. */
  @property({ reflect: true }) sort: SortParam<ShipmentSortField> = '-orderedAt';
  /** Shipments per page (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** Id of the shipment whose detail is open; empty for the list. Reflected, so a host can deep-link to it. */
  @property({ reflect: true }) shipment = '';

  @state() private notice: string | null = null;

  protected override readonly localize = new Localizer<ShipmentTerms>(this);
  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#detail-title',
    isOpen: () => this.shipment !== '',
    isShown: () => this.detail.value?.id === this.shipment,
  });

  private readonly search = searchOf(this);

  private readonly query = new ListQuery(this, {
    schema: ShipmentPage,
    key: (shipment) => shipment.id,
    query: () => ({ q: this.q, status: this.status, nature: this.nature, sort: this.sort, page: this.page, pageSize: this.pageSize }),
  });

  private readonly list = this.pageResource(this.query);

  private readonly detail = this.itemResource(() => this.shipment, ShipmentDetail);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shipment') && changed.get('shipment') !== undefined) this.notice = null;
  }

  private open(shipment: ShipmentSummary): void {
    this.viewFocus.opened(shipment.id);
    this.shipment = shipment.id;
    this.emit('shipment-open', { shipment });
  }

  private readonly shipmentView: ShipmentView = {
    l: this.localize,
    onBack: () => this.close(),
    onExportLines: (format, shipment) => void this.exportLines(format, shipment),
    onReport: (prefill) => this.emit('support-request', { prefill }),
  };

  private close = () => {
    this.shipment = '';
  };

  private clearFilters = () => {
    this.q = '';
    this.status = '';
    this.nature = '';
    this.page = 1;
  };

  private async exportList(format: ExportFormat): Promise<void> {
    const value = this.list.value;
    if (!value || this.exportProgress) return;
    this.notice = null; // while it runs
    this.notice = await this.exportAll(this.query, value.total, async (items) =>
      (await import('./shipment-tracker.export.js')).exportShipments(format, this.localize, items),
    );
  }

  private async exportLines(format: ExportFormat, shipment: ShipmentDetail): Promise<void> {
    this.notice = null;
    try {
      const { exportShipmentLines } = await import('./shipment-tracker.export.js');
      await exportShipmentLines(format, this.localize, shipment.shipmentNumber, shipment.lines);
    } catch {
      this.notice = this.localize.t('exportFailed');
    }
  }

  override render(): TemplateResult {
    return html`${renderNotice(this.localize, this.notice ? { tone: 'danger', text: this.notice } : null, () => (this.notice = null))}
    ${this.shipment ? this.renderDetailView() : this.renderListView()}`;
  }

  private renderListView(): TemplateResult {
    const l = this.localize;
    const statusLabels = l.table('shipStatus');
    const natureLabels = l.table('shipNature');
    const value = this.list.value;
    const select = (
      id: string,
      label: string,
      current: string,
      options: readonly string[],
      names: Record<string, string>,
      set: (v: string) => void,
    ) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select
          id=${id}
          @change=${(event: Event) => {
            set((event.target as HTMLSelectElement).value);
            this.page = 1;
          }}
        >
          <option value="" ?selected=${!current}>${l.t('shipAll')}</option>
          ${options.map((code) => html`<option value=${code} ?selected=${current === code}>${names[code]}</option>`)}
        </select>
      </div>`;
    return html`${renderPrintHeading(l, l.t('shipTitle'), [
        [l.t('printSearch'), this.q],
        [l.t('shipNatureFilter'), natureLabels[this.nature as keyof typeof natureLabels] ?? ''],
        [l.t('shipStatusFilter'), statusLabels[this.status as keyof typeof statusLabels] ?? ''],
      ])}
      <div class="toolbar" part="toolbar">
        ${renderSearch({
          id: 'search',
          label: l.t('shipSearchLabel'),
          placeholder: l.t('shipSearchPlaceholder'),
          value: this.q,
          onSearch: this.search,
        })}
        ${select('nature', l.t('shipNatureFilter'), this.nature, shipmentNatures, natureLabels, (v) => (this.nature = v))}
        ${select('status', l.t('shipStatusFilter'), this.status, shipmentStatuses, statusLabels, (v) => (this.status = v))}
        <span class="spacer"></span>
        ${renderColumnChooser(this, l, this.listColumns(), shownColumns(this.columns, columns))}
        ${renderExportMenu(l, {
          onExport: (format) => void this.exportList(format),
          progress: this.exportProgress,
          disabled: !value || value.total === 0 || this.exportProgress !== null,
        })}
      </div>
      ${this.list.render({
        loading: () => renderLoading(l, 6),
        error: (error) => renderError(l, error, () => void this.list.reload()),
        complete: (page, refreshing) => this.renderList(page, refreshing),
      })}`;
  }

  /** Every column of the list; the least needed drop first when the element narrows. */
  private listColumns(): ListColumn<ShipmentColumn>[] {
    const labels = this.localize.table('shipColumns');
    return columns.map((key) => ({
      key,
      label: labels[key],
      sortable: true,
      align: key === 'parcelCount' ? 'end' : 'start',
      priority: priorities[key],
      primary: key === 'orderNumber',
    }));
  }

  private renderList(page: ShipmentPage, refreshing: boolean): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const filtered = Boolean(this.q || this.status || this.nature);
    const shown = shownColumns(this.columns, columns);
    return html`${renderListTable({
      l,
      label: l.t('shipListLabel'),
      total: page.total,
      refreshing,
      columns: this.listColumns().filter((column) => shown.includes(column.key)),
      sort: this.sort,
      onSort: (sort) => {
        this.sort = sort;
        this.page = 1;
      },
      items: page.items,
      id: (row) => row.id,
      cells: (row) => ({
        orderedAt: formatDay(row.orderedAt, lang),
        yourReference: row.yourReference,
        orderNumber: row.orderNumber,
        nature: l.table('shipNature')[row.nature],
        parcelCount: row.parcelCount === null ? '' : formatNumber(row.parcelCount, lang),
        shipmentNumber: row.shipmentNumber,
        status: renderBadge(l.table('shipStatus')[row.status], statusTone[row.status]),
      }),
      open: {
        label: l.t('shipOpenShort'),
        button: (row) => renderOpenButton(row.id, l.t('shipOpenShort'), l.t('shipOpen', row.shipmentNumber), () => this.open(row)),
      },
      empty: { filtered, message: filtered ? undefined : l.t('shipEmpty'), onClear: this.clearFilters },
    })}
    ${renderPager(l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`;
  }

  private renderDetailView(): TemplateResult {
    const l = this.localize;
    const head = html`<div class="head">
      <button class="button" part="button back" type="button" @click=${this.close}>← ${l.t('shipBack')}</button>
      <h2 id="detail-title" tabindex="-1">${l.t('shipTitle')}</h2>
    </div>`;
    const loading = () => html`${head} ${renderLoading(l, 4)}`;
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      ${this.detail.render({
        loading,
        error: (error) => html`${head} ${renderError(l, error, () => void this.detail.reload())}`,
        complete: (value) => (value?.id === this.shipment ? renderShipment(value.item, this.shipmentView) : loading()),
      })}
    </section>`;
  }
}
