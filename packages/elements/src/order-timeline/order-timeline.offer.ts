// An open dossier's offer: its validity, amount and reservation, and its actions (reserve on stock, place the order,
// refresh). Each is confirmed in a dialog, shown at once, then as the server answered, or undone with its reason.
// Loaded with the dossier's view.
import { css, html, nothing, type TemplateResult } from 'lit';
import { OrderDossier, type OfferAction } from '@comptoir/contract/orders';
import { request } from '../runtime/api-client.js';
import { itemUrlOf } from '../runtime/base-element.js';
import { formatDay, formatMoney } from '../runtime/format.js';
import type { DossierHost, OfferView } from './order-timeline.dossier.js';

export const offerStyles = css`
  .offer {
    margin: calc(var(--_space) * 2) 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .offer[data-offer='expired'] {
    border-inline-start-color: var(--_danger);
  }
  .offer h3 {
    margin: 0 0 var(--_space);
  }
  .offer .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
    margin: 0;
  }
  .offer .expired {
    color: var(--_danger);
    font-weight: 600;
  }
  .offer .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .offer .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .offer .pending:empty {
    display: none;
  }
`;

const eventOf = { reserve: 'offer-reserve', order: 'offer-order', refresh: 'offer-refresh' } as const;

/** What the dossier will be once the server has done `action`, shown while it works on it. */
function expected(dossier: OrderDossier, action: OfferAction): OrderDossier {
  if (action === 'order')
    return {
      ...dossier,
      currentStep: 'order',
      offer: null,
      firmOrder: true,
      steps: dossier.steps.map((step) =>
        step.key === 'quote' ? { ...step, state: 'done' } : step.key === 'order' ? { ...step, state: 'current' } : step,
      ),
    };
  // A reservation's day and new prices are the server's: until it answers, the panel says it is on its way.
  if (action === 'refresh' && dossier.offer) return { ...dossier, offer: { ...dossier.offer, expired: false } };
  return dossier;
}

const pendingOf = (host: DossierHost) => (host.offerView?.ref === host.order ? host.offerView.pending : null);
const dialogOf = (host: DossierHost) => host.shadowRoot!.querySelector<HTMLDialogElement>('[part~="offer"] dialog');

/** The offer's panel, with its confirmation dialog; nothing for a dossier that is not an offer. */
export function renderOffer(host: DossierHost, dossier: OrderDossier): TemplateResult | typeof nothing {
  const l = host.localize;
  const lang = l.code;
  const offer = dossier.offer;
  const pending = pendingOf(host);
  if (!offer && pending !== 'order') return nothing;
  const labels = l.table('offerActions');
  const actions: OfferAction[] = !offer ? [] : offer.expired ? ['refresh'] : ['reserve', 'order', 'refresh'];
  const confirming = host.confirming;
  const amount = offer ? formatMoney(offer.amount, lang) : '';
  const question = {
    reserve: () => l.t('offerConfirmReserve', dossier.ourRef),
    order: () => l.t('offerConfirmOrder', dossier.ourRef, amount),
    refresh: () => l.t('offerConfirmRefresh', dossier.ourRef),
  };
  return html`<section
    part="offer"
    class="offer"
    aria-labelledby="offer-title"
    data-offer=${!offer ? 'ordered' : offer.expired ? 'expired' : offer.reservedUntil ? 'reserved' : 'open'}
  >
    <h3 id="offer-title" tabindex="-1">${l.t('offerTitle')}</h3>
    ${
      offer
        ? html`<p class="facts">
            ${
              offer.expired
                ? html`<span class="expired">${l.t('offerExpiredSince', formatDay(offer.validUntil, lang))}</span>`
                : html`<span>${l.t('offerValidUntil', formatDay(offer.validUntil, lang))}</span>`
            }
            <span>${l.t('offerAmount', amount)}</span>
            ${offer.reservedUntil ? html`<span>${l.t('offerHeld', formatDay(offer.reservedUntil, lang))}</span>` : nothing}
          </p>`
        : nothing
    }
    ${offer?.expired ? html`<p class="muted">${l.t('offerExpiredHint')}</p>` : nothing}
    ${
      actions.length
        ? html`<div class="actions">
            ${actions.map(
              (action) =>
                html`<button
                  class="button"
                  part="button offer-action ${action}"
                  data-variant=${action === 'order' ? 'primary' : nothing}
                  type="button"
                  aria-disabled=${pending ? 'true' : 'false'}
                  @click=${() => void ask(host, action)}
                >
                  ${action === 'reserve' && offer?.reservedUntil ? l.t('offerExtend') : labels[action]}
                </button>`,
            )}
          </div>`
        : nothing
    }
    <p class="pending" role="status">${pending ? l.table('offerPending')[pending] : ''}</p>
    <dialog
      part="dialog"
      aria-labelledby="offer-confirm-text"
      @close=${() => {
        // A close event arrives a task later: not for a dialog opened again meanwhile.
        if (!dialogOf(host)?.open) host.confirming = null;
      }}
    >
      ${
        confirming
          ? html`<p id="offer-confirm-text">${question[confirming]()}</p>
              <div class="actions">
                <button class="button" part="button" type="button" @click=${() => choose(host, dossier, false)}>${l.t('offerKeep')}</button>
                <button class="button" data-variant="primary" part="button" type="button" @click=${() => choose(host, dossier, true)}>
                  ${labels[confirming]}
                </button>
              </div>`
          : nothing
      }
    </dialog>
  </section>`;
}

/** Opens the confirmation of `action`; its first button, Cancel, takes the focus. Nothing while an action runs. */
async function ask(host: DossierHost, action: OfferAction): Promise<void> {
  if (pendingOf(host)) return;
  host.confirming = action;
  await host.updateComplete;
  const dialog = dialogOf(host);
  if (dialog?.isConnected && !dialog.open) dialog.showModal();
}

/** The reader's answer: Cancel gives the focus back to the action's button (the dialog does); confirmed, it runs. */
function choose(host: DossierHost, dossier: OrderDossier, confirmed: boolean): void {
  const action = host.confirming;
  dialogOf(host)?.close();
  host.confirming = null;
  if (confirmed && action) void run(host, dossier, action);
}

const focus = async (host: DossierHost, selector: string) => {
  await host.updateComplete;
  host.shadowRoot!.querySelector<HTMLElement>(selector)?.focus();
};

/**
 * Shows the dossier as the action will leave it, asks the server, then shows its answer, or the dossier as it was
 * with the server's reason. Either way the dossier and the list are read again, so that they show what the server holds.
 */
async function run(host: DossierHost, dossier: OrderDossier, action: OfferAction): Promise<void> {
  const l = host.localize;
  const ref = dossier.ourRef;
  const before = host.offerView;
  const here = () => host.order === ref;
  host.offerView = { ref, dossier: expected(dossier, action), pending: action };
  host.notice = null;
  // Ordering takes the buttons away: the focus goes to the offer's heading, then to the dossier's.
  if (action === 'order') void focus(host, '#offer-title');
  let shown: OfferView | null = before;
  try {
    const now = await request({
      method: 'POST',
      url: itemUrlOf(host.endpointUrl(), ref, 'offer', action),
      schema: OrderDossier,
      config: host.config(),
    });
    shown = { ref, dossier: now, pending: null };
    const lang = l.code;
    const text =
      action === 'reserve'
        ? l.t('offerReserved', ref, formatDay(now.offer?.reservedUntil, lang))
        : action === 'order'
          ? l.t('offerOrdered', ref)
          : l.t('offerRefreshed', ref, formatDay(now.offer?.validUntil, lang), formatMoney(now.offer?.amount, lang));
    host.notice = { tone: 'info', text };
    host.emit(eventOf[action], { order: now });
    if (action === 'order' && here()) void focus(host, '#dossier-title');
  } catch (error) {
    const reason = await (await import('../runtime/problem.js')).reasonOf(l, error);
    host.notice = { tone: 'danger', text: l.t('offerFailed', l.table('offerActions')[action], reason) };
    if (action === 'order' && here()) void focus(host, `[part~="offer-action"][part~="order"]`);
  }
  if (here()) host.offerView = shown;
  void host.list.reload();
  if (here()) {
    await host.dossier.reload();
    // The dossier as read again stands for itself, unless another action has begun meanwhile.
    if (host.offerView === shown) host.offerView = null;
  }
}
