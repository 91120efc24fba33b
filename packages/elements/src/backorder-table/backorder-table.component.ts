import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BackorderPage,
  backorderSortFields,
  backorderStatuses,
  type BackorderLine,
  type BackorderStatus,
} from '@comptoir/contract/backorders';
import { MAX_PAGE_SIZE, type Money } from '@comptoir/contract/common';
import { ComptoirElement, warnOnce } from '../runtime/base-element.js';
import { styleProps } from '../runtime/style-props.js';
import { request } from '../runtime/api-client.js';
import { ListQuery } from '../runtime/list-query.js';
import { ApiError } from '../runtime/errors.js';
import { Resource } from '../runtime/resource.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import { daysUntil, formatDay, formatMoney, formatNumber, formatRelativeDays } from '../runtime/format.js';
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
import { Localizer } from '../runtime/localize.js';
import type { BackorderColumn, BackorderTerms } from './backorder-table.l10n.js';
import './backorder-table.l10n.js';
import { backorderTableStyles } from './backorder-table.styles.js';
import { amountOf } from './backorder-table.amount.js';
import type { SortSpec } from './backorder-data.js';
import type { ClientRows, Shown } from './backorder-table.client.js';

/** Client mode (the engine, the rows it shows): loaded only when a list is sorted and searched here. */
type ClientModule = typeof import('./backorder-table.client.js');
const loadClient = (): Promise<ClientModule> => import('./backorder-table.client.js');

export interface BackorderSelectDetail {
  line: BackorderLine;
}
export interface BackorderCancelDetail {
  line: BackorderLine;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'backorder-select': CustomEvent<BackorderSelectDetail>;
    'backorder-cancel': CustomEvent<BackorderCancelDetail>;
  }
}

const statusTone: Record<BackorderStatus, Tone> = {
  available: 'success',
  'temporarily-out-of-stock': 'info',
  'reprint-under-study': 'warning',
  'reprint-in-progress': 'info',
  'out-of-print': 'danger',
};

type SortableColumn = Exclude<BackorderColumn, 'price' | 'amount' | 'actions'>;
const sortable: readonly SortableColumn[] = backorderSortFields;
const columns: readonly BackorderColumn[] = [...sortable.slice(0, 9), 'price', 'amount', 'purgeAt', 'actions'];
const endAligned = new Set<BackorderColumn>(['quantity', 'price', 'amount']);
/** Default widths; each can be set with `--comptoir-column-<column>-width`. */
const columnWidths: Record<BackorderColumn, string> = {
  status: 'calc(11.5 * var(--_rem))',
  notedAt: 'calc(6.5 * var(--_rem))',
  expectedAt: 'calc(6.5 * var(--_rem))',
  yourReference: 'calc(10 * var(--_rem))',
  distributorNumber: 'calc(8 * var(--_rem))',
  ean13: 'calc(8.5 * var(--_rem))',
  quantity: 'calc(3.5 * var(--_rem))',
  title: 'minmax(calc(14 * var(--_rem)), 2fr)',
  publisher: 'calc(10 * var(--_rem))',
  price: 'calc(6 * var(--_rem))',
  amount: 'calc(7 * var(--_rem))',
  purgeAt: 'calc(9.5 * var(--_rem))',
  actions: 'calc(6.5 * var(--_rem))',
};
const trackOf = (column: BackorderColumn) =>
  `var(--comptoir-column-${column.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-width, ${columnWidths[column]})`;

/** The cancel confirmation, loaded on the first Cancel. */
type CancelModule = typeof import('./backorder-table.cancel.js');
let cancelModule: CancelModule | undefined;
let cancelLoading: Promise<CancelModule> | undefined;
const loadCancel = () => (cancelLoading ??= import('./backorder-table.cancel.js').then((module) => (cancelModule = module)));

/** Rows rendered beyond each edge of the viewport while scrolling; the first paint renders only what shows. */
const OVERSCAN = 8;

interface RowLabels {
  status: BackorderTerms['backorderStatus'];
  meaning: BackorderTerms['backorderStatusMeaning'];
  cancel: string;
  lang: string;
}

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
 * @cssproperty --comptoir-column-title-width - Width of the Title column (`minmax(14rem, 2fr)`).
 * @cssproperty --comptoir-column-publisher-width - Width of the Publisher column (10rem).
 * @cssproperty --comptoir-column-price-width - Width of the Price column (6rem).
 * @cssproperty --comptoir-column-amount-width - Width of the Amount column (7rem).
 * @cssproperty --comptoir-column-purge-at-width - Width of the Purge column (9.5rem).
 * @cssproperty --comptoir-column-actions-width - Width of the actions column (6.5rem).
 */
export class BackorderTable extends ComptoirElement {
  static override styles = [tokens, viewStyles, backorderTableStyles];
  static override resourcePath = 'backorders';

  /** Search text (EAN, your reference, distributor number, title words). Reflected for deep links. */
  @property({ reflect: true }) q = '';
  /** Status codes to show, comma-separated (`available,reprint-in-progress`); empty for all. Reflected. */
  @property({ reflect: true }) status = '';
  /** Sort, as in the REST contract: `-notedAt`, `title`… Reflected. */
  @property({ reflect: true }) sort = '-notedAt';
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
  /** Name of the distributor, for the "Numéro Interforum" column. */
  @property() distributor = '';
  /**
   * The columns to show, comma-separated, among `status, notedAt, expectedAt, yourReference, distributorNumber, ean13,
   * quantity, title, publisher, price, amount, purgeAt, actions`; empty for all. They keep this order on screen (the
   * reading order of a screen reader is the visual one). Exports always hold every column.
   */
  @property() columns = '';

  @state() private hiddenIds = new Set<string>();
  @state() private notice: { tone: 'info' | 'danger'; text: string } | null = null;
  @state() private exportProgress: { done: number; total: number } | null = null;
  @state() private confirming: BackorderLine | null = null;
  @state() private firstRow = 0;
  @state() private viewportRows = 14;
  @state() private activeIndex = 0;
  @state() private painted = false;

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override readonly localize = new Localizer<BackorderTerms>(this);
  private readonly search = debounce((value: string) => {
    this.q = value.trim();
    this.page = 1;
  }, 300);
  private rowHeight = 40;
  private resizeObserver?: ResizeObserver;
  private scrollFrame = 0;
  private paintFrame = 0;
  /** Client mode's rows, once its module is here. */
  private clientRows?: ClientRows;
  private columnsMemo?: { attribute: string; shown: readonly BackorderColumn[] };
  private columnSheet?: CSSStyleSheet;
  private thresholdMemo?: { source: BackorderLine[]; hidden: Set<string>; sum: Money | null };

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
    load: async ([connection, items, clientSide, params], signal): Promise<Loaded> => {
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
    },
    count: (value) => (value.mode === 'client' ? this.visibleRows(value).total : value.total),
  });

  /** Available lines for the billing-threshold summary (server mode asks the server for them). */
  private readonly available = new Resource(this, {
    args: () => [this.connection(), this.isClientMode, this.billingThreshold, this.hiddenIds] as const,
    load: async ([connection, clientMode, threshold], signal) =>
      clientMode || threshold <= 0
        ? noLines
        : (await this.query.fetchPage(connection, { status: 'available', pageSize: MAX_PAGE_SIZE }, signal)).items,
  });

  /** The lines to show: in client mode filtered and sorted here, in both modes without optimistically removed ones. */
  private visibleRows(value: Loaded): Shown {
    if (value.mode === 'client') {
      this.clientRows ??= new value.client.ClientRows(() => this.requestUpdate());
      const query = { q: this.q, statuses: this.statuses, sort: this.sortSpec, hidden: this.hiddenIds };
      return this.clientRows.rows(value.lines, query, this.firstRow + this.viewportRows + 2 * OVERSCAN);
    }
    const rows = this.hiddenIds.size ? value.lines.filter((line) => !this.hiddenIds.has(line.id)) : value.lines;
    return { rows, total: rows.length };
  }

  /** The columns to show, from the `columns` attribute, in their fixed order; unknown names are ignored. */
  private get shownColumns(): readonly BackorderColumn[] {
    if (this.columnsMemo?.attribute === this.columns) return this.columnsMemo.shown;
    const asked = new Set(this.columns.split(/[\s,]+/).filter(Boolean));
    const unknown = [...asked].filter((name) => !(columns as readonly string[]).includes(name));
    if (unknown.length) warnOnce(`<backorder-table columns>: unknown column(s) ${unknown.join(', ')}; known: ${columns.join(', ')}.`);
    const chosen = columns.filter((column) => asked.has(column));
    const shown = chosen.length ? chosen : columns;
    this.columnsMemo = { attribute: this.columns, shown };
    return shown;
  }

  /** Row cells are rendered for every column (one template, fast); a stylesheet of this element hides the others. */
  private hideColumns(): void {
    const root = this.renderRoot as ShadowRoot;
    const hidden = columns.filter((column) => !this.shownColumns.includes(column));
    const rules = hidden.length ? `${hidden.map((column) => `.cell[data-column="${column}"]`).join(', ')} { display: none; }` : '';
    if (!this.columnSheet) {
      if (!rules) return;
      this.columnSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.columnSheet];
    }
    this.columnSheet.replaceSync(rules);
  }

  private get statuses(): BackorderStatus[] {
    return this.status
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is BackorderStatus => (backorderStatuses as readonly string[]).includes(s));
  }

  private get sortSpec(): SortSpec {
    const field = this.sort.replace(/^-/, '') as SortableColumn;
    return { field: sortable.includes(field) ? field : 'notedAt', direction: this.sort.startsWith('-') ? 'desc' : 'asc' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.paintFrame);
    this.paintFrame = 0;
    this.search.cancel();
    // Back in the page, the rows are computed again (and the full order built again if it was under way).
    this.clientRows?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns')) this.hideColumns();
    if ((changed.has('q') || changed.has('status') || changed.has('sort')) && this.isClientMode) {
      this.firstRow = 0;
      this.activeIndex = 0;
      if (this.scroller) this.scroller.scrollTop = 0;
    }
  }

  protected override updated(): void {
    // The dialog's styles join the element's once its module is here (constructable stylesheets: allowed by a strict CSP).
    const sheet = cancelModule?.cancelDialogStyles.styleSheet;
    const root = this.shadowRoot;
    if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (this.scroller && this.resizeObserver) this.resizeObserver.observe(this.scroller);
    if (this.scroller && !this.painted && !this.paintFrame) {
      // The frame after the one that paints the grid.
      this.paintFrame = requestAnimationFrame(() => (this.paintFrame = requestAnimationFrame(() => (this.painted = true))));
    }
    const value = this.data.value;
    if (value?.mode === 'client') this.clientRows?.warm(value.lines);
  }

  private measure(): void {
    if (!this.scroller) return;
    // Rows have the height of the --comptoir-row-height token, read from a probe (the header may wrap taller).
    const probe = this.scroller.querySelector<HTMLElement>('.row-probe');
    if (probe?.offsetHeight) this.rowHeight = probe.offsetHeight;
    this.viewportRows = Math.max(1, Math.ceil(this.scroller.clientHeight / this.rowHeight));
  }

  private onScroll = () => {
    // Past the first screen of a list whose order is still being built: build it now. (Going back to the top, as a new
    // sort does, needs nothing more.)
    const wanted = Math.floor((this.scroller?.scrollTop ?? 0) / this.rowHeight) + this.viewportRows + OVERSCAN;
    if (this.clientRows && wanted > this.clientRows.shownCount) this.clientRows.complete(true);
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      const first = Math.floor((this.scroller?.scrollTop ?? 0) / this.rowHeight);
      if (first !== this.firstRow) this.firstRow = first;
    });
  };

  private setSort(field: SortableColumn): void {
    const current = this.sortSpec;
    this.sort = current.field === field && current.direction === 'asc' ? `-${field}` : field;
    this.page = 1;
  }

  private clearFilters = () => {
    this.q = '';
    this.status = '';
    this.page = 1;
  };

  private select(line: BackorderLine): void {
    this.emit('backorder-select', { line });
  }

  private focusRow(index: number, shown: Shown): void {
    const target = Math.max(0, Math.min(shown.total - 1, index));
    this.activeIndex = target;
    if (target >= shown.rows.length) this.clientRows?.complete(true);
    const scroller = this.scroller;
    if (!scroller) return;
    const top = target * this.rowHeight;
    const headerHeight = this.rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + this.rowHeight > scroller.scrollTop + scroller.clientHeight - headerHeight) {
      scroller.scrollTop = top + 2 * this.rowHeight - scroller.clientHeight;
    }
    this.firstRow = Math.floor(scroller.scrollTop / this.rowHeight);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus({ preventScroll: true }),
    );
  }

  private onGridKeydown(event: KeyboardEvent, shown: Shown): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.body .row');
    if (!row || event.target !== row) return;
    const index = Number(row.dataset.index);
    const line = shown.rows[index];
    const page = Math.max(1, this.viewportRows - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: shown.total - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.focusRow(moves[event.key]!, shown);
    } else if ((event.key === 'Enter' || event.key === ' ') && line) {
      event.preventDefault();
      this.select(line);
    } else if (event.key === 'Delete' && line?.cancellable) {
      event.preventDefault();
      this.askCancel(line);
    }
  }

  private askCancel(line: BackorderLine): void {
    void loadCancel().then(async () => {
      this.confirming = line;
      await this.updateComplete;
      // The element may have left the page while the dialog's module loaded.
      if (this.dialog?.isConnected && !this.dialog.open) this.dialog.showModal();
    });
  }

  private closeDialog(confirmed: boolean): void {
    const line = this.confirming;
    this.dialog?.close();
    this.confirming = null;
    if (confirmed && line) void this.cancelLine(line);
  }

  /** Optimistic: the line disappears at once, and comes back with a message if the server refuses. */
  private async cancelLine(line: BackorderLine): Promise<void> {
    this.hiddenIds = new Set([...this.hiddenIds, line.id]);
    this.notice = null;
    try {
      await request({ method: 'DELETE', url: this.itemUrl(line.id), config: this.config() });
      this.notice = { tone: 'info', text: this.localize.t('backorderCancelled', line.title) };
      this.emit('backorder-cancel', { line });
      if (this.items) this.items = this.items.filter((item) => item.id !== line.id);
      else if (!this.isClientMode) void this.data.reload();
    } catch (error) {
      const hidden = new Set(this.hiddenIds);
      hidden.delete(line.id);
      this.hiddenIds = hidden;
      const reason = error instanceof ApiError ? (error.problem?.detail ?? errorMessage(this.localize, error)) : String(error);
      this.notice = { tone: 'danger', text: this.localize.t('backorderCancelFailed', line.title, reason) };
    }
  }

  private async export(format: ExportFormat): Promise<void> {
    const value = this.data.value;
    if (!value || this.exportProgress) return;
    this.notice = null;
    try {
      let rows: BackorderLine[];
      if (value.mode === 'client') {
        rows = value.client.filterAndSort(value.lines, { q: this.q, statuses: this.statuses, sort: this.sortSpec, hidden: this.hiddenIds });
      } else {
        this.exportProgress = { done: 0, total: value.total };
        const { q, status, sort } = this;
        const { fetchAll } = await import('../runtime/list-all.js');
        const all = await fetchAll(
          this.query,
          this.connection(),
          { q, status, sort },
          {
            onProgress: (done, total) => (this.exportProgress = { done, total }),
          },
        );
        rows = all.items.filter((line) => !this.hiddenIds.has(line.id));
      }
      // The export's columns and the exporters (papaparse or write-excel-file behind them) load on the first export.
      const { exportBackorders } = await import('./backorder-table.export.js');
      await exportBackorders(format, rows, {
        fileName: `${this.localize.t('backorderTitle').toLowerCase().replace(/\s+/g, '-')}-${new Date().toISOString().slice(0, 10)}`,
        label: (column) => this.columnLabel(column),
        statusLabels: this.localize.table('backorderStatus'),
      });
    } catch (error) {
      this.notice = {
        tone: 'danger',
        text: `${this.localize.t('exportFailed')} ${error instanceof ApiError ? errorMessage(this.localize, error) : ''}`,
      };
    } finally {
      this.exportProgress = null;
    }
  }

  private columnLabel(column: BackorderColumn): string {
    if (column === 'distributorNumber' && this.distributor) return this.localize.t('backorderDistributorNumber', this.distributor);
    return this.localize.table('backorderColumns')[column];
  }

  override render(): TemplateResult {
    return html`${this.renderToolbar()} ${renderNotice(this.localize, this.notice, () => (this.notice = null))}
    ${this.data.render({
      loading: () => renderLoading(this.localize, 6),
      error: (error) => renderError(this.localize, error, () => void this.data.reload()),
      complete: (value, refreshing) => this.renderData(value, refreshing),
    })}
    ${this.renderGlossary()} ${this.renderDialog()}`;
  }

  private renderToolbar(): TemplateResult {
    const statusLabels = this.localize.table('backorderStatus');
    const value = this.data.value;
    return html`<div class="toolbar" part="toolbar">
      ${renderSearch({
        id: 'search',
        label: this.localize.t('backorderSearchLabel'),
        placeholder: this.localize.t('backorderSearchPlaceholder'),
        value: this.q,
        onSearch: this.search,
      })}
      <div class="field">
        <label for="status">${this.localize.t('backorderStatusFilter')}</label>
        <select
          id="status"
          part="status-filter"
          @change=${(event: Event) => {
            this.status = (event.target as HTMLSelectElement).value;
            this.page = 1;
          }}
        >
          <option value="" ?selected=${!this.status}>${this.localize.t('backorderAllStatuses')}</option>
          ${backorderStatuses.map((code) => html`<option value=${code} ?selected=${this.status === code}>${statusLabels[code]}</option>`)}
          ${
            this.status && !backorderStatuses.includes(this.status as BackorderStatus)
              ? html`<option value=${this.status} selected>${this.statuses.map((s) => statusLabels[s]).join(', ')}</option>`
              : nothing
          }
        </select>
      </div>
      <span class="spacer"></span>
      ${renderExportMenu(this.localize, {
        onExport: (format) => void this.export(format),
        progress: this.exportProgress,
        disabled: !value || value.total === 0 || this.exportProgress !== null,
      })}
    </div>`;
  }

  private renderData(value: Loaded, refreshing: boolean): TemplateResult {
    const shown = this.visibleRows(value);
    const total = value.mode === 'client' ? shown.total : value.total - (value.lines.length - shown.rows.length);
    const filtered = Boolean(this.q || this.status);
    return html`<div class="summary" part="summary">
        <span class="count" role="status">${this.localize.t('count', total)}</span>
        ${refreshing ? html`<span>${this.localize.t('refreshing')}</span>` : nothing} ${this.renderThreshold(value)}
      </div>
      ${
        shown.total === 0
          ? renderEmpty(this.localize, {
              filtered,
              message: filtered ? undefined : this.localize.t('backorderEmpty'),
              onClear: this.clearFilters,
            })
          : this.renderGrid(shown, refreshing)
      }
      ${
        value.mode === 'server'
          ? renderPager(this.localize, {
              page: this.page,
              pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize),
              total: value.total,
              onPage: (page) => (this.page = page),
            })
          : nothing
      }`;
  }

  private renderThreshold(value: Loaded): TemplateResult | typeof nothing {
    if (this.billingThreshold <= 0) return nothing;
    const available = this.availableSum(value);
    if (!available) return nothing;
    const { amount: sum, currency } = available;
    const lang = this.localize.code;
    const threshold = { amount: this.billingThreshold, currency };
    return html`<span part="threshold">
      ${this.localize.t('backorderAvailableTotal', formatMoney({ amount: sum, currency }, lang), formatMoney(threshold, lang))}
      ${
        sum >= this.billingThreshold
          ? this.localize.t('backorderAboveThreshold')
          : this.localize.t('backorderBelowThreshold', formatMoney({ amount: this.billingThreshold - sum, currency }, lang))
      }
    </span>`;
  }

  /**
   * Total of the available lines whose price is known, in the currency of the first one; null when none has a price.
   * Client mode computes it once per list and removal, not on every scroll frame.
   */
  private availableSum(value: Loaded): Money | null {
    const source = value.mode === 'client' ? value.lines : (this.available.value ?? noLines);
    const memo = this.thresholdMemo;
    if (memo?.source === source && memo.hidden === this.hiddenIds) return memo.sum;
    let sum: Money | null = null;
    for (const line of source) {
      if (line.status !== 'available' || !line.price || this.hiddenIds.has(line.id)) continue;
      sum ??= { amount: 0, currency: line.price.currency };
      sum.amount += amountOf(line)!.amount;
    }
    this.thresholdMemo = { source, hidden: this.hiddenIds, sum };
    return sum;
  }

  private renderGrid(shown: Shown, refreshing: boolean): TemplateResult {
    const { rows, total } = shown;
    // Until the grid has been painted once, only the rows that show (and one more) are rendered; the overscan follows.
    const overscan = this.painted ? OVERSCAN : 1;
    const first = Math.max(0, Math.min(this.firstRow, total - 1) - overscan);
    const last = Math.min(total, this.firstRow + this.viewportRows + overscan);
    const active = Math.min(this.activeIndex, total - 1);
    const sort = this.sortSpec;
    // Looked up once per render, not once per cell.
    const labels: RowLabels = {
      status: this.localize.table('backorderStatus'),
      meaning: this.localize.table('backorderStatusMeaning'),
      cancel: this.localize.t('backorderCancel'),
      lang: this.localize.code,
    };
    const height = `calc(${Math.min(total + 1, 13)} * var(--_row-height) + 2px)`;
    return html`<div class="scroller" part="table" ${styleProps({ '--_height': height })} @scroll=${this.onScroll}>
      <div class="row-probe" aria-hidden="true"></div>
      <div
        class="grid ${refreshing ? 'refreshing' : ''}"
        ${styleProps({ '--_columns': this.shownColumns.map(trackOf).join(' ') })}
        role="grid"
        aria-label=${this.localize.t('backorderTableLabel')}
        aria-rowcount=${total + 1}
        aria-busy=${refreshing ? 'true' : 'false'}
        @keydown=${(event: KeyboardEvent) => this.onGridKeydown(event, shown)}
      >
        <div role="rowgroup" class="head-group">
          <div class="row head" role="row" part="header-row" aria-rowindex="1">
            ${this.shownColumns.map((column) => this.renderHeader(column, sort))}
          </div>
        </div>
        <div role="rowgroup" class="body" ${styleProps({ height: `${total * this.rowHeight}px` })}>
          ${rows.slice(first, last).map((line, offset) => (line ? this.renderRow(line, first + offset, first + offset === active, labels) : nothing))}
        </div>
      </div>
    </div>`;
  }

  private renderHeader(column: BackorderColumn, sort: SortSpec): TemplateResult {
    const label = this.columnLabel(column);
    const align = endAligned.has(column) ? 'end' : 'start';
    if (!(sortable as readonly string[]).includes(column)) {
      return html`<div class="cell" role="columnheader" data-align=${align}>${label}</div>`;
    }
    const direction = sort.field === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<div class="cell" role="columnheader" aria-sort=${direction} data-align=${align} data-column=${column}>
      <button class="sort" type="button" @click=${() => this.setSort(column as SortableColumn)}>
        ${label}<span class="arrow" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
      </button>
    </div>`;
  }

  private renderRow(line: BackorderLine, index: number, active: boolean, labels: RowLabels): TemplateResult {
    const lang = labels.lang;
    const days = daysUntil(line.purgeAt);
    const meaning = labels.meaning[line.status];
    // Rows take keys through the grid's delegated keydown handler (arrows, Enter, Space, Delete).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      class="row"
      role="row"
      part="row"
      tabindex=${active ? 0 : -1}
      aria-rowindex=${index + 2}
      data-index=${index}
      data-id=${line.id}
      ${styleProps({ transform: `translateY(${index * this.rowHeight}px)`, height: `${this.rowHeight}px` })}
      @click=${(event: MouseEvent) => {
        if ((event.target as HTMLElement).closest('button')) return;
        this.activeIndex = index;
        this.select(line);
      }}
    >
      <div class="cell" role="gridcell" part="cell" data-column="status">
        ${renderBadge(labels.status[line.status], statusTone[line.status], meaning)}
      </div>
      <div class="cell" role="gridcell" part="cell" data-column="notedAt">${formatDay(line.notedAt, lang)}</div>
      <div class="cell" role="gridcell" part="cell" data-column="expectedAt">${formatDay(line.expectedAt, lang)}</div>
      <div class="cell" role="gridcell" part="cell" data-column="yourReference" title=${line.yourReference}>${line.yourReference}</div>
      <div class="cell" role="gridcell" part="cell" data-column="distributorNumber">${line.distributorNumber}</div>
      <div class="cell" role="gridcell" part="cell" data-column="ean13">${line.ean13}</div>
      <div class="cell" role="gridcell" part="cell" data-column="quantity" data-align="end">${formatNumber(line.quantity, lang)}</div>
      <div class="cell" role="gridcell" part="cell" data-column="title" title=${line.title}>${line.title}</div>
      <div class="cell" role="gridcell" part="cell" data-column="publisher" title=${line.publisher}>${line.publisher}</div>
      <div class="cell" role="gridcell" part="cell" data-column="price" data-align="end">${formatMoney(line.price, lang)}</div>
      <div class="cell" role="gridcell" part="cell" data-column="amount" data-align="end">${formatMoney(amountOf(line), lang)}</div>
      <div class="cell purge" role="gridcell" part="cell" data-column="purgeAt">
        ${formatDay(line.purgeAt, lang)}
        <span class="days" ?data-past=${days < 0} ?data-soon=${days >= 0 && days <= this.purgeWarningDays}
          >${days < 0 ? this.localize.t('daysLeft', days) : formatRelativeDays(days, lang)}</span
        >
      </div>
      <div class="cell" role="gridcell" part="cell" data-column="actions">
        ${
          line.cancellable
            ? html`<button
                class="button cancel"
                part="button cancel"
                type="button"
                tabindex=${active ? 0 : -1}
                aria-label=${this.localize.t('backorderCancelLine', line.title)}
                @click=${() => this.askCancel(line)}
              >
                ${labels.cancel}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderGlossary(): TemplateResult {
    const labels = this.localize.table('backorderStatus');
    const meanings = this.localize.table('backorderStatusMeaning');
    return html`<details class="glossary" part="glossary">
      <summary>${this.localize.t('backorderGlossary')}</summary>
      <dl>
        ${backorderStatuses.map(
          (code) =>
            html`<dt>${renderBadge(labels[code], statusTone[code])}</dt>
              <dd>${meanings[code]}</dd>`,
        )}
      </dl>
      <p>${this.localize.t('backorderRetention', this.retentionMonths)}</p>
    </details>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    return cancelModule
      ? cancelModule.renderCancelDialog(this.localize, this.confirming, {
          onChoice: (confirmed) => this.closeDialog(confirmed),
          // A close event arrives a task later: not for a dialog opened again meanwhile.
          onClose: () => {
            if (!this.dialog?.open) this.confirming = null;
          },
        })
      : nothing;
  }
}
