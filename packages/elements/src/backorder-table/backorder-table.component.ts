import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BackorderPage,
  backorderStatuses,
  type BackorderLine,
  type BackorderSortField,
  type BackorderStatus,
} from '@comptoir/contract/backorders';
import { MAX_PAGE_SIZE, type SortParam } from '@comptoir/contract/common';
import { ComptoirElement, warnOnce, type Connection } from '../runtime/base-element.js';
import { ListQuery, type QueryParams } from '../runtime/list-query.js';
import { ApiError } from '../runtime/errors.js';
import { Resource } from '../runtime/resource.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import * as views from '../runtime/views.js';
import { Localizer } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import * as model from './backorder-table.columns.js';
import { renderColumnChooser, restoreColumns } from '../runtime/columns.js';
import type { BackorderColumn, SortableColumn } from './backorder-table.columns.js'; // the column model
import { renderGrid, renderStatusGlossary, type RowContext } from './backorder-table.rows.js';
import { adopt, cardsModule, VirtualGrid } from './backorder-table.grid.js';
import { amountOf } from './backorder-table.amount.js';
import { renderToolbar } from './backorder-table.summary.js';
import './backorder-table.l10n.js';
import { backorderTableStyles } from './backorder-table.styles.js';
import type { SortSpec } from './backorder-data.js';
import type { ClientRows, Shown } from './backorder-table.client.js';
import type { BackorderFlowHost } from './backorder-table.flows.js';

/** Client mode (the engine, the rows it shows): loaded only when a list is sorted and searched here. */
type ClientModule = typeof import('./backorder-table.client.js');
const loadClient = (): Promise<ClientModule> => import('./backorder-table.client.js');

export type { BackorderSelectDetail, BackorderCancelDetail } from './backorder-table.events.js';

/** The billing-threshold summary, loaded with the available lines it sums. */
type ThresholdModule = typeof import('./backorder-table.threshold.js');
let thresholdModule: ThresholdModule | undefined;
const loadThreshold = () => import('./backorder-table.threshold.js').then((module) => (thresholdModule = module));

/** The cancel confirmation, loaded on the first Cancel. */
type CancelModule = typeof import('./backorder-table.cancel.js');
let cancelModule: CancelModule | undefined;
let cancelLoading: Promise<CancelModule> | undefined;
const loadCancel = () => (cancelLoading ??= import('./backorder-table.cancel.js').then((module) => (cancelModule = module)));

type Loaded =
  | { lines: BackorderLine[]; total: number; mode: 'server' }
  | { lines: BackorderLine[]; total: number; mode: 'client'; client: ClientModule };

const noLines: BackorderLine[] = [];

/**
 * The backorder list ("notés"): the titles missing from a customer's orders, noted to be served later.
 *
 * @tag backorder-table
 * @summary Backorder lines with status, dates, references, purge countdown, search, filter, sort, export and cancel.
 *
 * @event {CustomEvent<BackorderSelectDetail>} backorder-select - A line was activated (click, Enter or Space). `detail.line`.
 * @event {CustomEvent<BackorderCancelDetail>} backorder-cancel - A line was cancelled on the server. `detail.line`.
 *
 * @csspart toolbar - Search, filter and export.
 * @csspart status-filter - The status filter.
 * @csspart table - The scrolling grid.
 * @csspart header-row - The column headers.
 * @csspart row - A data row.
 * @csspart cell - A data cell.
 * @csspart summary - The count and the billing-threshold summary.
 * @csspart threshold - The billing-threshold summary.
 * @csspart next-run - The day of the distributor's next weekly processing.
 * @csspart glossary - The explanation of the statuses.
 * @csspart dialog - The cancel confirmation.
 * @csspart cancel - The Cancel button of a line.
 *
 * @cssproperty --comptoir-table-height - Maximum height of the scrolling grid (32rem).
 * @cssproperty --comptoir-column-status-width - Width of the Status column, as a grid track (11.5rem).
 * @cssproperty --comptoir-column-noted-at-width - Width of the Noted column (6.5rem).
 * @cssproperty --comptoir-column-expected-at-width - Width of the Expected column (6.5rem).
 * @cssproperty --comptoir-column-your-reference-width - Width of the Your reference column (10rem).
 * @cssproperty --comptoir-column-distributor-number-width - Width of the distributor number column (8rem).
 * @cssproperty --comptoir-column-ean13-width - Width of the EAN column (8.5rem).
 * @cssproperty --comptoir-column-quantity-width - Width of the Quantity column (3.5rem).
 * @cssproperty --comptoir-column-title-width - Width of the Title column (`minmax(9rem, 2fr)`).
 * @cssproperty --comptoir-column-publisher-width - Width of the Publisher column (10rem).
 * @cssproperty --comptoir-column-price-width - Width of the Price column (6rem).
 * @cssproperty --comptoir-column-amount-width - Width of the Amount column (7rem).
 * @cssproperty --comptoir-column-purge-at-width - Width of the Purge column (10rem).
 * @cssproperty --comptoir-column-actions-width - Width of the actions column (6.5rem).
 *
 * Narrower than its shown columns' widths together, the element shows each line as a card of labelled fields.
 */
export class BackorderTable extends ComptoirElement {
  static override styles = [tokens, viewStyles, backorderTableStyles];
  static override resourcePath = 'backorders';

  /** Search text (EAN, your reference, distributor number, title words). Reflected for deep links. */
  @property({ reflect: true }) q = '';
  /** Status codes to show, comma-separated (`available,reprint-in-progress`); empty for all. Reflected. */
  @property({ reflect: true }) status = '';
  /** Sort, as in the REST contract: `-notedAt`, `title`… Reflected. */
  @property({ reflect: true }) sort: SortParam<BackorderSortField> = '-notedAt';
  /** Current page (server mode). Reflected. */
  @property({ type: Number, reflect: true }) page = 1;
  /** Lines per page in server mode (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** Load every line once and filter, sort and scroll in the browser (for lists up to 200 000 lines). */
  @property({ type: Boolean, attribute: 'client-side' }) clientSide = false;
  /** Lines given by the host instead of an endpoint (client mode). */
  @property({ attribute: false }) items?: BackorderLine[];
  /** Months a noted quantity is kept before the purge (shown in the glossary). */
  @property({ type: Number, attribute: 'retention-months' }) retentionMonths = 3;
  /** Purge dates this close (in days) are highlighted. */
  @property({ type: Number, attribute: 'purge-warning-days' }) purgeWarningDays = 14;
  /** Minimum billing threshold, excluding tax, for available lines. 0 hides the summary. */
  @property({ type: Number, attribute: 'billing-threshold' }) billingThreshold = 50;
  /**
   * The weekly processing's resource (next run, billing threshold). By default the contract's `backorder-processing`
   * beside an endpoint that ends in `/backorders`; `none` asks nothing. Its threshold is used when it answers.
   */
  @property({ attribute: 'processing-endpoint' }) processingEndpoint = '';
  /** Name of the distributor, for the "Numéro Interforum" column. */
  @property() distributor = '';
  /**
   * The columns to show, comma-separated, among `status, notedAt, expectedAt, yourReference, distributorNumber, ean13,
   * quantity, title, publisher, price, amount, purgeAt, actions`. Without it, the reader's choice in the column chooser,
   * remembered in the browser per element `id`; else all. They keep this order on screen (the reading order of a screen
   * reader is the visual one). Exports always hold every column.
   */
  @property() columns = '';

  @state() private hiddenIds = new Set<string>();
  @state() private notice: { tone: 'info' | 'danger'; text: string } | null = null;
  @state() private exportProgress: { done: number; total: number } | null = null;
  @state() private confirming: BackorderLine | null = null;
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override readonly localize = new Localizer<BackorderTerms>(this);
  // A server's list waits for the reader to pause (one request, not one a keystroke); a list filtered here does not wait.
  private readonly search = views.searchOf(this, () => (this.isClientMode ? 0 : 300));
  private readonly grid = new VirtualGrid(this, {
    onReach: (wanted) => this.reach(wanted),
    onSelect: (index) => this.shownLine(index, (line) => this.select(line)),
    onDelete: (index) => this.shownLine(index, (line) => line.cancellable && this.askCancel(line)),
    minWidth: (level) => model.minWidthOf(this.shownColumns, level),
  });
  /** Past the first screen of a list whose order is still being built: build it now. */
  private reach = (wanted: number): void => {
    if (this.clientRows && wanted > this.clientRows.shownCount) this.clientRows.complete(true);
  };
  /** Client mode's rows, once its module is here. */
  private clientRows?: ClientRows;
  private columnsMemo?: { attribute: string; shown: readonly BackorderColumn[] };
  private columnSheet?: CSSStyleSheet;
  private columnText = '';
  private availableSum?: InstanceType<ThresholdModule['AvailableSum']>;

  private get isClientMode(): boolean {
    return this.items !== undefined || this.clientSide;
  }

  private readonly query = new ListQuery(this, {
    schema: BackorderPage,
    key: (line) => line.id,
    query: () => (this.isClientMode ? {} : { q: this.q, status: this.status, sort: this.sort, page: this.page, pageSize: this.pageSize }),
  });

  private readonly data = new Resource(this, {
    args: () => [this.connection(), this.items, this.clientSide, this.query.params()] as const,
    // The grid's keyboard and printing load with the lines they move through and print.
    load: async (args, signal): Promise<Loaded> =>
      (
        await Promise.all([
          this.loadLines(args, signal),
          import('./backorder-table.lines.js').then((module) => module.withLines(this, this.grid)),
        ])
      )[0],
    count: (value) => (value.mode === 'client' ? this.visibleRows(value).total : value.total),
  });

  private async loadLines(
    [connection, items, clientSide, params]: readonly [Connection, BackorderLine[] | undefined, boolean, QueryParams],
    signal: AbortSignal,
  ): Promise<Loaded> {
    if (items !== undefined) {
      if (!Array.isArray(items)) {
        warnOnce('<backorder-table>.items must be an array of backorder lines.');
        throw new ApiError({ kind: 'config', url: '', attribute: 'items' });
      }
      return { lines: items, total: items.length, mode: 'client', client: await loadClient() };
    }
    if (clientSide) {
      const [all, client] = await Promise.all([
        import('../runtime/list-all.js').then(({ fetchAll }) => fetchAll(this.query, connection, {}, { signal })),
        loadClient(),
      ]);
      return { lines: all.items, total: all.total, mode: 'client', client };
    }
    const page = await this.query.fetchPage(connection, params, signal);
    return { lines: page.items, total: page.total, mode: 'server' };
  }

  /**
   * The threshold summary's data, fetched by its module (loaded on demand): the weekly processing (next run, threshold,
   * the server's sum of the available lines) and, where no sum came, the available lines to sum here.
   */
  private readonly available = new Resource(this, {
    args: () => [this.connection(), this.isClientMode, this.billingThreshold, this.hiddenIds, this.processingEndpoint, this.items] as const,
    load: async ([connection, clientMode, threshold, , url, items], signal) =>
      (await loadThreshold()).loadSummary(this.query, connection, { lines: threshold > 0 && !clientMode, url, fromServer: !items }, signal),
  });

  /** The lines to show: in client mode filtered and sorted here, in both modes without optimistically removed ones. */
  private visibleRows(value: Loaded): Shown {
    if (value.mode === 'client') {
      this.clientRows ??= new value.client.ClientRows(() => this.requestUpdate(), backorderStatuses);
      const query = { q: this.q, statuses: this.statuses, sort: this.sortSpec, hidden: this.hiddenIds };
      return this.clientRows.rows(value.lines, query, this.grid.wanted);
    }
    const rows = this.hiddenIds.size ? value.lines.filter((line) => !this.hiddenIds.has(line.id)) : value.lines;
    return { rows, total: rows.length };
  }

  /** The columns to show, from the `columns` attribute, in their fixed order; unknown names are ignored. */
  private get shownColumns(): readonly BackorderColumn[] {
    if (this.columnsMemo?.attribute !== this.columns)
      this.columnsMemo = { attribute: this.columns, shown: model.parseColumns(this.columns) };
    return this.columnsMemo.shown;
  }

  /** Row cells are rendered for every column (one template, fast): a stylesheet of this element hides the others, and
   * labels a card's fields. */
  private writeColumnRules(): void {
    if (this.localize.loading()) return; // written with the labels once the page language's terms are here
    const shown = this.shownColumns;
    const text =
      model.hiddenColumnsRule(shown) +
      (cardsModule?.labelRules(
        shown,
        (column) => this.columnLabel(column),
        (level) => model.droppedAt(shown, level),
      ) ?? '');
    if (text === this.columnText) return;
    this.columnText = text;
    const root = this.renderRoot as ShadowRoot;
    if (!this.columnSheet) {
      this.columnSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.columnSheet];
    }
    this.columnSheet.replaceSync(text);
  }

  private get statuses(): BackorderStatus[] {
    return model.parseStatuses(this.status);
  }

  private get sortSpec(): SortSpec {
    const field = this.sort.replace(/^-/, '') as BackorderColumn;
    return { field: model.isSortable(field) ? field : 'notedAt', direction: this.sort.startsWith('-') ? 'desc' : 'asc' };
  }

  override connectedCallback(): void {
    restoreColumns(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Back in the page, the rows are computed again (and the full order built again if it was under way).
    this.clientRows?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.writeColumnRules();
    if (changed.has('columns')) this.grid.layoutChanged = true; // more or fewer columns may fit the width
    if ((changed.has('q') || changed.has('status') || changed.has('sort')) && this.isClientMode) {
      this.grid.reset();
    }
  }

  protected override updated(): void {
    // The dialog's styles join the element's once its module is here (constructable stylesheets: allowed by a strict CSP).
    adopt(this.renderRoot, cancelModule?.cancelDialogStyles.styleSheet);
    const value = this.data.value;
    if (value?.mode === 'client') this.clientRows?.warm(value.lines);
  }

  private setSort = (field: SortableColumn): void => {
    const current = this.sortSpec;
    this.sort = current.field === field && current.direction === 'asc' ? `-${field}` : field;
    this.page = 1;
  };

  private activate = (line: BackorderLine, index: number): void => {
    this.grid.activeIndex = index;
    this.select(line);
  };

  private clearFilters = () => {
    this.q = '';
    this.status = '';
    this.page = 1;
  };

  private select(line: BackorderLine): void {
    this.emit('backorder-select', { line });
  }

  /** The line shown at `index`, if any, to `use`. */
  private shownLine(index: number, use: (line: BackorderLine) => unknown): void {
    const value = this.data.value;
    const line = value && this.visibleRows(value).rows[index];
    if (line) use(line);
  }

  private askCancel = (line: BackorderLine): void => {
    void loadCancel().then(async () => {
      this.confirming = line;
      await this.updateComplete;
      // The element may have left the page while the dialog's module loaded.
      if (this.dialog?.isConnected && !this.dialog.open) this.dialog.showModal();
    });
  };

  /** The element as its lazily loaded flows (cancel, export) read and change it: its private state included. */
  private get flowHost(): BackorderFlowHost {
    return this as unknown as BackorderFlowHost;
  }

  private columnLabel(column: BackorderColumn): string {
    if (column === 'distributorNumber' && this.distributor) return this.localize.t('backorderDistributorNumber', this.distributor);
    return this.localize.table('backorderColumns')[column];
  }

  override render(): TemplateResult {
    const l = this.localize;
    const statuses = l.table('backorderStatus');
    return html`${views.renderPrintHeading(l, l.t('backorderTitle'), [
      [l.t('printSearch'), this.q],
      [l.t('backorderStatusFilter'), this.statuses.map((status) => statuses[status]).join(', ')],
    ])}
    ${renderToolbar(this.localize, {
      q: this.q,
      status: this.status,
      statuses: this.statuses,
      onSearch: this.search,
      onStatus: (status) => {
        this.status = status;
        this.page = 1;
      },
      onExport: (format) => void import('./backorder-table.export.js').then((module) => module.exportList(this.flowHost, format, amountOf)),
      progress: this.exportProgress,
      canExport: Boolean(this.data.value?.total),
      chooser: renderColumnChooser(
        this,
        this.localize,
        model.backorderColumns.map((key) => ({ key, label: this.columnLabel(key) })),
        this.shownColumns,
      ),
    })}
    ${views.renderNotice(this.localize, this.notice, () => (this.notice = null))}
    ${this.data.render({
      loading: () => views.renderLoading(this.localize, 6),
      error: (error) => views.renderError(this.localize, error, () => void this.data.reload()),
      complete: (value, refreshing) => this.renderData(value, refreshing),
    })}
    ${renderStatusGlossary(this, this.localize, this.retentionMonths)} ${this.renderDialog()}`;
  }

  private renderData(value: Loaded, refreshing: boolean): TemplateResult {
    const shown = this.visibleRows(value);
    const total = value.mode === 'client' ? shown.total : value.total - (value.lines.length - shown.rows.length);
    const filtered = Boolean(this.q || this.status);
    const summary = this.available.value;
    return html`<div class="summary" part="summary">
        <span class="count" role="status">${this.localize.t('count', total)}</span>
        ${refreshing ? html`<span>${this.localize.t('refreshing')}</span>` : nothing}
        ${
          thresholdModule
            ? thresholdModule.renderThreshold(
                this.localize,
                summary?.processing ?? null,
                (this.availableSum ??= new thresholdModule.AvailableSum(amountOf)).of(
                  value.mode === 'client' ? value.lines : (summary?.lines ?? noLines),
                  this.hiddenIds,
                ),
                this.billingThreshold,
              )
            : nothing
        }
      </div>
      ${
        shown.total === 0
          ? views.renderEmpty(this.localize, {
              filtered,
              message: filtered ? undefined : this.localize.t('backorderEmpty'),
              onClear: this.clearFilters,
            })
          : this.renderGrid(shown, refreshing)
      }
      ${
        value.mode === 'server'
          ? views.renderPager(this.localize, {
              page: this.page,
              pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize),
              total: value.total,
              onPage: (page) => (this.page = page),
            })
          : nothing
      }`;
  }

  private renderGrid(shown: Shown, refreshing: boolean): TemplateResult {
    const { rows, total } = shown;
    const sort = this.sortSpec;
    const l = this.localize;
    const context: RowContext = {
      l,
      status: l.table('backorderStatus'),
      meaning: l.table('backorderStatusMeaning'),
      cancel: l.t('backorderCancel'),
      lang: l.code,
      rowHeight: this.grid.rowHeight,
      purgeWarningDays: this.purgeWarningDays,
      onActivate: this.activate,
      onCancel: this.askCancel,
    };
    return renderGrid({
      rows,
      total,
      refreshing,
      columns: this.shownColumns,
      label: (column) => this.columnLabel(column),
      sort,
      onSort: this.setSort,
      grid: this.grid,
      context,
    });
  }

  private renderDialog(): TemplateResult | typeof nothing {
    return cancelModule
      ? cancelModule.renderCancelDialog(this.localize, this.confirming, {
          onChoice: (confirmed) => cancelModule!.closeDialog(this.flowHost, confirmed),
          // A close event arrives a task later: not for a dialog opened again meanwhile.
          onClose: () => {
            if (!this.dialog?.open) this.confirming = null;
          },
        })
      : nothing;
  }
}
