// An open dossier: its view (steps, expected delivery, documents, details, address, lines, history), its styles and
// its document downloads. Loaded when a dossier opens, while it is fetched; the look-up and the list need none of it.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { OfferAction, OrderDossier } from '@comptoir/contract/orders';
import type { CasePrefill } from '@comptoir/contract/cases';
import type { ComptoirConfig } from '../runtime/config.js';
import { ApiError } from '../runtime/errors.js';
import { formatDay, formatMoney, formatNumber } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { saveBlob } from '../runtime/save.js';
import { safeUrl } from '../runtime/url-guard.js';
import { errorMessage, type Notice } from '../runtime/views.js';
import { dialogStyles } from '../runtime/dialog.js';
import { offerStyles, renderOffer } from './order-timeline.offer.js';
import type { OrderTerms } from './order-timeline.l10n.js';
import { orderLineColumns, type OrderLineColumn } from './order-timeline.columns.js';
import { renderFitCell } from '../runtime/table-views.js';

type Document = OrderDossier['documents'][number];
const stepMark = { done: '✓', current: '●', pending: '○', skipped: '–' } as const;

/** The open dossier as an offer action left it: shown while the server works on it (`pending`), then as it answered. */
export interface OfferView {
  ref: string;
  dossier: OrderDossier;
  pending: OfferAction | null;
}

/** What the dossier's view reads and changes of <order-timeline> (its private state, handed over by the element). */
export interface DossierHost extends HTMLElement {
  readonly localize: Localizer<OrderTerms>;
  readonly order: string;
  historyOrder: 'newest' | 'oldest';
  notice: Notice | null;
  offerView: OfferView | null;
  confirming: OfferAction | null;
  readonly updateComplete: Promise<boolean>;
  readonly list: { reload(): Promise<void> };
  readonly dossier: { reload(): Promise<void> };
  endpointUrl(): string;
  config(): ComptoirConfig;
  emit(type: 'offer-reserve' | 'offer-order' | 'offer-refresh', detail: { order: OrderDossier }): boolean;
  emit(type: 'support-request', detail: { prefill: CasePrefill }): boolean;
}

const dossierStyles = css`
  h4 {
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    font-size: 0.95em;
  }
  [part='history'] .head {
    margin-top: calc(var(--_space) * 3);
  }
  [part='history'] .head h3 {
    margin: 0;
  }
  .refs {
    color: var(--_fg-muted);
  }
  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(calc(6.5 * var(--_rem)), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-top: 4px solid var(--_border);
    text-align: center;
  }
  .steps li[data-state='done'] {
    border-top-color: var(--_success);
  }
  .steps li[data-state='current'] {
    border-top-color: var(--_accent);
    font-weight: 600;
  }
  .steps .mark {
    display: grid;
    place-items: center;
    width: calc(1.8 * var(--_rem));
    height: calc(1.8 * var(--_rem));
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  .steps li[data-state='done'] .mark {
    border-color: var(--_success);
    color: var(--_success);
  }
  .steps li[data-state='current'] .mark {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .steps .date {
    color: var(--_fg-muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(calc(16 * var(--_rem)), 1fr));
    gap: 0 calc(var(--_space) * 4);
  }
  .expected {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  ul.plain,
  ol.history {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.plain li {
    padding: calc(var(--_space) / 2) 0;
  }
  dl.details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  dl.details dt {
    color: var(--_fg-muted);
  }
  dl.details dd {
    margin: 0;
  }
  address {
    font-style: normal;
  }
  ol.history li {
    display: grid;
    grid-template-columns: calc(6.5 * var(--_rem)) 1fr;
    gap: 0 var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  ol.history time {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .comment {
    grid-column: 2;
    margin: calc(var(--_space) / 2) 0 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_bg-alt);
  }
`;

/** The dossier's styles join the element's (constructable stylesheets: allowed by a strict CSP). */
function adoptStyles(host: DossierHost): void {
  const root = host.shadowRoot!;
  const sheets = [dossierStyles, offerStyles, dialogStyles].map((styles) => styles.styleSheet!);
  if (!root.adoptedStyleSheets.includes(sheets[0]!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/** The dossier: steps, expected delivery and its changes, documents, details, address, lines, history. */
export function renderDossier(host: DossierHost, dossier: OrderDossier, back: TemplateResult): TemplateResult {
  adoptStyles(host);
  const l = host.localize;
  const lang = l.code;
  const steps = l.table('orderSteps');
  const states = l.table('orderStepState');
  const history = host.historyOrder === 'oldest' ? [...dossier.history].reverse() : dossier.history;
  const address = dossier.deliveryAddress;
  return html`<div class="head">
      ${back}
      <h2 id="dossier-title" tabindex="-1">${l.t('orderTitle')}</h2>
      <span class="refs">${l.t('orderRefs', dossier.ourRef, dossier.yourRef)}</span>
      <span class="spacer"></span>
      <button
        class="button"
        part="button support"
        type="button"
        @click=${() =>
          host.emit('support-request', {
            prefill: {
              orderRef: dossier.ourRef,
              // The dossier's one instrument is what the case is about; with several, the reader says which.
              ...(dossier.serialNumbers.length === 1 ? { serialNumber: dossier.serialNumbers[0] } : {}),
              shortDescription: l.t('orderSupportSubject', dossier.ourRef),
            },
          })}
      >
        ${l.t('orderSupport')}
      </button>
    </div>
    ${renderOffer(host, dossier)}

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
          ${dossier.documents.map((document) => renderDocument(host, document))}
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
            ${renderLines(l, dossier.lines)}`
        : nothing
    }

    <section aria-labelledby="history-title" part="history">
      <div class="head">
        <h3 id="history-title">${l.t('orderHistory')}</h3>
        <div class="field">
          <label for="history-order" class="visually-hidden">${l.t('orderHistoryOrder')}</label>
          <select
            id="history-order"
            @change=${(event: Event) => (host.historyOrder = (event.target as HTMLSelectElement).value as 'newest' | 'oldest')}
          >
            <option value="newest" ?selected=${host.historyOrder !== 'oldest'}>${l.t('orderNewestFirst')}</option>
            <option value="oldest" ?selected=${host.historyOrder === 'oldest'}>${l.t('orderOldestFirst')}</option>
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

function renderDocument(host: DossierHost, document: Document): TemplateResult {
  const l = host.localize;
  // Relative addresses in the API's answers are relative to the API.
  const href = document.available ? safeUrl(document.url, host.endpointUrl()) : null;
  if (!href) return html`<li>${document.label} <span class="muted">(${l.t('orderDocumentLater')})</span></li>`;
  const external = new URL(href).origin !== new URL(host.endpointUrl()).origin;
  return html`<li>
    ${
      external
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${document.label}</a>`
        : html`<a href=${href} download @click=${(event: MouseEvent) => void download(host, event, document, href)}>${document.label}</a>`
    }
  </li>`;
}

/** Same-origin documents are fetched with the element's credentials; others open as plain links (no token leaves). */
async function download(host: DossierHost, event: MouseEvent, document: Document, href: string): Promise<void> {
  if (new URL(href).origin !== new URL(host.endpointUrl()).origin) return;
  event.preventDefault();
  host.notice = null;
  try {
    const { blob, fileName } = await (await import('../runtime/download.js')).fetchBlob(href, host.config());
    saveBlob(blob, fileName ?? `${host.order}-${document.kind}`);
  } catch (error) {
    const reason = error instanceof ApiError ? errorMessage(host.localize, error) : String(error);
    host.notice = { tone: 'danger', text: host.localize.t('orderDocumentFailed', document.label, reason) };
  }
}

/** A dossier's line columns that drop first (3, then 2) when the element is too narrow for all. */
const linePriorities: Partial<Record<OrderLineColumn, 2 | 3>> = { sku: 3, unitPrice: 2 };

/** The dossier's lines, fitting the element's width like the lists (TableFit): the code and unit price drop under the label, then cards. */
function renderLines(l: Localizer<OrderTerms>, lines: OrderDossier['lines']): TemplateResult {
  const lang = l.code;
  const labels = l.table('orderLineColumns');
  const align = (key: OrderLineColumn) => (key === 'sku' || key === 'label' ? 'start' : 'end') as 'start' | 'end';
  const columns = orderLineColumns.map((key) => ({ key, label: labels[key], priority: linePriorities[key], align: align(key) }));
  return html`<div class="table-wrap" part="table">
    <table data-fit aria-label=${l.t('orderLines')}>
      <thead>
        <tr>
          ${columns.map(({ key, label, priority }) => html`<th scope="col" data-align=${align(key)} data-p=${priority ?? 1}>${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${lines.map((line) => {
          const cells: Record<OrderLineColumn, string> = {
            sku: line.sku,
            label: line.label,
            quantity: formatNumber(line.quantity, lang),
            unitPrice: formatMoney(line.unitPrice, lang),
            amount: line.unitPrice
              ? formatMoney(
                  { amount: Math.round(line.unitPrice.amount * line.quantity * 100) / 100, currency: line.unitPrice.currency },
                  lang,
                )
              : '',
          };
          return html`<tr>
            ${columns.map((column) => renderFitCell(columns, column, cells, column.key === 'label'))}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
