import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import {
  ShipmentDetail,
  ShipmentPage,
  shipmentNatures,
  shipmentSortFields,
  shipmentStatuses,
  type ShipmentLine,
  type ShipmentStatus,
  type ShipmentSummary,
} from '@comptoir/contract/shipments';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { ListQuery } from '../runtime/list-query.js';
import { ApiError } from '../runtime/errors.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { Resource } from '../runtime/resource.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import { detailStyles, tableStyles } from '../runtime/table-styles.js';
import { formatDateTime, formatDay, formatNumber } from '../runtime/format.js';
import { isExternal, safeUrl } from '../runtime/url-guard.js';
import type { ExportColumn } from '../runtime/export.js';
import {
  debounce,
  errorMessage,
  renderBadge,
  renderEmpty,
  renderError,
  renderExportMenu,
  renderLoading,
  renderNotice,
  renderPager,
  renderSearch,
  type ExportFormat,
  type Tone,
} from '../runtime/views.js';
import { renderOpenButton, renderSortHeader } from '../runtime/table-views.js';
import { Localizer } from '../runtime/localize.js';
import type { ShipmentColumn, ShipmentLineColumn, ShipmentTerms } from './shipment-tracker.l10n.js';
import './shipment-tracker.l10n.js';

export interface ShipmentOpenDetail {
  shipment: ShipmentSummary;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shipment-open': CustomEvent<ShipmentOpenDetail>;
  }
}

const statusTone: Record<ShipmentStatus, Tone> = {
  preparing: 'info',
  shipped: 'success',
  'partially-shipped': 'warning',
  delivered: 'success',
  cancelled: 'neutral',
};

const columns: readonly ShipmentColumn[] = shipmentSortFields;
const missingOf = (line: ShipmentLine) => Math.max(0, line.quantityOrdered - line.quantityShipped);

/**
 * Shipments ("suivi logistique"): every shipment of the last months with its order, type, parcels and status, and
 * the detail of one: missing items first, then each parcel with its carrier tracking link and contents.
 *
 * @tag shipment-tracker
 * @summary Shipment list with search, status and type filters, sort, paging and export; detail with missing items and parcels.
 *
 * @event {CustomEvent<ShipmentOpenDetail>} shipment-open - A shipment's detail was opened. `detail.shipment`.
 *
 * @csspart toolbar - Search, filters and export.
 * @csspart table - A table (the list, the missing items, a parcel's contents).
 * @csspart row - A shipment of the list.
 * @csspart detail - The detail of a shipment.
 * @csspart summary - The summary of a shipment.
 * @csspart missing - The missing items of a shipment.
 * @csspart parcel - A parcel and its contents.
 * @csspart back - The Back button of the detail.
 */
export class ShipmentTracker extends ComptoirItemElement {
  static override styles = [
    tokens,
    viewStyles,
    tableStyles,
    detailStyles,
    css`
      .head {
        margin-bottom: var(--_space);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(calc(11 * var(--_rem)), 1fr));
        gap: var(--_space) calc(var(--_space) * 2);
        margin: 0;
        padding: var(--_space) calc(var(--_space) * 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg-alt);
      }
      .facts dt {
        color: var(--_fg-muted);
        font-size: 0.85em;
      }
      .facts dd {
        margin: 0;
        font-weight: 600;
      }
      .missing h3 {
        color: var(--_danger);
      }
      .parcel-meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        margin: 0 0 var(--_space);
        color: var(--_fg-muted);
      }
      td.title {
        white-space: normal;
        min-width: calc(14 * var(--_rem));
      }
    `,
  ];
  static override resourcePath = 'shipments';

  /** Search: order number, shipment number, your reference or an EAN of its lines. Reflected. */
  @property({ reflect: true }) q = '';
  /** Status codes, comma-separated (`partially-shipped`); empty for all. Reflected. */
  @property({ reflect: true }) status = '';
  /** Order type (`office`, `firm-order`, `restock`, `school`); empty for all. Reflected. */
  @property({ reflect: true }) nature = '';
  /** Sort, as in the REST contract: `-orderedAt`, `status`… Reflected. */
  @property({ reflect: true }) sort = '-orderedAt';
  /** Current page. Reflected. */
  @property({ type: Number, reflect: true }) page = 1;
  /** Shipments per page (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** Id of the shipment whose detail is open; empty for the list. Reflected, so a host can deep-link to it. */
  @property({ reflect: true }) shipment = '';

  @state() private exportProgress: { done: number; total: number } | null = null;
  @state() private notice: string | null = null;

  protected override readonly localize = new Localizer<ShipmentTerms>(this);
  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#detail-title',
    isOpen: () => this.shipment !== '',
    isShown: () => this.detail.value?.id === this.shipment,
  });

  private readonly search = debounce((value: string) => {
    this.q = value.trim();
    this.page = 1;
  }, 300);

  private readonly query = new ListQuery(this, {
    schema: ShipmentPage,
    key: (shipment) => shipment.id,
    query: () => ({ q: this.q, status: this.status, nature: this.nature, sort: this.sort, page: this.page, pageSize: this.pageSize }),
  });

  private readonly list = new Resource(this, {
    args: () => [this.connection(), this.query.params()] as const,
    load: ([connection, params], signal) => this.query.fetchPage(connection, params, signal),
    count: (value) => value.total,
  });

  private readonly detail = this.itemResource(() => this.shipment, ShipmentDetail);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.search.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shipment') && changed.get('shipment') !== undefined) this.notice = null;
  }

  private open(shipment: ShipmentSummary): void {
    this.viewFocus.opened(shipment.id);
    this.shipment = shipment.id;
    this.emit('shipment-open', { shipment });
  }

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
    this.notice = null;
    this.exportProgress = { done: 0, total: value.total };
    try {
      const { fetchAll } = await import('../runtime/list-all.js');
      const { items } = await fetchAll(this.query, this.connection(), this.query.params(), {
        onProgress: (done, total) => (this.exportProgress = { done, total }),
      });
      const { exportTable, excelDay } = await import('../runtime/export.js');
      const labels = this.localize.table('shipColumns');
      const status = this.localize.table('shipStatus');
      const nature = this.localize.table('shipNature');
      const exportColumns: ExportColumn<ShipmentSummary>[] = [
        { header: labels.orderedAt, value: (row) => excelDay(row.orderedAt), width: 12 },
        { header: labels.yourReference, value: (row) => row.yourReference, width: 18 },
        { header: labels.orderNumber, value: (row) => row.orderNumber, width: 14 },
        { header: labels.nature, value: (row) => nature[row.nature], width: 16 },
        { header: labels.parcelCount, value: (row) => row.parcelCount ?? undefined, width: 8 },
        { header: labels.shipmentNumber, value: (row) => row.shipmentNumber, width: 14 },
        { header: labels.status, value: (row) => status[row.status], width: 22 },
      ];
      await exportTable(format, { title: this.localize.t('shipTitle'), columns: exportColumns, rows: items });
    } catch (error) {
      this.notice = `${this.localize.t('exportFailed')} ${error instanceof ApiError ? errorMessage(this.localize, error) : ''}`;
    } finally {
      this.exportProgress = null;
    }
  }

  private async exportLines(format: ExportFormat, shipment: ShipmentDetail): Promise<void> {
    this.notice = null;
    try {
      const { exportTable } = await import('../runtime/export.js');
      const labels = this.localize.table('shipLineColumns');
      const yesNo = (value: boolean) => (value ? this.localize.t('shipYes') : this.localize.t('shipNo'));
      const exportColumns: ExportColumn<ShipmentLine>[] = [
        { header: labels.parcelNumber, value: (line) => line.parcelNumber ?? this.localize.t('shipNoParcel'), width: 12 },
        { header: labels.ean13, value: (line) => line.ean13, width: 16 },
        { header: labels.articleCode, value: (line) => line.articleCode, width: 12 },
        { header: labels.title, value: (line) => line.title, width: 40 },
        { header: labels.quantityOrdered, value: (line) => line.quantityOrdered, width: 10 },
        { header: labels.quantityShipped, value: (line) => line.quantityShipped, width: 10 },
        { header: labels.missing, value: (line) => missingOf(line), width: 10 },
        { header: labels.noted, value: (line) => (missingOf(line) ? yesNo(line.noted) : ''), width: 8 },
      ];
      await exportTable(format, {
        title: this.localize.t('shipTitle'),
        suffix: shipment.shipmentNumber,
        columns: exportColumns,
        rows: shipment.lines,
      });
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
    return html`<div class="toolbar" part="toolbar">
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

  private renderList(page: ShipmentPage, refreshing: boolean): TemplateResult {
    const l = this.localize;
    const filtered = Boolean(this.q || this.status || this.nature);
    const labels = l.table('shipColumns');
    return html`<div class="summary" part="summary">
        <span class="count" role="status">${l.t('count', page.total)}</span>
        ${refreshing ? html`<span>${l.t('refreshing')}</span>` : nothing}
      </div>
      ${
        page.items.length === 0
          ? renderEmpty(l, { filtered, message: filtered ? undefined : l.t('shipEmpty'), onClear: this.clearFilters })
          : html`<div class="table-wrap" part="table">
              <table aria-label=${l.t('shipListLabel')} aria-busy=${refreshing ? 'true' : 'false'}>
                <thead>
                  <tr>
                    ${columns.map((column) =>
                      renderSortHeader({
                        column,
                        label: labels[column],
                        sort: this.sort,
                        align: column === 'parcelCount' ? 'end' : 'start',
                        onSort: (sort) => {
                          this.sort = sort;
                          this.page = 1;
                        },
                      }),
                    )}
                    <th scope="col"><span class="visually-hidden">${l.t('shipOpenShort')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${page.items.map((row) => this.renderRow(row))}
                </tbody>
              </table>
            </div>`
      }
      ${renderPager(l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`;
  }

  private renderRow(row: ShipmentSummary): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    return html`<tr part="row" data-id=${row.id}>
      <td>${formatDay(row.orderedAt, lang)}</td>
      <td>${row.yourReference}</td>
      <td>${row.orderNumber}</td>
      <td>${l.table('shipNature')[row.nature]}</td>
      <td data-align="end">${row.parcelCount === null ? '' : formatNumber(row.parcelCount, lang)}</td>
      <td>${row.shipmentNumber}</td>
      <td>${renderBadge(l.table('shipStatus')[row.status], statusTone[row.status])}</td>
      <td>${renderOpenButton(row.id, l.t('shipOpenShort'), l.t('shipOpen', row.shipmentNumber), () => this.open(row))}</td>
    </tr>`;
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
        complete: (value) => (value?.id === this.shipment ? this.renderDetail(value.item) : loading()),
      })}
    </section>`;
  }

  private renderDetail(shipment: ShipmentDetail): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const labels = l.table('shipColumns');
    const missing = shipment.lines.filter((line) => missingOf(line) > 0);
    const parcelNumbers = new Set(shipment.parcels.map((parcel) => parcel.number));
    // Lines packed in a parcel the list of parcels does not name still show, under "no parcel".
    const loose = shipment.lines.filter(
      (line) => line.quantityShipped > 0 && (!line.parcelNumber || !parcelNumbers.has(line.parcelNumber)),
    );
    return html`<div class="head">
        <button class="button" part="button back" type="button" @click=${this.close}>← ${l.t('shipBack')}</button>
        <h2 id="detail-title" tabindex="-1">${l.t('shipDetailTitle', shipment.shipmentNumber)}</h2>
        ${renderBadge(l.table('shipStatus')[shipment.status], statusTone[shipment.status])}
        <span class="spacer"></span>
        ${renderExportMenu(l, { onExport: (format) => void this.exportLines(format, shipment), disabled: shipment.lines.length === 0 })}
      </div>
      <dl class="facts">
        <div>
          <dt>${labels.orderedAt}</dt>
          <dd>${formatDay(shipment.orderedAt, lang)}</dd>
        </div>
        <div>
          <dt>${labels.yourReference}</dt>
          <dd>${shipment.yourReference}</dd>
        </div>
        <div>
          <dt>${labels.orderNumber}</dt>
          <dd>${shipment.orderNumber}</dd>
        </div>
        <div>
          <dt>${labels.nature}</dt>
          <dd>${l.table('shipNature')[shipment.nature]}</dd>
        </div>
        <div>
          <dt>${labels.parcelCount}</dt>
          <dd>${formatNumber(shipment.parcelCount ?? shipment.parcels.length, lang)}</dd>
        </div>
      </dl>
      ${
        missing.length
          ? html`<div class="missing" part="missing">
              <h3>${l.t('shipMissingTitle', missing.length)}</h3>
              ${this.renderLines(missing, l.t('shipMissingTitle', missing.length), true)}
              <p class="muted">${l.t('shipMissingNoted')}</p>
            </div>`
          : shipment.status === 'preparing' || shipment.status === 'cancelled'
            ? nothing
            : html`<p>${l.t('shipMissingNone')}</p>`
      }
      ${shipment.parcels.length === 0 && shipment.status === 'preparing' ? html`<p>${l.t('shipNotShippedYet')}</p>` : nothing}
      ${shipment.parcels.map((parcel) => {
        const href = safeUrl(parcel.trackingUrl);
        const title = l.t('shipParcelTitle', parcel.number, parcel.carrier);
        return html`<div class="parcel" part="parcel">
          <h3>${title}</h3>
          <p class="parcel-meta">
            ${parcel.shippedAt ? html`<span>${l.t('shipShippedAt', formatDateTime(parcel.shippedAt, lang))}</span>` : nothing}
            ${
              href
                ? isExternal(href)
                  ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${l.t('shipTrack', parcel.number)}</a>`
                  : html`<a href=${href}>${l.t('shipTrack', parcel.number)}</a>`
                : html`<span>${l.t('shipNoTracking')}</span>`
            }
          </p>
          ${this.renderLines(
            shipment.lines.filter((line) => line.parcelNumber === parcel.number && line.quantityShipped > 0),
            l.t('shipLinesLabel', title),
            false,
          )}
        </div>`;
      })}
      ${
        loose.length
          ? html`<div class="parcel" part="parcel">
              <h3>${l.t('shipNoParcel')}</h3>
              ${this.renderLines(loose, l.t('shipLinesLabel', l.t('shipNoParcel')), false)}
            </div>`
          : nothing
      }`;
  }

  private renderLines(lines: ShipmentLine[], label: string, missing: boolean): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const labels = l.table('shipLineColumns');
    const shown: readonly ShipmentLineColumn[] = missing
      ? ['ean13', 'articleCode', 'title', 'quantityOrdered', 'missing', 'noted']
      : ['ean13', 'articleCode', 'title', 'quantityOrdered', 'quantityShipped'];
    const numeric = new Set<ShipmentLineColumn>(['quantityOrdered', 'quantityShipped', 'missing']);
    const cell = (line: ShipmentLine, column: ShipmentLineColumn) => {
      switch (column) {
        case 'title':
          return html`<td class="title">${line.title}</td>`;
        case 'quantityOrdered':
        case 'quantityShipped':
          return html`<td data-align="end">${formatNumber(line[column], lang)}</td>`;
        case 'missing':
          return html`<td data-align="end">${formatNumber(missingOf(line), lang)}</td>`;
        case 'noted':
          return html`<td>${line.noted ? l.t('shipYes') : l.t('shipNo')}</td>`;
        default:
          return html`<td>${line[column]}</td>`;
      }
    };
    return html`<div class="table-wrap" part="table">
      <table aria-label=${label}>
        <thead>
          <tr>
            ${shown.map((column) => html`<th scope="col" data-align=${numeric.has(column) ? 'end' : 'start'}>${labels[column]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            (line) =>
              html`<tr>
                ${shown.map((column) => cell(line, column))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
