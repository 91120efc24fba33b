// A guest's way to a dossier: the identifier printed on the offer, the order or the instrument, and the contact's
// e-mail, exchanged for a token that opens that dossier only. Loaded when the element is a guest's (`guest`).
import { html, nothing, type TemplateResult } from 'lit';
import { GuestAccess } from '@comptoir/contract/guest';
import type { ComptoirConfig } from '../runtime/config.js';
import { request } from '../runtime/api-client.js';
import { ApiError } from '../runtime/errors.js';
import type { Localizer } from '../runtime/localize.js';
import type { Notice } from '../runtime/views.js';
import type { OrderTerms } from './order-timeline.l10n.js';

/** What the guest form reads and changes of <order-timeline>. */
export interface GuestHost extends HTMLElement {
  readonly localize: Localizer<OrderTerms>;
  accessToken: string;
  order: string;
  notice: Notice | null;
  guestBusy: boolean;
  accessEndpoint: string;
  readonly dossier: { reload(): Promise<void> };
  endpointUrl(): string;
  config(): ComptoirConfig;
  emit(type: 'guest-access', detail: { access: GuestAccess }): boolean;
}

/** Where look-ups go: `access-endpoint`, else `guest-access` beside the orders' endpoint (`/api/orders` → `/api/guest-access`). */
const accessUrl = (host: GuestHost) => new URL(host.accessEndpoint || './guest-access', host.endpointUrl().replace(/\/+$/, '')).href;

/** The look-up form; `expired`: the link the guest came with has expired, and the form says so. */
export function renderGuestForm(host: GuestHost, expired: boolean): TemplateResult {
  const l = host.localize;
  return html`<form part="guest-form" aria-labelledby="guest-title" @submit=${(event: SubmitEvent) => void submit(host, event)}>
    <h2 id="guest-title" tabindex="-1">${l.t('guestTitle')}</h2>
    <p class=${expired ? 'expired' : 'muted'}>${expired ? l.t('guestExpired') : l.t('guestIntro')}</p>
    <div class="guest-fields">
      <div class="field">
        <label for="guest-id">${l.t('guestIdentifier')}</label>
        <input id="guest-id" name="identifier" required maxlength="100" autocomplete="off" spellcheck="false" />
      </div>
      <div class="field">
        <label for="guest-email">${l.t('guestEmail')}</label>
        <input id="guest-email" name="email" type="email" required maxlength="254" autocomplete="email" />
      </div>
      <button class="button" data-variant="primary" part="button" type="submit" aria-disabled=${host.guestBusy ? 'true' : 'false'}>
        ${l.t('orderFind')}
      </button>
    </div>
    <p role="status">${host.guestBusy ? l.t('guestBusy') : nothing}</p>
  </form>`;
}

/**
 * Asks for the dossier's token. Found: the element opens it with the token (and tells the host, which may keep the
 * access for a reload). Not found, or refused: the reason, the typed values kept.
 */
async function submit(host: GuestHost, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (host.guestBusy) return;
  const form = new FormData(event.target as HTMLFormElement);
  const body = { identifier: String(form.get('identifier') ?? '').trim(), email: String(form.get('email') ?? '').trim() };
  const l = host.localize;
  host.notice = null;
  host.guestBusy = true;
  try {
    const access = await request({ method: 'POST', url: accessUrl(host), body, schema: GuestAccess, config: host.config() });
    // The same dossier and token (an expired dossier's reload): read it again, as nothing else changed.
    const same = host.accessToken === access.token && host.order === access.order;
    host.accessToken = access.token;
    host.order = access.order;
    if (same) void host.dossier.reload();
    host.emit('guest-access', { access });
  } catch (error) {
    const text =
      error instanceof ApiError && error.status === 404
        ? l.t('guestNotFound')
        : l.t('guestFailed', await (await import('../runtime/problem.js')).reasonOf(l, error));
    host.notice = { tone: 'danger', text };
  } finally {
    host.guestBusy = false;
  }
}
