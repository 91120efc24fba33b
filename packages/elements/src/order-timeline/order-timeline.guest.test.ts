import { expect } from '@open-wc/testing';
import type { OrderDossier } from '@comptoir/contract';
import { generateOrders } from '@comptoir/contract/fixtures';
import './order-timeline.js';
import type { OrderTimeline } from './order-timeline.component.js';
import { json, problem, shadowText, stateOf, stubFetch, until, type FetchStub, type Handler, mount } from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';

const OFFER = '41OF04G40E';
const TOKEN = 'g1.eyJhIjoiYSIsInIiOiI0MU9GMDRHNDBFIiwiZSI6MX0.c2lnbmF0dXJlLW9mLXRoZS1zZXJ2ZXI';
const dossier = generateOrders(1, '2026-11-22').find((d) => d.ourRef === OFFER)!;

/** A guest's server: the look-up answers the token for the right pair; the dossier and its offer need that token. */
function guestServer(options: { expired?: boolean } = {}): Handler {
  return async (url, init) => {
    const auth = new Headers(init.headers).get('Authorization');
    if (url.pathname === '/api/guest-access' && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { identifier: string; email: string };
      if (body.identifier === 'busy')
        return problem(429, 'Too Many Requests', { code: 'rate-limited', params: { retryAfter: 30 } }, { 'Retry-After': '30' });
      return body.identifier.toUpperCase() === OFFER && body.email === 'claire.moreau@librairie-du-centre.fr'
        ? json({ token: TOKEN, order: OFFER, expiresAt: '2026-11-22T22:00:00.000Z' }, { status: 201 })
        : problem(404, 'Not Found', { code: 'not-found' });
    }
    if (auth !== `Bearer ${TOKEN}`) return problem(401, 'Unauthorized', { code: 'unauthorized' });
    if (options.expired) return problem(401, 'Unauthorized', { code: 'link-expired' });
    if (url.pathname === `/api/orders/${OFFER}`) return json(dossier);
    if (url.pathname === `/api/orders/${OFFER}/offer/reserve`)
      return json({ ...dossier, offer: { ...dossier.offer!, reservedUntil: '2026-11-29' } } satisfies OrderDossier);
    return problem(403, 'Forbidden', { code: 'guest-scope' });
  };
}

async function timeline(handler: Handler, setup: (el: OrderTimeline) => void) {
  const fetchStub = stubFetch(handler);
  return { el: await mount('order-timeline', '/api/orders', fetchStub, setup), fetchStub };
}

const $ = <E extends Element = HTMLElement>(el: OrderTimeline, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const form = (el: OrderTimeline) => $<HTMLFormElement>(el, 'form[part="guest-form"]');
const fill = (el: OrderTimeline, identifier: string, email: string) => {
  $<HTMLInputElement>(el, '#guest-id')!.value = identifier;
  $<HTMLInputElement>(el, '#guest-email')!.value = email;
  form(el)!.requestSubmit();
};
const notice = (el: OrderTimeline) => $(el, '[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const listAsked = (stub: FetchStub) => stub.calls.some((call) => call.url.pathname === '/api/orders');

afterEach(() => {
  document.querySelectorAll('order-timeline').forEach((el) => el.remove());
  clearCache();
});

describe('<order-timeline> for a guest', () => {
  it('looks a dossier up by identifier and contact e-mail, then opens it with the token, and no list', async () => {
    const { el, fetchStub } = await timeline(guestServer(), (e) => (e.guest = true));
    await until(() => form(el) !== null, 4000, 'guest form');
    expect(shadowText(el)).to.contain('Retrouver votre dossier').and.contain('numéro de série');
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('guest-access', (e) => events.push(e));
    fill(el, ' 41of04g40e ', 'claire.moreau@librairie-du-centre.fr');
    await until(() => $(el, '.steps') !== null, 4000, 'dossier');
    const lookUp = fetchStub.calls.find((call) => call.url.pathname === '/api/guest-access')!;
    expect(JSON.parse(String(lookUp.init.body))).to.deep.equal({ identifier: '41of04g40e', email: 'claire.moreau@librairie-du-centre.fr' });
    expect(events[0]!.detail.access).to.deep.equal({ token: TOKEN, order: OFFER, expiresAt: '2026-11-22T22:00:00.000Z' });
    expect(el.order).to.equal(OFFER);
    const opened = fetchStub.calls.find((call) => call.url.pathname === `/api/orders/${OFFER}`)!;
    expect(new Headers(opened.init.headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    // The token opens one dossier: no Back to a list, and the list is never asked for.
    expect($(el, '[part~="back"]')).to.equal(null);
    expect(listAsked(fetchStub)).to.equal(false);
    expect(el.hasAttribute('loading')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says alike when the identifier or the e-mail is wrong, keeps what was typed, and names a rate limit', async () => {
    const { el } = await timeline(guestServer(), (e) => (e.guest = true));
    await until(() => form(el) !== null, 4000, 'guest form');
    fill(el, OFFER, 'someone@example.org');
    await until(() => notice(el).includes('Aucun dossier ne correspond à cet identifiant et à cet e-mail.'));
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect($<HTMLInputElement>(el, '#guest-id')!.value).to.equal(OFFER);
    expect($<HTMLInputElement>(el, '#guest-email')!.value).to.equal('someone@example.org');
    fill(el, 'busy', 'someone@example.org');
    await until(() => notice(el).includes('Trop de demandes ; réessayez dans 30 s.'));
    expect(el.order).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('opens the dossier of an e-mail’s link (access-token), its token on every request, its offer’s actions too', async () => {
    const { el, fetchStub } = await timeline(guestServer(), (e) => {
      e.accessToken = TOKEN;
      e.order = OFFER;
    });
    await until(() => $(el, '.steps') !== null, 4000, 'dossier');
    expect(listAsked(fetchStub)).to.equal(false);
    expect($(el, '[part~="back"]')).to.equal(null);
    $<HTMLButtonElement>(el, '[part~="offer-action"][part~="reserve"]')!.click();
    await until(() => $<HTMLDialogElement>(el, '[part~="offer"] dialog')!.open);
    $<HTMLDialogElement>(el, '[part~="offer"] dialog')!.querySelectorAll('button')[1]!.click();
    await until(() => notice(el).includes('réservée sur stock jusqu’au 29/11/2026'));
    const reserve = fetchStub.calls.find((call) => call.url.pathname.endsWith('/offer/reserve'))!;
    expect(new Headers(reserve.init.headers).get('Authorization')).to.equal(`Bearer ${TOKEN}`);
  });

  it('says when a link has expired, and offers the look-up again', async () => {
    const server = { expired: true };
    const handler = guestServer(server);
    const { el } = await timeline(
      (url, init) => handler(url, init),
      (e) => {
        e.guest = true;
        e.accessToken = TOKEN;
        e.order = OFFER;
      },
    );
    await until(() => stateOf(el) === 'error' && form(el) !== null, 4000, 'expired');
    expect(shadowText(el)).to.contain('Ce lien a expiré : retrouvez votre dossier avec son identifiant et votre e-mail.');
    await expect(el).to.be.accessible();
    server.expired = false;
    fill(el, OFFER, 'claire.moreau@librairie-du-centre.fr');
    await until(() => $(el, '.steps') !== null, 4000, 'dossier');
  });
});
