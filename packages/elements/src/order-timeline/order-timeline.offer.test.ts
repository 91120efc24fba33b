import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfferAction, OrderDossier } from '@comptoir/contract';
import { generateOrders } from '@comptoir/contract/fixtures';
import './order-timeline.js';
import type { OrderTimeline } from './order-timeline.component.js';
import { json, problem, shadowText, stubFetch, until, type Handler, mount } from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';
import { summaryOf } from '../../test/order-fixtures.js';

const TODAY = '2026-11-22';
const OPEN = '41OF04G40E';
const RESERVED = '41OF05G50E';
const EXPIRED = '41OF06G60E';
const SHORT = '41OF07G70E';

/** Deferred answers of the offer actions, so a test sees the state before the server answers. */
interface Backend {
  handler: Handler;
  dossiers: Map<string, OrderDossier>;
  /** Offer requests waiting for an answer: `answer(response)` gives the server's. */
  waiting: { ref: string; action: OfferAction; answer: (response?: Response) => void }[];
}

/**
 * The contract's orders routes over the demo's dossiers. An offer action waits for the test to answer it: by default
 * as the reference server would (reserve until a week later, order, refresh at today's prices), or with a given answer.
 */
function backend(): Backend {
  const dossiers = new Map(generateOrders(1, TODAY).map((d) => [d.ourRef, d]));
  const waiting: Backend['waiting'] = [];
  const done = (ref: string, action: OfferAction): Response => {
    const d = dossiers.get(ref)!;
    const offer = d.offer!;
    const next: OrderDossier =
      action === 'reserve'
        ? { ...d, offer: { ...offer, reservedUntil: '2026-11-29' } }
        : action === 'refresh'
          ? { ...d, offer: { ...offer, validUntil: '2026-12-22', amount: { amount: 315, currency: 'EUR' }, expired: false } }
          : {
              ...d,
              currentStep: 'order',
              offer: null,
              steps: d.steps.map((s) =>
                s.key === 'quote' ? { ...s, state: 'done' } : s.key === 'order' ? { ...s, state: 'current', at: TODAY } : s,
              ),
            };
    dossiers.set(ref, next);
    return json(next);
  };
  const handler: Handler = (url, init) => {
    const action = /\/api\/orders\/([^/]+)\/offer\/(reserve|order|refresh)$/.exec(url.pathname);
    if (action && init.method === 'POST') {
      const [, ref, name] = action as unknown as [string, string, OfferAction];
      return new Promise<Response>((resolve) =>
        waiting.push({ ref, action: name, answer: (response) => resolve(response ?? done(ref, name)) }),
      );
    }
    const ref = /\/api\/orders\/([^/]+)$/.exec(url.pathname)?.[1];
    if (ref) return dossiers.has(ref) ? json(dossiers.get(ref)) : problem(404, 'Not Found', { code: 'not-found' });
    const status = url.searchParams.get('status');
    const items = [...dossiers.values()].filter((d) => !status || d.currentStep === status).map(summaryOf);
    return json({ items, total: items.length, page: 1, pageSize: 20 });
  };
  return { handler, dossiers, waiting };
}

async function timeline(server: Backend, setup: (el: OrderTimeline) => void = () => undefined) {
  const fetchStub = stubFetch(server.handler);
  return { el: await mount('order-timeline', '/api/orders', fetchStub, setup), fetchStub };
}

const $ = <E extends Element = HTMLElement>(el: OrderTimeline, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const text = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const offerPanel = (el: OrderTimeline) => $(el, '[part~="offer"]');
const actionButton = (el: OrderTimeline, action: OfferAction) => $<HTMLButtonElement>(el, `[part~="offer-action"][part~="${action}"]`);
const dialog = (el: OrderTimeline) => $<HTMLDialogElement>(el, '[part~="offer"] dialog')!;
const confirmButton = (el: OrderTimeline) => dialog(el).querySelectorAll<HTMLButtonElement>('button')[1]!;
const opened = (el: OrderTimeline) => until(() => $(el, '.steps') !== null, 4000, 'dossier');
const notice = (el: OrderTimeline) => text($(el, '[part="notice"]'));
/** The current step's name and state, without its day. */
const currentStep = (el: OrderTimeline) => text($(el, '.steps li[aria-current="step"]')).replace(/ \d{2}\/\d{2}\/\d{4}$/, '');

afterEach(() => {
  document.querySelectorAll('order-timeline').forEach((el) => el.remove());
  clearCache();
});

describe('<order-timeline> offers', () => {
  it('lists the offers with their validity, amount and state when filtered by the quote step', async () => {
    const server = backend();
    const { el, fetchStub } = await timeline(server);
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 7);
    const filter = $<HTMLSelectElement>(el, '#step')!;
    filter.value = 'quote';
    filter.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 4);
    expect(fetchStub.calls.at(-1)!.url.searchParams.get('status')).to.equal('quote');
    expect(el.getAttribute('step')).to.equal('quote');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map(text);
    expect(headers).to.include.members(['Valable jusqu’au', 'Montant HT', 'Offre']);
    expect(headers).not.to.include('Étape');
    const row = (ref: string) => [...el.shadowRoot!.querySelectorAll(`tr[data-id="${ref}"] td`)].map(text).join(' | ');
    expect(row(OPEN)).to.contain('17/12/2026').and.contain('447,00 €').and.contain('Ouverte');
    expect(row(RESERVED)).to.contain('Réservée jusqu’au 26/11/2026');
    expect(row(EXPIRED)).to.contain('Expirée').and.contain('299,00 €');
    await expect(el).to.be.accessible();
    // An order step lists orders, without the offers' columns; nothing there says so and clears the filter.
    el.step = 'receipt';
    await until(() => shadowText(el).includes('Aucune affaire en cours'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="empty"] button')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 7);
    expect(el.step).to.equal('');
  });

  it('reserves an offer once confirmed: the dialog, the request under way, the server’s day, the event', async () => {
    const server = backend();
    const { el, fetchStub } = await timeline(server, (e) => (e.order = OPEN));
    await opened(el);
    expect(text(offerPanel(el)))
      .to.contain('Valable jusqu’au 17/12/2026')
      .and.contain('Montant : 447,00 € HT');
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('offer-reserve', (e) => events.push(e));

    // Cancel asks nothing of the server.
    actionButton(el, 'reserve')!.click();
    await until(() => dialog(el).open);
    expect(text(dialog(el))).to.contain('Réserver sur stock les quantités de l’offre 41OF04G40E');
    expect(el.shadowRoot!.activeElement).to.equal(dialog(el).querySelector('button'));
    await expect(el).to.be.accessible();
    dialog(el).querySelector('button')!.click();
    await until(() => !dialog(el).open);
    expect(server.waiting).to.have.length(0);

    actionButton(el, 'reserve')!.click();
    await until(() => dialog(el).open);
    confirmButton(el).click();
    await until(() => server.waiting.length === 1);
    const sent = fetchStub.calls.find((call) => call.init.method === 'POST')!;
    expect(sent.url.pathname).to.equal(`/api/orders/${OPEN}/offer/reserve`);
    expect(sent.init.keepalive).to.equal(true);
    await until(() => text($(el, '.pending')) === 'Réservation en cours…');
    expect(actionButton(el, 'order')!.getAttribute('aria-disabled')).to.equal('true');
    // A second click while it runs asks nothing more.
    actionButton(el, 'order')!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);

    server.waiting[0]!.answer();
    await until(() => notice(el).includes('Offre 41OF04G40E réservée sur stock jusqu’au 29/11/2026'));
    expect(text(offerPanel(el))).to.contain('Quantités réservées sur stock jusqu’au 29/11/2026');
    expect(text(actionButton(el, 'reserve'))).to.equal('Prolonger la réservation');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.order.offer.reservedUntil).to.equal('2026-11-29');
    // The dossier and the list are read again from the server.
    await until(
      () =>
        fetchStub.calls.filter((call) => call.url.pathname === `/api/orders/${OPEN}` && (call.init.method ?? 'GET') === 'GET').length >= 2,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the order placed at once, and undoes it with the server’s reason when refused', async () => {
    const server = backend();
    const { el } = await timeline(server, (e) => (e.order = OPEN));
    await opened(el);
    expect(currentStep(el)).to.equal('● Devis : en cours');
    const events: CustomEvent[] = [];
    el.addEventListener('offer-order', (e) => events.push(e));
    actionButton(el, 'order')!.click();
    await until(() => dialog(el).open);
    expect(text(dialog(el))).to.contain('Passer commande de l’offre 41OF04G40E pour 447,00 € HT');
    confirmButton(el).click();
    await until(() => server.waiting.length === 1);
    // Before the server answers: the order step, the offer's buttons gone, the focus on the offer's heading.
    await until(() => currentStep(el) === '● Commande : en cours');
    expect(actionButton(el, 'reserve')).to.equal(null);
    expect(text($(el, '.pending'))).to.equal('Commande en cours d’envoi…');
    await until(() => el.shadowRoot!.activeElement?.id === 'offer-title');
    server.waiting[0]!.answer(problem(409, 'Conflict', { code: 'offer-expired', params: { validUntil: '2026-11-21' } }));
    await until(() => notice(el).includes('« Passer commande » n’a pas abouti'));
    expect(notice(el)).to.contain('Cette offre a expiré le 21/11/2026 : actualisez-la d’abord.');
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect(currentStep(el)).to.equal('● Devis : en cours');
    expect(actionButton(el, 'order')).not.to.equal(null);
    await until(() => el.shadowRoot!.activeElement === actionButton(el, 'order'));
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();

    // Accepted: the order stands, the offer's panel goes, the focus is on the dossier's heading.
    actionButton(el, 'order')!.click();
    await until(() => dialog(el).open);
    confirmButton(el).click();
    await until(() => server.waiting.length === 2);
    server.waiting[1]!.answer();
    await until(() => notice(el).includes('Commande passée : le dossier 41OF04G40E est à l’étape Commande.'));
    await until(() => offerPanel(el) === null);
    expect(currentStep(el)).to.equal('● Commande : en cours');
    await until(() => el.shadowRoot!.activeElement?.id === 'dossier-title');
    expect(events[0]!.detail.order.currentStep).to.equal('order');
  });

  it('keeps the offer as it was when the stock lacks, naming the line and what is available', async () => {
    const server = backend();
    const { el } = await timeline(server, (e) => (e.order = SHORT));
    await opened(el);
    const before = text(offerPanel(el));
    actionButton(el, 'reserve')!.click();
    await until(() => dialog(el).open);
    confirmButton(el).click();
    await until(() => server.waiting.length === 1);
    server.waiting[0]!.answer(
      problem(409, 'Conflict', {
        code: 'insufficient-stock',
        params: { sku: 'TPE-MOBILE', label: 'Terminal de paiement mobile 4G', requested: 3, available: 1 },
      }),
    );
    await until(() => notice(el).includes('« Réserver sur stock » n’a pas abouti'));
    expect(notice(el)).to.contain('Stock insuffisant pour « Terminal de paiement mobile 4G » : 1 disponible(s) pour 3 demandé(s).');
    await until(() => text($(el, '.pending')) === '');
    expect(text(offerPanel(el))).to.equal(before);
    expect(actionButton(el, 'reserve')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('says when the server cannot be reached, and the offer stays', async () => {
    const server = backend();
    const { el } = await timeline(server, (e) => (e.order = OPEN));
    await opened(el);
    actionButton(el, 'refresh')!.click();
    await until(() => dialog(el).open);
    confirmButton(el).click();
    await until(() => server.waiting.length === 1);
    server.waiting[0]!.answer(problem(503, 'Service Unavailable'));
    await until(() => notice(el).includes('« Actualiser l’offre » n’a pas abouti'));
    expect(text(offerPanel(el))).to.contain('Valable jusqu’au 17/12/2026');
  });

  it('an expired offer offers its refresh alone; refreshed, it shows its new validity and amount', async () => {
    const server = backend();
    const { el } = await timeline(server, (e) => (e.order = EXPIRED));
    await opened(el);
    expect(text(offerPanel(el)))
      .to.contain('Expirée depuis le 02/11/2026')
      .and.contain('Une offre expirée doit être actualisée avant d’être réservée ou commandée.');
    expect(actionButton(el, 'reserve')).to.equal(null);
    expect(actionButton(el, 'order')).to.equal(null);
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('offer-refresh', (e) => events.push(e));
    actionButton(el, 'refresh')!.click();
    await until(() => dialog(el).open);
    expect(text(dialog(el))).to.contain('Actualiser l’offre 41OF06G60E aux prix du jour');
    confirmButton(el).click();
    await until(() => server.waiting.length === 1);
    // At once: no longer shown expired.
    await until(() => !text(offerPanel(el)).includes('Expirée'));
    server.waiting[0]!.answer();
    await until(() => notice(el).includes('Offre 41OF06G60E actualisée : 315,00 € HT, valable jusqu’au 22/12/2026.'));
    expect(actionButton(el, 'order')).not.to.equal(null);
    expect(events[0]!.detail.order.offer.validUntil).to.equal('2026-12-22');
  });

  it('works from the keyboard: Enter opens the confirmation, Escape closes it, Tab and Enter confirm', async () => {
    const server = backend();
    const { el } = await timeline(server, (e) => (e.order = OPEN));
    await opened(el);
    actionButton(el, 'reserve')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open);
    await until(() => el.shadowRoot!.activeElement === actionButton(el, 'reserve'));
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(confirmButton(el));
    await sendKeys({ press: 'Enter' });
    await until(() => server.waiting.length === 1);
    expect(server.waiting[0]!.action).to.equal('reserve');
    server.waiting[0]!.answer();
    await until(() => notice(el).includes('réservée sur stock'));
  });

  it('reads in German and in English, names included', async () => {
    for (const [lang, valid, action] of [
      ['de', 'Gültig bis', 'Auf Lager reservieren'],
      ['en', 'Valid until', 'Reserve on stock'],
    ] as const) {
      const server = backend();
      const { el } = await timeline(server, (e) => {
        e.lang = lang;
        e.order = OPEN;
      });
      await opened(el);
      expect(text(offerPanel(el))).to.contain(valid);
      expect(text(actionButton(el, 'reserve'))).to.equal(action);
      el.remove();
    }
  });
});
