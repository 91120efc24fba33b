import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UnavailablePage, WatchAddResult, WatchItem, WatchPage, type UnavailableTitle } from '@comptoir/contract/watchlist';
import { ComptoirElement } from '../runtime/base-element.js';
import { request } from '../runtime/api-client.js';
import { ApiError } from '../runtime/errors.js';
import { ListQuery } from '../runtime/list-query.js';
import { fetchAll } from '../runtime/list-all.js';
import { Resource } from '../runtime/resource.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import { tableStyles } from '../runtime/table-styles.js';
import { formatDay, formatMoney, todayIso } from '../runtime/format.js';
import {
  debounce,
  errorMessage,
  renderBadge,
  renderEmpty,
  renderError,
  renderExportMenu,
  renderLoading,
  renderNotice,
  renderSearch,
  type ExportFormat,
} from '../runtime/views.js';
import { renderSortHeader } from '../runtime/table-views.js';
import { Localizer } from '../runtime/localize.js';
import type { WatchColumn, WatchlistTerms } from './availability-watchlist.l10n.js';
import './availability-watchlist.l10n.js';
import type { PasteReport } from './availability-watchlist.paste.js';
import { watchlistStyles } from './availability-watchlist.styles.js';

/** Reading a pasted list and its report, loaded on the first paste. */
type PasteModule = typeof import('./availability-watchlist.paste.js');
let pasteModule: PasteModule | undefined;

export interface WatchlistAddDetail {
  items: WatchItem[];
}
export interface WatchlistRemoveDetail {
  ean13s: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'watchlist-add': CustomEvent<WatchlistAddDetail>;
    'watchlist-remove': CustomEvent<WatchlistRemoveDetail>;
  }
}

/** A line shown before the server confirmed it (follow in flight). */
type Row = WatchItem & { pending?: boolean };

const UNDO_MS = 6000;
const sortable: readonly WatchColumn[] = ['ean13', 'subscribedAt', 'title', 'available', 'availableAt', 'publisher', 'price'];

const reasonOf = (l: Localizer<WatchlistTerms>, error: unknown) =>
  error instanceof ApiError ? (error.problem?.detail ?? errorMessage(l, error)) : String(error);

/**
 * The titles a customer follows while they are out of stock ("alertes disponibilité"), and the fastest ways to add
 * more: search the unavailable catalog, or paste a whole list of EANs.
 *
 * @tag availability-watchlist
 * @summary Followed titles with availability and e-mail info; catalog search, bulk paste, inline reference edit, unfollow with Undo.
 *
 * @event {CustomEvent<WatchlistAddDetail>} watchlist-add - Titles were followed (confirmed by the server). `detail.items`.
 * @event {CustomEvent<WatchlistRemoveDetail>} watchlist-remove - Titles were unfollowed (confirmed by the server). `detail.ean13s`.
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
  @property({ reflect: true }) sort = '-subscribedAt';
  /** URL of the unavailable catalog; by default `catalog/unavailable` beside the watchlist endpoint. */
  @property({ attribute: 'catalog-endpoint' }) catalogEndpoint?: string;

  /** The list as the user sees it: the server's, plus changes not yet confirmed. */
  @state() private rows: Row[] = [];
  @state() private selected = new Set<string>();
  @state() private notice: { tone: 'info' | 'danger'; text: string; undo?: () => void } | null = null;
  @state() private editing: string | null = null;
  @state() private catalogQ = '';
  @state() private school = false;
  @state() private pasteText = '';
  @state() private pasteReport: PasteReport | null = null;
  @state() private pasteBusy = false;

  protected override readonly localize = new Localizer<WatchlistTerms>(this);
  private snapshot?: WatchItem[];
  /** Server operations per EAN run one after the other, so the server sees them in the order the user made them. */
  private chains = new Map<string, Promise<unknown>>();
  private pendingRemoval: { items: Row[]; timer: ReturnType<typeof setTimeout> } | null = null;
  private readonly searchList = debounce((value: string) => (this.q = value.trim()), 250);
  private readonly searchCatalog = debounce((value: string) => (this.catalogQ = value.trim()), 300);

  /** The whole list, loaded page after page (searched, filtered and sorted here). */
  private readonly query = new ListQuery(this, { schema: WatchPage, key: (item) => item.ean13, query: () => ({}) });

  private readonly data = new Resource(this, {
    args: () => [this.connection()] as const,
    load: async ([connection], signal) => (await fetchAll(this.query, connection, {}, { signal })).items,
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
    load: async ([connection, params], signal) => (params.q ? (await this.catalogQuery.fetchPage(connection, params, signal)).items : null),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.data.value;
    if (value && value !== this.snapshot) {
      this.snapshot = value;
      this.rows = [...value];
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchList.cancel();
    this.searchCatalog.cancel();
    // Leaving the page confirms a removal still waiting for Undo.
    if (this.pendingRemoval) void this.commitRemoval();
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
  private async follow(entries: { ean13: string; from?: UnavailableTitle }[]): Promise<boolean> {
    const fresh = entries.filter((entry) => !this.rows.some((row) => row.ean13 === entry.ean13));
    if (fresh.length === 0) return true;
    const today = todayIso();
    const placeholders: Row[] = fresh.map(({ ean13, from }) => ({
      ean13,
      subscribedAt: today,
      title: from?.title ?? this.localize.t('watchPending'),
      author: from?.author ?? null,
      publisher: from?.publisher ?? '',
      price: from?.price ?? null,
      available: false,
      availableAt: from?.expectedAt ?? null,
      notifiedAt: null,
      yourReference: '',
      pending: true,
    }));
    this.rows = [...placeholders, ...this.rows];
    this.notice = null;
    const codes = new Set(fresh.map((entry) => entry.ean13));
    try {
      const result = await request({
        method: 'POST',
        url: this.endpointUrl(),
        body: { items: fresh.map(({ ean13 }) => ({ ean13 })) },
        schema: WatchAddResult,
        config: this.config(),
      });
      const added = new Map(result.added.map((item) => [item.ean13, item]));
      this.rows = this.rows.flatMap((row) =>
        row.pending && codes.has(row.ean13) ? (added.has(row.ean13) ? [added.get(row.ean13)!] : []) : [row],
      );
      const unknown = result.skipped.filter((skip) => skip.reason === 'unknown-title').map((skip) => skip.ean13);
      this.notice = {
        tone: unknown.length ? 'danger' : 'info',
        text: [
          result.added.length ? this.localize.t('watchAdded', result.added.length) : '',
          unknown.length ? this.localize.t('watchUnknown', unknown.join(', ')) : '',
        ]
          .filter(Boolean)
          .join(' '),
      };
      if (result.added.length) this.emit('watchlist-add', { items: result.added });
      return true;
    } catch (error) {
      this.rows = this.rows.filter((row) => !(row.pending && codes.has(row.ean13)));
      this.notice = { tone: 'danger', text: this.localize.t('watchAddFailed', reasonOf(this.localize, error)) };
      return false;
    }
  }

  private async followPasted(): Promise<void> {
    pasteModule ??= await import('./availability-watchlist.paste.js');
    const report = pasteModule.parseEanList(this.pasteText, new Set(this.rows.map((row) => row.ean13)));
    this.pasteReport = report;
    if (report.valid.length === 0) return;
    this.pasteBusy = true;
    const ok = await this.follow(report.valid.map((ean13) => ({ ean13 })));
    this.pasteBusy = false;
    // The pasted text stays when anything failed, so nothing has to be typed again.
    if (ok && report.invalid.length === 0) this.pasteText = '';
  }

  // ——— Unfollow, with Undo ———

  private unfollow(ean13s: string[]): void {
    if (this.pendingRemoval) void this.commitRemoval();
    const codes = new Set(ean13s);
    const items = this.rows.filter((row) => codes.has(row.ean13) && !row.pending);
    if (!items.length) return;
    this.rows = this.rows.filter((row) => !codes.has(row.ean13));
    this.selected = new Set([...this.selected].filter((code) => !codes.has(code)));
    const timer = setTimeout(() => void this.commitRemoval(), UNDO_MS);
    this.pendingRemoval = { items, timer };
    this.notice = { tone: 'info', text: this.localize.t('watchRemoved', items.length), undo: () => this.undoRemoval() };
  }

  private undoRemoval(): void {
    const pending = this.pendingRemoval;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pendingRemoval = null;
    this.rows = [...pending.items.filter((item) => !this.rows.some((row) => row.ean13 === item.ean13)), ...this.rows];
    this.notice = null;
  }

  private async commitRemoval(): Promise<void> {
    const pending = this.pendingRemoval;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pendingRemoval = null;
    if (this.notice?.undo) this.notice = null;
    const results = await Promise.allSettled(
      pending.items.map((item) =>
        this.chain(item.ean13, () => request({ method: 'DELETE', url: this.itemUrl(item.ean13), config: this.config() })),
      ),
    );
    const failed = pending.items.filter((_, i) => results[i]!.status === 'rejected');
    const removed = pending.items.filter((_, i) => results[i]!.status === 'fulfilled').map((item) => item.ean13);
    if (removed.length) this.emit('watchlist-remove', { ean13s: removed });
    if (failed.length) {
      this.rows = [...failed.filter((item) => !this.rows.some((row) => row.ean13 === item.ean13)), ...this.rows];
      const reason = reasonOf(this.localize, (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
      this.notice = { tone: 'danger', text: this.localize.t('watchRemoveFailed', failed.length, reason) };
    }
  }

  // ——— Edit your reference ———

  private async saveReference(row: Row, value: string): Promise<void> {
    this.editing = null;
    const next = value.trim().slice(0, 60);
    if (next === row.yourReference) return;
    const previous = row.yourReference;
    const set = (reference: string) => (this.rows = this.rows.map((r) => (r.ean13 === row.ean13 ? { ...r, yourReference: reference } : r)));
    set(next);
    try {
      await this.chain(row.ean13, () =>
        request({ method: 'PATCH', url: this.itemUrl(row.ean13), body: { yourReference: next }, schema: WatchItem, config: this.config() }),
      );
    } catch (error) {
      // Only this change is undone, and only if nothing newer replaced it.
      if (this.rows.find((r) => r.ean13 === row.ean13)?.yourReference === next) set(previous);
      this.notice = { tone: 'danger', text: this.localize.t('watchEditFailed', row.title, reasonOf(this.localize, error)) };
    }
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
        {
          title: this.localize.t('watchExportFile'),
          labels: this.localize.table('watchColumns'),
          availability: [this.localize.t('watchUnavailable'), this.localize.t('watchAvailable')],
        },
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
    ${this.renderFinder()}
    ${this.data.render({
      loading: () => renderLoading(this.localize, 4),
      error: (error) => renderError(this.localize, error, () => void this.data.reload()),
      complete: () => this.renderList(),
    })}`;
  }

  private renderList(): TemplateResult {
    const rows = this.visibleRows;
    const l = this.localize;
    return html`<div class="toolbar" part="toolbar">
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
        <span class="spacer"></span>
        ${
          this.selected.size
            ? html`<button class="button" part="button" type="button" @click=${() => this.unfollow([...this.selected])}>
                ${l.t('watchUnfollowSelected', this.selected.size)}
              </button>`
            : nothing
        }
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
            : this.renderTable(rows)
      }`;
  }

  private renderTable(rows: Row[]): TemplateResult {
    const l = this.localize;
    const columns = l.table('watchColumns');
    const allSelected = rows.every((row) => this.selected.has(row.ean13));
    const header = (column: WatchColumn) =>
      sortable.includes(column)
        ? renderSortHeader({ column, label: columns[column], sort: this.sort, onSort: (sort) => (this.sort = sort) })
        : html`<th scope="col">${columns[column]}</th>`;
    return html`<div class="table-wrap" part="table">
      <table aria-label=${l.t('watchListLabel')}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label=${l.t('watchSelectAll')}
                .checked=${allSelected}
                @change=${(event: Event) =>
                  (this.selected = (event.target as HTMLInputElement).checked
                    ? new Set(rows.filter((r) => !r.pending).map((r) => r.ean13))
                    : new Set())}
              />
            </th>
            ${(['ean13', 'subscribedAt', 'title', 'available', 'availableAt', 'notifiedAt', 'publisher', 'price', 'yourReference'] as const).map(header)}
            <th scope="col"><span class="visually-hidden">${l.t('watchUnfollow')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.renderRow(row))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(row: Row): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const toggle = (event: Event) => {
      const selected = new Set(this.selected);
      if ((event.target as HTMLInputElement).checked) selected.add(row.ean13);
      else selected.delete(row.ean13);
      this.selected = selected;
    };
    return html`<tr part="row" data-ean=${row.ean13} ?data-pending=${row.pending} aria-busy=${row.pending ? 'true' : 'false'}>
      <td>
        <input
          type="checkbox"
          aria-label=${l.t('watchSelect', row.title)}
          .checked=${this.selected.has(row.ean13)}
          ?disabled=${row.pending}
          @change=${toggle}
        />
      </td>
      <td>${row.ean13}</td>
      <td>${formatDay(row.subscribedAt, lang)}</td>
      <td class="title">${row.title}${row.author ? html`<div class="muted">${row.author}</div>` : nothing}</td>
      <td>${row.available ? renderBadge(l.t('watchAvailable'), 'success') : renderBadge(l.t('watchUnavailable'), 'warning')}</td>
      <td>
        ${
          row.availableAt
            ? row.available
              ? l.t('watchAvailableOn', formatDay(row.availableAt, lang))
              : l.t('watchExpectedOn', formatDay(row.availableAt, lang))
            : nothing
        }
      </td>
      <td>${row.notifiedAt ? l.t('watchMailSent', formatDay(row.notifiedAt, lang)) : nothing}</td>
      <td>${row.publisher}</td>
      <td data-align="end">${formatMoney(row.price, lang)}</td>
      <td class="ref">${this.renderReference(row)}</td>
      <td>
        <button class="button" part="button unfollow" type="button" ?disabled=${row.pending} @click=${() => this.unfollow([row.ean13])}>
          ${l.t('watchUnfollow')}<span class="visually-hidden"> — ${l.t('watchUnfollowTitle', row.title)}</span>
        </button>
      </td>
    </tr>`;
  }

  private renderReference(row: Row): TemplateResult {
    const l = this.localize;
    if (this.editing !== row.ean13) {
      // The visible text (the reference, or "Add") starts the accessible name; the rest says what the button does.
      return html`<button
        class="button"
        part="button edit-reference"
        type="button"
        data-edit=${row.ean13}
        ?disabled=${row.pending}
        @click=${() => {
          this.editing = row.ean13;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.ref input')?.focus());
        }}
      >
        ${row.yourReference || html`<span class="muted">${l.t('watchAddReference')}</span>`}<span class="visually-hidden">
          — ${l.t('watchEditReference', row.title)}</span
        >
      </button>`;
    }
    return html`<input
      type="text"
      maxlength="60"
      aria-label=${l.t('watchEditReference', row.title)}
      .value=${row.yourReference}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== 'Escape') return;
        if (event.key === 'Enter') void this.saveReference(row, (event.target as HTMLInputElement).value);
        else this.editing = null;
        // The field gives way to its button again: focus goes there, not to the page.
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>(`button[data-edit="${CSS.escape(row.ean13)}"]`)?.focus(),
        );
      }}
      @blur=${(event: FocusEvent) => this.editing === row.ean13 && void this.saveReference(row, (event.target as HTMLInputElement).value)}
    />`;
  }

  private renderFinder(): TemplateResult {
    const l = this.localize;
    const followed = new Set(this.rows.map((row) => row.ean13));
    const report = this.pasteReport;
    return html`<div class="finder" part="finder">
      <section aria-labelledby="find-title">
        <h3 id="find-title">${l.t('watchFindTitle')}</h3>
        <fieldset>
          <legend class="visually-hidden">${l.t('watchFindTitle')}</legend>
          <label
            ><input type="radio" name="scope" .checked=${!this.school} @change=${() => (this.school = false)} />
            ${l.t('watchCatalogGeneral')}</label
          >
          <label
            ><input type="radio" name="scope" .checked=${this.school} @change=${() => (this.school = true)} />
            ${l.t('watchCatalogSchool')}</label
          >
        </fieldset>
        ${renderSearch({ id: 'catalog-search', label: l.t('watchCatalogLabel'), placeholder: l.t('watchCatalogPlaceholder'), value: this.catalogQ, onSearch: this.searchCatalog })}
        ${
          this.catalogQ
            ? this.catalog.render({
                loading: () => html`<p role="status">${l.t('loading')}</p>`,
                error: (error) => renderError(l, error, () => void this.catalog.reload()),
                complete: (titles) =>
                  titles && titles.length
                    ? html`<ul class="results" aria-label=${l.t('watchFindTitle')}>
                        ${titles.map(
                          (title) =>
                            html`<li>
                              <span class="what"
                                >${title.title}
                                <span class="muted"
                                  >· ${title.author ?? ''} · ${title.publisher} · ${title.ean13}
                                  ${title.expectedAt ? `· ${l.t('watchExpectedOn', formatDay(title.expectedAt, l.code))}` : ''}</span
                                ></span
                              >
                              <span>${formatMoney(title.price, l.code)}</span>
                              ${
                                followed.has(title.ean13)
                                  ? html`<span class="muted">${l.t('watchFollowed')}</span>`
                                  : html`<button
                                      class="button"
                                      part="button follow"
                                      type="button"
                                      aria-label=${l.t('watchFollowTitle', title.title)}
                                      @click=${() => void this.follow([{ ean13: title.ean13, from: title }])}
                                    >
                                      ${l.t('watchFollow')}
                                    </button>`
                              }
                            </li>`,
                        )}
                      </ul>`
                    : html`<p role="status">${l.t('watchNoResult')}</p>`,
              })
            : nothing
        }
      </section>
      <section aria-labelledby="paste-title">
        <h3 id="paste-title">${l.t('watchPasteTitle')}</h3>
        <div class="field">
          <label for="paste">${l.t('watchPasteLabel')}</label>
          <textarea
            id="paste"
            aria-describedby="paste-hint"
            .value=${this.pasteText}
            @input=${(event: InputEvent) => (this.pasteText = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <small id="paste-hint" class="muted">${l.t('watchPasteHint')}</small>
        </div>
        <p>
          <button
            class="button"
            data-variant="primary"
            part="button paste-submit"
            type="button"
            ?disabled=${this.pasteBusy || !this.pasteText.trim()}
            @click=${() => void this.followPasted()}
          >
            ${l.t('watchPasteSubmit')}
          </button>
        </p>
        ${report && pasteModule ? pasteModule.renderPasteReport(l, report) : nothing}
      </section>
    </div>`;
  }
}
