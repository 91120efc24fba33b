import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import { OrderDossier, OrderPage, orderStepKeys, type OfferAction, type OrderSummary } from '@comptoir/contract/orders';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { listDetailStyles } from '../runtime/table-styles.js';
import { ListQuery, type QueryParams } from '../runtime/list-query.js';
import { ApiError } from '../runtime/errors.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { formatDay, formatMoney } from '../runtime/format.js';
import { renderPrintHeading, renderError, renderLoading, renderNotice, renderPager, type Notice } from '../runtime/views.js';
import { renderListTable, type ListColumn } from '../runtime/list-table.js';
import { renderColumnChooser, shownColumns } from '../runtime/columns.js';
import { renderOpenButton } from '../runtime/table-views.js';
import { offerOnlyColumns, orderColumns, orderOnlyColumns, orderPriorities, type OrderColumn } from './order-timeline.columns.js';
import { Localizer } from '../runtime/localize.js';
import type { OrderTerms } from './order-timeline.l10n.js';
import './order-timeline.l10n.js';
import { orderStyles } from './order-timeline.styles.js';
import type { DossierHost, OfferView } from './order-timeline.dossier.js';
import type { GuestHost } from './order-timeline.guest.js';
export type { SupportRequestDetail } from '../runtime/support-request.js';
import type { GuestAccess } from '@comptoir/contract/guest';
import type { Connection } from '../runtime/base-element.js';
import type { ComptoirConfig } from '../runtime/config.js';

export interface OrderOpenDetail {
  order: OrderSummary;
}

/** A guest's look-up found its dossier: the token that opens it, until when (a host may keep it for a reload). */
export interface GuestAccessDetail {
  access: GuestAccess;
}

/** An offer action the server accepted: the dossier as it now stands. */
export interface OfferDetail {
  order: OrderDossier;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-open': CustomEvent<OrderOpenDetail>;
    'guest-access': CustomEvent<GuestAccessDetail>;
    'offer-reserve': CustomEvent<OfferDetail>;
    'offer-order': CustomEvent<OfferDetail>;
    'offer-refresh': CustomEvent<OfferDetail>;
  }
}

/** The list's query; a guest's token opens one dossier, so a guest's list is never asked for (a silent abort). */
class DossierQuery extends ListQuery<OrderPage, QueryParams> {
  override fetchPage(connection: Connection, params: QueryParams, signal: AbortSignal): Promise<OrderPage> {
    return params.guest ? Promise.reject(new ApiError({ kind: 'aborted', url: '' })) : super.fetchPage(connection, params, signal);
  }
}

/** The open dossier's view and styles: loaded when a dossier opens (a link from an e-mail lands there), while it is fetched. */
type DossierModule = typeof import('./order-timeline.dossier.js');
let dossierModule: DossierModule | undefined;
let dossierLoading: Promise<DossierModule> | undefined;
const loadDossier = () => (dossierLoading ??= import('./order-timeline.dossier.js').then((module) => (dossierModule = module)));
/** A guest's look-up form: loaded for a guest's element. */
let guestModule: typeof import('./order-timeline.guest.js') | undefined;

/**
 * An order dossier ("dossier de commande"): where an order stands (quote, order, supply, shipment, invoice, receipt,
 * payment), its expected delivery and how it changed, its documents, details and delivery address, and its dated
 * history with who did what. Found by our reference, your reference or an instrument's serial number. Offers (dossiers
 * at the quote step) show their validity and amount, and can be reserved on stock, ordered or refreshed, each
 * confirmed first, shown at once and undone with the server's reason if it refuses.
 *
 * @tag order-timeline
 * @summary Order look-up and dossier: step bar, expected delivery, documents, details, address, lines, history.
 *
 * @event {CustomEvent<OrderOpenDetail>} order-open - A dossier was shown. `detail.order`.
 * @event {CustomEvent<SupportRequestDetail>} support-request - "Contact support about this order" in a dossier. `detail.prefill`: a new case's order, instrument and subject, for `<case-journal>`'s `startNewCase()`.
 * @event {CustomEvent<GuestAccessDetail>} guest-access - A guest's look-up found its dossier. `detail.access`: the token (send it back as `access-token`), the dossier's reference and the token's expiry.
 * @event {CustomEvent<OfferDetail>} offer-reserve - The server reserved an offer on stock. `detail.order`: the dossier now.
 * @event {CustomEvent<OfferDetail>} offer-order - The server turned an offer into an order. `detail.order`: the dossier now.
 * @event {CustomEvent<OfferDetail>} offer-refresh - The server refreshed an offer. `detail.order`: the dossier now.
 *
 * @csspart finder - The look-up form.
 * @csspart summary - The heading of the list.
 * @csspart table - The list of orders, the lines.
 * @csspart row - A dossier of the list.
 * @csspart dossier - The open dossier.
 * @csspart steps - The step bar.
 * @csspart step - A step; with `done`, `current`, `pending` or `skipped` beside it.
 * @csspart done - A done step.
 * @csspart current - The current step.
 * @csspart pending - A step to come.
 * @csspart skipped - A skipped step.
 * @csspart offer - The open dossier's offer: validity, amount, reservation and actions.
 * @csspart offer-action - An action of the offer (with `reserve`, `order` or `refresh` beside it).
 * @csspart dialog - The confirmation of an offer action.
 * @csspart step-filter - The list's filter by step.
 * @csspart guest-form - A guest's look-up: the dossier's identifier and the contact's e-mail.
 * @csspart support - The dossier's "Contact support" button.
 * @csspart documents - The documents.
 * @csspart history - The dated history.
 * @csspart back - The Back button of the dossier.
 */
export class OrderTimeline extends ComptoirItemElement {
  static override styles = [...listDetailStyles, orderStyles];
  static override resourcePath = 'orders';

  /** Reference of the open dossier (ours or yours); empty for the look-up. Reflected, for links from e-mails. */
  @property({ reflect: true }) order = '';
  /** The look-up text last submitted (our ref., your ref. or a serial number). Reflected. */
  @property({ reflect: true }) q = '';
  /** Orders per page (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** History order: `newest` (default) or `oldest`. */
  @property({ attribute: 'history-order' }) historyOrder: 'newest' | 'oldest' = 'newest';
  /** The list's filter by current step (`quote`: the offers; `order`, `supply`…); empty for all. Reflected. */
  @property({ reflect: true }) step = '';
  /**
   * A guest's token (from an e-mail's link, or a look-up): sent as `Authorization: Bearer`, it opens the dossier `order`
   * and nothing else; the element then shows that dossier alone (no list, no Back).
   */
  @property({ attribute: 'access-token' }) accessToken = '';
  /** For a customer without the account's sign-in: instead of the list, the look-up by identifier and contact e-mail. */
  @property({ type: Boolean, reflect: true }) guest = false;
  /** Where a guest's look-up goes (default: `guest-access` beside the endpoint, `/api/guest-access` for `/api/orders`). */
  @property({ attribute: 'access-endpoint' }) accessEndpoint = '';
  @state() private guestBusy = false;

  @state() private notice: Notice | null = null;
  /** The open dossier as an offer action left it: shown at once (`pending`), then as the server answered. */
  @state() private offerView: OfferView | null = null;
  /** The offer action waiting for the reader's confirmation. */
  @state() private confirming: OfferAction | null = null;

  protected override readonly localize = new Localizer<OrderTerms>(this);
  /** A look-up that finds one dossier opens it. */
  private openSingle = false;
  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#dossier-title',
    isOpen: () => this.order !== '',
    isShown: () => this.dossier.value?.id === this.order && dossierModule !== undefined,
  });

  private readonly query = new DossierQuery(this, {
    schema: OrderPage,
    key: (order) => order.ourRef,
    query: () => ({
      q: this.q,
      status: this.stepFilter(),
      sort: '-createdAt',
      page: this.page,
      pageSize: this.pageSize,
      guest: this.asGuest ? 1 : '',
    }),
  });

  private readonly list = this.pageResource(this.query);

  /** The open dossier, asked by our or your reference. */
  private readonly dossier = this.itemResource(() => this.order, OrderDossier);

  /** A guest's token rides on every request (the look-up's answer, the dossier, its documents, its offer's actions). */
  protected override config(): ComptoirConfig {
    const config = super.config();
    return this.accessToken ? { ...config, headers: { ...config.headers, Authorization: `Bearer ${this.accessToken}` } } : config;
  }
  private tokenConnection?: { token: string; base: Connection; connection: Connection };
  protected override connection(): Connection {
    const base = super.connection();
    if (!this.accessToken) return base;
    const last = this.tokenConnection;
    if (last?.token === this.accessToken && last.base === base) return last.connection;
    const connection = { ...base, config: this.config() };
    this.tokenConnection = { token: this.accessToken, base, connection };
    return connection;
  }

  /** A guest's element: its token's dossier alone, or the look-up. */
  private get asGuest(): boolean {
    return this.guest || this.accessToken !== '';
  }

  /** The step filter, when it is one the contract knows. */
  private stepFilter(): string {
    return (orderStepKeys as readonly string[]).includes(this.step) ? this.step : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) {
      this.notice = null;
      this.offerView = null;
      this.confirming = null;
    }
    if (this.order && !dossierModule) void loadDossier().then(() => this.requestUpdate());
    if (this.guest && !guestModule)
      void import('./order-timeline.guest.js').then((module) => ((guestModule = module), this.requestUpdate()));
  }

  protected override updated(): void {
    const list = this.list.value;
    if (this.openSingle && list && !this.list.pending) {
      this.openSingle = false;
      if (list.total === 1 && list.items[0]) this.open(list.items[0]);
    }
  }

  private open(order: OrderSummary): void {
    this.viewFocus.opened(order.ourRef);
    this.order = order.ourRef;
    this.emit('order-open', { order });
  }

  private submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = (new FormData(event.target as HTMLFormElement).get('q') as string | null)?.trim() ?? '';
    this.openSingle = value !== '';
    if (value === this.q && this.page === 1) void this.list.reload();
    this.q = value;
    this.page = 1;
  };

  override render(): TemplateResult {
    return html`${renderNotice(this.localize, this.notice, () => (this.notice = null))}
    ${
      this.asGuest
        ? this.order && this.accessToken
          ? this.renderDossierView()
          : this.renderGuestForm(false)
        : this.order
          ? this.renderDossierView()
          : this.renderLookup()
    }`;
  }

  private renderGuestForm(expired: boolean): unknown {
    return this.guest ? guestModule?.renderGuestForm(this as unknown as GuestHost, expired) : nothing;
  }

  private renderLookup(): TemplateResult {
    const l = this.localize;
    return html`${renderPrintHeading(l, l.t('orderListLabel'), [[l.t('printSearch'), this.q]])}
      <form part="finder" role="search" @submit=${this.submit}>
        <div class="field">
          <label for="q">${l.t('orderFindLabel')}</label>
          <input id="q" name="q" type="search" autocomplete="off" .value=${this.q} placeholder=${l.t('orderFindPlaceholder')} />
        </div>
        <button class="button" data-variant="primary" part="button" type="submit">${l.t('orderFind')}</button>
        <div class="field">
          <label for="step">${l.t('orderStepFilter')}</label>
          <select id="step" part="step-filter" @change=${this.chooseStep}>
            <option value="" ?selected=${!this.stepFilter()}>${l.t('orderAllSteps')}</option>
            ${orderStepKeys.map(
              (key) =>
                html`<option value=${key} ?selected=${this.stepFilter() === key}>
                  ${key === 'quote' ? l.t('orderOffers') : l.table('orderSteps')[key]}
                </option>`,
            )}
          </select>
        </div>
        <span class="spacer"></span>
        ${renderColumnChooser(this, l, this.listColumns(), this.shownKeys())}
      </form>
      ${this.list.render({
        loading: () => renderLoading(l, 4),
        error: (error) => renderError(l, error, () => void this.list.reload()),
        complete: (page, refreshing) => this.renderList(page, refreshing),
      })}`;
  }

  private chooseStep = (event: Event) => {
    this.step = (event.target as HTMLSelectElement).value;
    this.page = 1;
  };

  /** The list's columns: the offers' in a list of offers, the orders' in a list of orders, all in the whole list. */
  private listColumns(): ListColumn<OrderColumn>[] {
    const labels = this.localize.table('orderColumns');
    const step = this.stepFilter();
    const left = step === 'quote' ? orderOnlyColumns : step ? offerOnlyColumns : [];
    return orderColumns
      .filter((key) => !left.includes(key))
      .map((key) => ({
        key,
        label: labels[key],
        wrap: key === 'customer',
        priority: orderPriorities[key],
        primary: key === 'ourRef',
      }));
  }

  /** The columns shown: the reader's choice among the list's. */
  private shownKeys(): OrderColumn[] {
    return shownColumns(
      this.columns,
      this.listColumns().map((column) => column.key),
    );
  }

  private renderList(page: OrderPage, refreshing: boolean): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const shown = this.shownKeys();
    return html`${renderListTable({
      l,
      label: l.t('orderListLabel'),
      heading: html`<h2>
        ${this.q ? l.t('count', page.total) : this.stepFilter() === 'quote' ? l.t('orderOffers') : l.t('orderRecent')}
      </h2>`,
      total: page.total,
      refreshing,
      columns: this.listColumns().filter((column) => shown.includes(column.key)),
      items: page.items,
      id: (order) => order.ourRef,
      cells: (order) => ({
        ourRef: order.ourRef,
        yourRef: order.yourRef,
        customer: order.customer,
        createdAt: formatDay(order.createdAt, lang),
        currentStep: l.table('orderSteps')[order.currentStep],
        validUntil: formatDay(order.offer?.validUntil, lang),
        amount: formatMoney(order.offer?.amount, lang),
        offerState: order.offer
          ? order.offer.expired
            ? l.t('offerExpired')
            : order.offer.reservedUntil
              ? l.t('offerReservedUntil', formatDay(order.offer.reservedUntil, lang))
              : l.t('offerOpen')
          : '',
        expectedDeliveryAt: formatDay(order.expectedDeliveryAt, lang),
      }),
      open: {
        label: l.t('orderOpenShort'),
        button: (order) => renderOpenButton(order.ourRef, l.t('orderOpenShort'), l.t('orderOpen', order.ourRef), () => this.open(order)),
      },
      empty: this.q
        ? { filtered: true, message: l.t('orderNotFound', this.q), onClear: () => (this.q = '') }
        : this.stepFilter()
          ? {
              filtered: true,
              message: this.stepFilter() === 'quote' ? l.t('orderNoOffer') : l.t('orderNone'),
              onClear: () => (this.step = ''),
            }
          : { filtered: false, message: l.t('orderNone') },
    })}
    ${renderPager(l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`;
  }

  private renderDossierView(): TemplateResult {
    const l = this.localize;
    // A guest's dossier is the only one its token opens: no way back to a list.
    const back = this.asGuest
      ? html``
      : html`<button class="button" part="button back" type="button" @click=${() => (this.order = '')}>← ${l.t('orderBack')}</button>`;
    const head = html`<div class="head">
      ${back}
      <h2 id="dossier-title" tabindex="-1">${l.t('orderTitle')}</h2>
    </div>`;
    return html`<section part="dossier" aria-labelledby="dossier-title">
      ${this.dossier.render({
        loading: () => html`${head} ${renderLoading(l, 5)}`,
        error: (error) =>
          html`${head} ${renderError(l, error, () => void this.dossier.reload())}
          ${this.asGuest && error.status === 401 ? this.renderGuestForm(error.problem?.code === 'link-expired') : nothing}`,
        complete: (value) =>
          value?.id === this.order && dossierModule
            ? dossierModule.renderDossier(
                this as unknown as DossierHost,
                this.offerView?.ref === this.order ? this.offerView.dossier : value.item,
                back,
              )
            : html`${head} ${renderLoading(l, 5)}`,
      })}
    </section>`;
  }
}
