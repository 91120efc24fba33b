import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import { OrderDossier, OrderPage, type OrderSummary } from '@comptoir/contract/orders';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { listDetailStyles } from '../runtime/table-styles.js';
import { ListQuery } from '../runtime/list-query.js';
import { ApiError } from '../runtime/errors.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { saveBlob } from '../runtime/save.js';
import { formatDay, formatMoney, formatNumber } from '../runtime/format.js';
import { safeUrl } from '../runtime/url-guard.js';
import { errorMessage, renderError, renderLoading, renderNotice, renderPager } from '../runtime/views.js';
import { renderListTable } from '../runtime/list-table.js';
import { renderOpenButton } from '../runtime/table-views.js';
import { orderColumns } from './order-timeline.columns.js';
import { Localizer } from '../runtime/localize.js';
import type { OrderTerms } from './order-timeline.l10n.js';
import './order-timeline.l10n.js';
import { orderStyles } from './order-timeline.styles.js';

export interface OrderOpenDetail {
  order: OrderSummary;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-open': CustomEvent<OrderOpenDetail>;
  }
}

type Document = OrderDossier['documents'][number];
const stepMark = { done: '✓', current: '●', pending: '○', skipped: '–' } as const;

/**
 * An order dossier ("dossier de commande"): where an order stands (quote, order, supply, shipment, invoice, receipt,
 * payment), its expected delivery and how it changed, its documents, details and delivery address, and its dated
 * history with who did what. Found by our reference, your reference or an instrument's serial number.
 *
 * @tag order-timeline
 * @summary Order look-up and dossier: step bar, expected delivery, documents, details, address, lines, history.
 *
 * @event {CustomEvent<OrderOpenDetail>} order-open - A dossier was shown. `detail.order`.
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

  @state() private notice: string | null = null;

  protected override readonly localize = new Localizer<OrderTerms>(this);
  /** A look-up that finds one dossier opens it. */
  private openSingle = false;
  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#dossier-title',
    isOpen: () => this.order !== '',
    isShown: () => this.dossier.value?.id === this.order,
  });

  private readonly query = new ListQuery(this, {
    schema: OrderPage,
    key: (order) => order.ourRef,
    query: () => ({ q: this.q, sort: '-createdAt', page: this.page, pageSize: this.pageSize }),
  });

  private readonly list = this.pageResource(this.query);

  /** The open dossier, asked by our or your reference. */
  private readonly dossier = this.itemResource(() => this.order, OrderDossier);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) this.notice = null;
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

  /** Same-origin documents are fetched with the element's credentials; others open as plain links (no token leaves). */
  private async download(event: MouseEvent, document: Document, href: string): Promise<void> {
    if (new URL(href).origin !== new URL(this.endpointUrl()).origin) return;
    event.preventDefault();
    this.notice = null;
    try {
      const { blob, fileName } = await (await import('../runtime/download.js')).fetchBlob(href, this.config());
      saveBlob(blob, fileName ?? `${this.order}-${document.kind}`);
    } catch (error) {
      const reason = error instanceof ApiError ? errorMessage(this.localize, error) : String(error);
      this.notice = this.localize.t('orderDocumentFailed', document.label, reason);
    }
  }

  override render(): TemplateResult {
    return html`${renderNotice(this.localize, this.notice ? { tone: 'danger', text: this.notice } : null, () => (this.notice = null))}
    ${this.order ? this.renderDossierView() : this.renderLookup()}`;
  }

  private renderLookup(): TemplateResult {
    const l = this.localize;
    return html`<form part="finder" role="search" @submit=${this.submit}>
        <div class="field">
          <label for="q">${l.t('orderFindLabel')}</label>
          <input id="q" name="q" type="search" autocomplete="off" .value=${this.q} placeholder=${l.t('orderFindPlaceholder')} />
        </div>
        <button class="button" data-variant="primary" part="button" type="submit">${l.t('orderFind')}</button>
      </form>
      ${this.list.render({
        loading: () => renderLoading(l, 4),
        error: (error) => renderError(l, error, () => void this.list.reload()),
        complete: (page, refreshing) => this.renderList(page, refreshing),
      })}`;
  }

  private renderList(page: OrderPage, refreshing: boolean): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const columns = l.table('orderColumns');
    return html`${renderListTable({
      l,
      label: l.t('orderListLabel'),
      heading: html`<h2>${this.q ? l.t('count', page.total) : l.t('orderRecent')}</h2>`,
      total: page.total,
      refreshing,
      columns: orderColumns.map((key) => ({ key, label: columns[key], wrap: key === 'customer' })),
      items: page.items,
      id: (order) => order.ourRef,
      cells: (order) => [
        order.ourRef,
        order.yourRef,
        order.customer,
        formatDay(order.createdAt, lang),
        l.table('orderSteps')[order.currentStep],
        formatDay(order.expectedDeliveryAt, lang),
      ],
      open: {
        label: l.t('orderOpenShort'),
        button: (order) => renderOpenButton(order.ourRef, l.t('orderOpenShort'), l.t('orderOpen', order.ourRef), () => this.open(order)),
      },
      empty: this.q
        ? { filtered: true, message: l.t('orderNotFound', this.q), onClear: () => (this.q = '') }
        : { filtered: false, message: l.t('orderNone') },
    })}
    ${renderPager(l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`;
  }

  private renderDossierView(): TemplateResult {
    const l = this.localize;
    const back = html`<button class="button" part="button back" type="button" @click=${() => (this.order = '')}>
      ← ${l.t('orderBack')}
    </button>`;
    const head = html`<div class="head">
      ${back}
      <h2 id="dossier-title" tabindex="-1">${l.t('orderTitle')}</h2>
    </div>`;
    return html`<section part="dossier" aria-labelledby="dossier-title">
      ${this.dossier.render({
        loading: () => html`${head} ${renderLoading(l, 5)}`,
        error: (error) => html`${head} ${renderError(l, error, () => void this.dossier.reload())}`,
        complete: (value) => (value?.id === this.order ? this.renderDossier(value.item, back) : html`${head} ${renderLoading(l, 5)}`),
      })}
    </section>`;
  }

  private renderDossier(dossier: OrderDossier, back: TemplateResult): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const steps = l.table('orderSteps');
    const states = l.table('orderStepState');
    const history = this.historyOrder === 'oldest' ? [...dossier.history].reverse() : dossier.history;
    const address = dossier.deliveryAddress;
    const lineColumns = l.table('orderLineColumns');
    return html`<div class="head">
        ${back}
        <h2 id="dossier-title" tabindex="-1">${l.t('orderTitle')}</h2>
        <span class="refs">${l.t('orderRefs', dossier.ourRef, dossier.yourRef)}</span>
      </div>

      <h3 id="progress-title">${l.t('orderProgressLabel')}</h3>
      <ol class="steps" part="steps" aria-labelledby="progress-title">
        ${dossier.steps.map(
          (step) =>
            html`<li part="step ${step.state}" data-state=${step.state} aria-current=${step.state === 'current' ? 'step' : 'false'}>
              <span class="mark" aria-hidden="true">${stepMark[step.state]}</span>
              <span>${steps[step.key]}<span class="visually-hidden">${l.t('orderStepStateSuffix', states[step.state])}</span></span>
              ${step.at ? html`<span class="date">${formatDay(step.at, lang)}</span>` : nothing}
            </li>`,
        )}
      </ol>

      <div class="columns">
        <section aria-labelledby="expected-title">
          <h3 id="expected-title">${l.t('orderExpected')}</h3>
          <p class="expected">${dossier.expectedDeliveryAt ? formatDay(dossier.expectedDeliveryAt, lang) : l.t('orderExpectedUnknown')}</p>
          ${
            dossier.expectedDeliveryChanges.length
              ? html`<h4>${l.t('orderExpectedChanges')}</h4>
                  <ul class="plain">
                    ${dossier.expectedDeliveryChanges.map(
                      (change) =>
                        html`<li>
                          ${l.t('orderAnnounced', formatDay(change.announcedAt, lang), formatDay(change.expectedAt, lang))}
                          ${change.note ? html`<span class="muted">(${change.note})</span>` : nothing}
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
        </section>
        <section aria-labelledby="documents-title" part="documents">
          <h3 id="documents-title">${l.t('orderDocuments')}</h3>
          <ul class="plain">
            ${dossier.documents.map((document) => this.renderDocument(document))}
          </ul>
        </section>
      </div>

      <div class="columns">
        <section aria-labelledby="details-title">
          <h3 id="details-title">${l.t('orderDetails')}</h3>
          <p>${dossier.firmOrder ? l.t('orderFirm') : l.t('orderNotFirm')}</p>
          <dl class="details">
            <dt>${l.t('orderYourRef')}</dt>
            <dd>${dossier.yourRef}</dd>
            <dt>${l.t('orderOurRef')}</dt>
            <dd>${dossier.ourRef}</dd>
            <dt>${l.t('orderSupplierNumber')}</dt>
            <dd>${dossier.supplierNumber}</dd>
            <dt>${l.t('orderCustomer')}</dt>
            <dd>${dossier.customer}</dd>
            <dt>${l.t('orderContact')}</dt>
            <dd>${dossier.contact}</dd>
            ${
              dossier.serialNumbers.length
                ? html`<dt>${l.t('orderSerials')}</dt>
                    <dd>${dossier.serialNumbers.join(', ')}</dd>`
                : nothing
            }
          </dl>
        </section>
        <section aria-labelledby="address-title">
          <h3 id="address-title">${l.t('orderAddress')}</h3>
          <address>
            ${[address.name, ...address.lines, [address.postalCode, address.city].filter(Boolean).join(' '), address.country]
              .filter(Boolean)
              .map((line) => html`<div>${line}</div>`)}
          </address>
        </section>
      </div>

      ${
        dossier.lines.length
          ? html`<h3>${l.t('orderLines')}</h3>
              <div class="table-wrap" part="table">
                <table aria-label=${l.t('orderLines')}>
                  <thead>
                    <tr>
                      <th scope="col">${lineColumns.sku}</th>
                      <th scope="col">${lineColumns.label}</th>
                      <th scope="col" data-align="end">${lineColumns.quantity}</th>
                      <th scope="col" data-align="end">${lineColumns.unitPrice}</th>
                      <th scope="col" data-align="end">${lineColumns.amount}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${dossier.lines.map(
                      (line) =>
                        html`<tr>
                          <td>${line.sku}</td>
                          <td>${line.label}</td>
                          <td data-align="end">${formatNumber(line.quantity, lang)}</td>
                          <td data-align="end">${formatMoney(line.unitPrice, lang)}</td>
                          <td data-align="end">
                            ${
                              line.unitPrice
                                ? formatMoney(
                                    {
                                      amount: Math.round(line.unitPrice.amount * line.quantity * 100) / 100,
                                      currency: line.unitPrice.currency,
                                    },
                                    lang,
                                  )
                                : ''
                            }
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
          : nothing
      }

      <section aria-labelledby="history-title" part="history">
        <div class="head">
          <h3 id="history-title">${l.t('orderHistory')}</h3>
          <div class="field">
            <label for="history-order" class="visually-hidden">${l.t('orderHistoryOrder')}</label>
            <select
              id="history-order"
              @change=${(event: Event) => (this.historyOrder = (event.target as HTMLSelectElement).value as 'newest' | 'oldest')}
            >
              <option value="newest" ?selected=${this.historyOrder !== 'oldest'}>${l.t('orderNewestFirst')}</option>
              <option value="oldest" ?selected=${this.historyOrder === 'oldest'}>${l.t('orderOldestFirst')}</option>
            </select>
          </div>
        </div>
        <ol class="history">
          ${history.map(
            (entry) =>
              html`<li>
                <time datetime=${entry.at}>${formatDay(entry.at, lang)}</time>
                <span
                  >${entry.text}${
                    // The space is data, not template text: the production build trims a template's edges.
                    entry.actor ? html`<span class="muted">${` (${l.t('orderBy', entry.actor)})`}</span>` : nothing
                  }</span
                >
                ${entry.comment ? html`<p class="comment"><span class="visually-hidden">${l.t('orderComment')} : </span>${entry.comment}</p>` : nothing}
              </li>`,
          )}
        </ol>
      </section>`;
  }

  private renderDocument(document: Document): TemplateResult {
    const l = this.localize;
    // Relative addresses in the API's answers are relative to the API.
    const href = document.available ? safeUrl(document.url, this.endpointUrl()) : null;
    if (!href) return html`<li>${document.label} <span class="muted">(${l.t('orderDocumentLater')})</span></li>`;
    const external = new URL(href).origin !== new URL(this.endpointUrl()).origin;
    return html`<li>
      ${
        external
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${document.label}</a>`
          : html`<a href=${href} download @click=${(event: MouseEvent) => void this.download(event, document, href)}>${document.label}</a>`
      }
    </li>`;
  }
}
