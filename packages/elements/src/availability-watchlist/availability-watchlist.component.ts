import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  UnavailablePage,
  WatchAddResult,
  WatchItem,
  WatchPage,
  type UnavailableTitle,
  type WatchSortField,
  MAX_REFERENCE_LENGTH,
} from '@comptoir/contract/watchlist';
import type { SortParam } from '@comptoir/contract/common';
import { ComptoirElement } from '../runtime/base-element.js';
import { request } from '../runtime/api-client.js';
import { ListQuery } from '../runtime/list-query.js';
import { Resource } from '../runtime/resource.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import { tableStyles } from '../runtime/table-styles.js';
import {
  debounce,
  searchOf,
  renderEmpty,
  renderError,
  renderExportMenu,
  renderPrintHeading,
  renderLoading,
  renderNotice,
  renderSearch,
  type Notice,
  type ExportFormat,
} from '../runtime/views.js';
import { Localizer } from '../runtime/localize.js';
import type { WatchColumn, WatchlistTerms } from './availability-watchlist.l10n.js';
import './availability-watchlist.l10n.js';
import type { PasteReport } from './availability-watchlist.paste.js';
import type { FollowHost } from './availability-watchlist.follow.js';
import { watchlistStyles } from './availability-watchlist.styles.js';
import { placeholder, renderTable, type Row, type TableView } from './availability-watchlist.rows.js';
import { watchColumns } from './availability-watchlist.columns.js';
import { renderColumnChooser, restoreColumns, shownColumns } from '../runtime/columns.js';
import { fitTables } from '../runtime/table-views.js';
import { renderFinder, type FinderView } from './availability-watchlist.finder.js';

/**
 * Following titles, loaded as soon as the user starts looking for some (a catalog search, a paste), so that it is here
 * when they choose one: the placeholder rows then show in the same frame as the click.
 */
type FollowModule = typeof import('./availability-watchlist.follow.js');
let followModule: FollowModule | undefined;
const loadFollow = async (): Promise<FollowModule> => (followModule ??= await import('./availability-watchlist.follow.js'));

/** Reading a pasted list and its report, loaded on the first paste. */
type PasteModule = typeof import('./availability-watchlist.paste.js');
let pasteModule: PasteModule | undefined;
const loadPaste = async (): Promise<PasteModule> => (pasteModule ??= await import('./availability-watchlist.paste.js'));

export interface WatchlistAddDetail {
  items: WatchItem[];
}
export interface WatchlistRemoveDetail {
  items: WatchItem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'watchlist-add': CustomEvent<WatchlistAddDetail>;
    'watchlist-remove': CustomEvent<WatchlistRemoveDetail>;
  }
}

/** A line shown before the server confirmed it (follow in flight). */

const unfollowButton = (ean13: string) => `tr[data-ean="${CSS.escape(ean13)}"] button[part~="unfollow"]`;

/**
 * The titles a customer follows while they are out of stock ("alertes disponibilité"), and the fastest ways to add
 * more: search the unavailable catalog, or paste a whole list of EANs.
 *
 * @tag availability-watchlist
 * @summary Followed titles with availability and e-mail info; catalog search, bulk paste, inline reference edit, unfollow with Undo.
 *
 * @event {CustomEvent<WatchlistAddDetail>} watchlist-add - Titles were followed (confirmed by the server). `detail.items`.
 * @event {CustomEvent<WatchlistRemoveDetail>} watchlist-remove - Titles were unfollowed (confirmed by the server). `detail.items`.
 *
 * @csspart toolbar - Search, filter, export and bulk actions.
 * @csspart table - The list of followed titles.
 * @csspart row - A followed title.
 * @csspart finder - Catalog search and bulk paste.
 * @csspart paste-report - What a bulk paste did: followed, already followed, invalid codes.
 * @csspart follow - The Follow button of a catalog title.
 * @csspart unfollow - The Unfollow button of a followed title.
 * @csspart edit-reference - The button that edits your reference.
 * @csspart paste-submit - The button that follows a pasted list.
 * @csspart undo - The Undo button after an unfollow.
 */
export class AvailabilityWatchlist extends ComptoirElement {
  static override styles = [tokens, viewStyles, tableStyles, watchlistStyles];
  static override resourcePath = 'watchlist';

  /** Search text inside the list. */
  @property({ reflect: true }) q = '';
  /** `available`, `unavailable` or empty for all. Reflected. */
  @property({ reflect: true }) availability = '';
  /** Sort, as in the contract: `-subscribedAt`, `title`… Reflected. */
  @property({ reflect: true }) sort: SortParam<WatchSortField> = '-subscribedAt';
  /** URL of the unavailable catalog; by default `catalog/unavailable` beside the watchlist endpoint. */
  @property({ attribute: 'catalog-endpoint' }) catalogEndpoint?: string;
  /**
   * The list's columns to show, comma-separated keys in any order (exports keep all). Without it, the reader's choice
   * in the column chooser, remembered in the browser per element `id`; else every column.
   */
  @property() columns = '';

  override connectedCallback(): void {
    restoreColumns(this);
    super.connectedCallback();
  }

  /** The list as the user sees it: the server's, plus changes not yet confirmed. */
  @state() private rows: Row[] = [];
  @state() private selected = new Set<string>();
  @state() private notice: { tone: Notice['tone']; text: string; undo?: () => void } | null = null;
  @state() private editing: string | null = null;
  /**
   * The unavailable catalog's search, as typed in its field. A host sets it to search the catalog from elsewhere (a
   * portal's header search): the results show under the field.
   */
  @property({ attribute: 'catalog-q' }) catalogQ = '';
  @state() private school = false;
  @state() private pasteText = '';
  @state() private pasteReport: PasteReport | null = null;
  @state() private pasteBusy = false;

  protected override readonly localize = new Localizer<WatchlistTerms>(this);
  private snapshot?: WatchItem[];
  /** Server operations per EAN run one after the other, so the server sees them in the order the user made them. */
  private chains = new Map<string, Promise<unknown>>();
  private readonly searchList = searchOf(this, 250);
  private readonly searchCatalog = debounce(
    (value: string) => {
      this.catalogQ = value.trim();
    },
    300,
    this,
  );

  /** The whole list, loaded page after page (searched, filtered and sorted here). */
  private readonly query = new ListQuery(this, { schema: WatchPage, key: (item) => item.ean13, query: () => ({}) });

  private readonly data = new Resource(this, {
    args: () => [this.connection()] as const,
    // Every page of the list, through the module the other elements load for their exports (one chunk, no namespace shim).
    // The table's fit to the element's width loads with the rows (nothing to lay out before them).
    load: async ([connection], signal) => {
      const [{ fetchAll }] = await Promise.all([import('../runtime/list-all.js'), fitTables(this)]);
      return (await fetchAll(this.query, connection, {}, { signal })).items;
    },
    count: (items) => items.length,
  });

  private readonly catalogQuery = new ListQuery(this, {
    schema: UnavailablePage,
    key: (title) => title.ean13,
    query: () => ({ q: this.catalogQ, school: this.school ? 'true' : '', pageSize: 20 }),
    // By default `catalog/unavailable` beside the watchlist endpoint.
    url: (connection) =>
      this.catalogEndpoint
        ? new URL(this.catalogEndpoint, document.baseURI).href
        : new URL('catalog/unavailable', connection.endpoint().replace(/[^/]*\/?$/, '')).href,
  });

  private readonly catalog = new Resource(this, {
    args: () => [this.connection(), this.catalogQuery.params(), this.catalogEndpoint] as const,
    // The follow module renders the answers: it loads with them.
    load: async ([connection, params], signal) =>
      params.q ? (await Promise.all([this.catalogQuery.fetchPage(connection, params, signal), loadFollow()]))[0].items : null,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.data.value;
    if (value && value !== this.snapshot) {
      this.snapshot = value;
      this.rows = [...value];
    }
  }

  private chain<T>(ean13: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(ean13) ?? Promise.resolve();
    const next = previous.then(operation, operation);
    this.chains.set(
      ean13,
      next.catch(() => undefined),
    );
    return next;
  }

  // ——— Follow ———

  /** Optimistic: placeholder rows at once; the server's rows replace them; a failure takes them back out. */
  private readonly followHost: FollowHost = {
    l: this.localize,
    rows: () => this.rows,
    setRows: (rows) => (this.rows = rows),
    notify: (notice) => (this.notice = notice),
    send: (items) => request({ method: 'POST', url: this.endpointUrl(), body: { items }, schema: WatchAddResult, config: this.config() }),
    added: (items) => this.emit('watchlist-add', { items }),
    // After the removals still on their way, so that the server sees them in the user's order.
    restore: async (items) => {
      await Promise.all(items.map((item) => this.chains.get(item.ean13) ?? Promise.resolve()));
      const body = { items: items.map(({ ean13, yourReference, subscribedAt }) => ({ ean13, yourReference, subscribedAt })) };
      return request({ method: 'POST', url: this.endpointUrl(), body, schema: WatchAddResult, config: this.config() });
    },
    remove: (ean13) => this.chain(ean13, () => request({ method: 'DELETE', url: this.itemUrl(ean13), config: this.config() })),
    removed: (items) => this.emit('watchlist-remove', { items }),
    patch: (ean13, yourReference) =>
      this.chain(ean13, () =>
        request({ method: 'PATCH', url: this.itemUrl(ean13), body: { yourReference }, schema: WatchItem, config: this.config() }),
      ),
  };

  /** Optimistic: placeholder rows at once (in the frame of the click), then the server's answer. */
  private async follow(entries: { ean13: string; from?: UnavailableTitle }[]): Promise<boolean> {
    const fresh = entries.filter((entry) => !this.rows.some((row) => row.ean13 === entry.ean13));
    if (fresh.length === 0) return true;
    this.rows = [...fresh.map(({ ean13, from }) => placeholder(this.localize, ean13, from)), ...this.rows];
    this.notice = null;
    return (followModule ?? (await loadFollow())).follow(this.followHost, new Set(fresh.map((entry) => entry.ean13)));
  }

  private async followPasted(): Promise<void> {
    const report = (pasteModule ?? (await loadPaste())).parseEanList(this.pasteText, new Set(this.rows.map((row) => row.ean13)));
    this.pasteReport = report;
    if (report.valid.length === 0) return;
    this.pasteBusy = true;
    const ok = await this.follow(report.valid.map((ean13) => ({ ean13 })));
    this.pasteBusy = false;
    // The pasted text stays when anything failed, so nothing has to be typed again.
    if (ok && report.invalid.length === 0) this.pasteText = '';
    // The button was disabled while sending (and stays so once the text is cleared): focus, unless the user has moved
    // it meanwhile, goes back to the text.
    if (!(this.renderRoot as ShadowRoot).activeElement?.matches('input, textarea')) this.focusAfterUpdate('#paste');
  }

  // ——— Unfollow, with Undo ———

  /**
   * The removal goes to the server at once, so that a reload or a closed tab right after it loses nothing; Undo follows
   * the titles again, with their first day and your reference.
   */
  private unfollow(ean13s: string[]): void {
    const codes = new Set(ean13s);
    const items = this.rows.filter((row) => codes.has(row.ean13) && !row.pending);
    if (!items.length) return;
    // Focus goes to the title that takes the place of the (first) one removed, never to the page.
    const visible = this.visibleRows;
    const at = visible.findIndex((row) => codes.has(row.ean13));
    const next = [...visible.slice(at), ...visible.slice(0, at).reverse()].find((row) => !codes.has(row.ean13));
    this.rows = this.rows.filter((row) => !codes.has(row.ean13));
    this.focusAfterUpdate(next ? unfollowButton(next.ean13) : '#list-search');
    this.selected = new Set([...this.selected].filter((code) => !codes.has(code)));
    this.notice = { tone: 'info', text: this.localize.t('watchRemoved', items.length), undo: () => void this.undoRemoval(items) };
    void (async () => (followModule ?? (await loadFollow())).unfollow(this.followHost, items))();
  }

  private async undoRemoval(items: Row[]): Promise<void> {
    const back = items.filter((item) => !this.rows.some((row) => row.ean13 === item.ean13));
    this.rows = [...back, ...this.rows];
    this.notice = null;
    // The Undo button goes with its notice: focus goes to the title that came back.
    this.focusAfterUpdate(unfollowButton(items[0]!.ean13));
    if (back.length) await (followModule ?? (await loadFollow())).restore(this.followHost, back);
  }

  // ——— Edit your reference ———

  private async saveReference(row: Row, value: string): Promise<void> {
    this.editing = null;
    // Trimmed and cut here: the contract's limit stays out of the lazily loaded module (no chunk split for it).
    const next = value.trim().slice(0, MAX_REFERENCE_LENGTH);
    await (followModule ?? (await loadFollow())).saveReference(this.followHost, row, next);
  }

  // ——— View ———

  private get visibleRows(): Row[] {
    const words = this.q.toLowerCase().split(/\s+/).filter(Boolean);
    const field = this.sort.replace(/^-/, '') as WatchColumn;
    const sign = this.sort.startsWith('-') ? -1 : 1;
    // Empty values (no price, no date yet) come last in both directions.
    const keyOf = (row: Row): string | number | null =>
      field === 'price'
        ? (row.price?.amount ?? null)
        : field === 'available'
          ? Number(row.available)
          : String(row[field as keyof WatchItem] ?? '').toLowerCase() || null;
    return this.rows
      .filter((row) => (this.availability === 'available' ? row.available : this.availability === 'unavailable' ? !row.available : true))
      .filter((row) =>
        words.every((word) =>
          `${row.ean13} ${row.title} ${row.publisher} ${row.yourReference} ${row.author ?? ''}`.toLowerCase().includes(word),
        ),
      )
      .map((row, index) => ({ row, index, key: keyOf(row) }))
      .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key === null ? 1 : b.key === null ? -1 : (a.key < b.key ? -1 : 1) * sign))
      .map((entry) => entry.row);
  }

  private async export(format: ExportFormat): Promise<void> {
    try {
      // The export's columns and the exporters load on the first export.
      const { exportWatchlist } = await import('./availability-watchlist.export.js');
      await exportWatchlist(
        format,
        this.visibleRows.filter((row) => !row.pending),
        this.localize,
      );
    } catch {
      this.notice = { tone: 'danger', text: this.localize.t('exportFailed') };
    }
  }

  override render(): TemplateResult {
    const notice = this.notice;
    return html`${renderNotice(
      this.localize,
      notice && { ...notice, action: notice.undo && { label: this.localize.t('watchUndo'), part: 'undo', run: notice.undo } },
      () => (this.notice = null),
    )}
    ${renderFinder(this.finderView())}
    ${this.data.render({
      loading: () => renderLoading(this.localize, 4),
      error: (error) => renderError(this.localize, error, () => void this.data.reload()),
      complete: (_, refreshing) => this.renderList(refreshing),
    })}`;
  }

  private tableView(): TableView {
    return {
      l: this.localize,
      shown: shownColumns(this.columns, watchColumns),
      sort: this.sort,
      onSort: (sort) => (this.sort = sort),
      selected: this.selected,
      onSelect: (selected) => (this.selected = selected),
      onToggle: (ean13, checked) => {
        const selected = new Set(this.selected);
        if (checked) selected.add(ean13);
        else selected.delete(ean13);
        this.selected = selected;
      },
      editing: this.editing,
      onEdit: (ean13, focus) => {
        if (ean13) void loadFollow(); // here when the new reference is saved
        this.editing = ean13;
        this.focusAfterUpdate(focus);
      },
      onSave: (row, value, focus) => {
        void this.saveReference(row, value);
        if (focus) this.focusAfterUpdate(focus);
      },
      onUnfollow: (ean13s) => this.unfollow(ean13s),
    };
  }

  private finderView(): FinderView {
    return {
      l: this.localize,
      school: this.school,
      onScope: (school) => (this.school = school),
      catalogQ: this.catalogQ,
      onCatalogSearch: this.searchCatalog,
      catalog: this.catalog,
      results: (titles) =>
        followModule?.renderCatalogResults(
          this.localize,
          titles,
          new Set(this.rows.map((row) => row.ean13)),
          (title) => void this.follow([{ ean13: title.ean13, from: title }]),
        ),
      pasteText: this.pasteText,
      onPasteText: (text) => {
        this.pasteText = text;
        void loadFollow();
        void loadPaste();
      },
      pasteBusy: this.pasteBusy,
      onPaste: () => void this.followPasted(),
      report: this.pasteReport && pasteModule ? pasteModule.renderPasteReport(this.localize, this.pasteReport) : nothing,
    };
  }

  private renderList(refreshing: boolean): TemplateResult {
    const rows = this.visibleRows;
    const l = this.localize;
    const filter = { available: l.t('watchFilterAvailable'), unavailable: l.t('watchFilterUnavailable') }[this.availability];
    return html`${renderPrintHeading(l, l.t('watchListLabel'), [
        [l.t('printSearch'), this.q],
        [l.t('watchFilterLabel'), filter ?? ''],
      ])}
      <div class="toolbar" part="toolbar">
        ${renderSearch({ id: 'list-search', label: l.t('watchSearchLabel'), placeholder: l.t('searchPlaceholder'), value: this.q, onSearch: this.searchList })}
        <div class="field">
          <label for="availability">${l.t('watchFilterLabel')}</label>
          <select id="availability" @change=${(event: Event) => (this.availability = (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.availability}>${l.t('watchFilterAll')}</option>
            <option value="available" ?selected=${this.availability === 'available'}>${l.t('watchFilterAvailable')}</option>
            <option value="unavailable" ?selected=${this.availability === 'unavailable'}>${l.t('watchFilterUnavailable')}</option>
          </select>
        </div>
        <span class="count" role="status">${l.t('count', rows.length)}</span>
        ${refreshing ? html`<span role="status">${l.t('refreshing')}</span>` : nothing}
        <span class="spacer"></span>
        ${
          this.selected.size
            ? html`<button class="button" part="button" type="button" @click=${() => this.unfollow([...this.selected])}>
                ${l.t('watchUnfollowSelected', this.selected.size)}
              </button>`
            : nothing
        }
        ${renderColumnChooser(
          this,
          l,
          watchColumns.map((key) => ({ key, label: l.table('watchColumns')[key] })),
          shownColumns(this.columns, watchColumns),
        )}
        ${renderExportMenu(l, { onExport: (format) => void this.export(format), disabled: rows.length === 0 })}
      </div>
      ${
        this.rows.length === 0
          ? renderEmpty(l, { filtered: false, message: l.t('watchEmpty') })
          : rows.length === 0
            ? renderEmpty(l, {
                filtered: true,
                onClear: () => {
                  this.q = '';
                  this.availability = '';
                },
              })
            : renderTable(rows, this.tableView(), refreshing)
      }`;
  }
}
