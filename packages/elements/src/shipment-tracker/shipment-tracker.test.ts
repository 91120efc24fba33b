import { expect } from '@open-wc/testing';
import type { ShipmentDetail, ShipmentSummary } from '@comptoir/contract';
import { generateShipments, seedShipments } from '@comptoir/contract/fixtures';
import './shipment-tracker.js';
import type { ShipmentTracker } from './shipment-tracker.component.js';
import {
  chooseExport,
  downloads,
  json,
  never,
  problem,
  shadowText,
  stateOf,
  stubFetch,
  until,
  type Handler,
  mount,
} from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';

const summary = ({ lines: _lines, parcels: _parcels, ...rest }: ShipmentDetail): ShipmentSummary => rest;
const pageOf = (items: ShipmentSummary[], page = 1, pageSize = 50, total = items.length) => ({ items, total, page, pageSize });

/** The seed shipments on `/api/shipments`, and their details on `/api/shipments/{id}`. */
const seedServer =
  (details: ShipmentDetail[] = seedShipments): Handler =>
  (url) => {
    const id = /\/api\/shipments\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id) {
      const found = details.find((shipment) => shipment.id === decodeURIComponent(id));
      return found ? json(found) : problem(404, 'Not Found');
    }
    return json(pageOf(details.map(summary)));
  };

async function tracker(handler: Handler, setup: (el: ShipmentTracker) => void = () => undefined) {
  const fetchStub = stubFetch(handler);
  return { el: await mount('shipment-tracker', '/api/shipments', fetchStub, setup), fetchStub };
}

const settled = (el: ShipmentTracker) => until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'data');
const rows = (el: ShipmentTracker) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]')];
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const opened = (el: ShipmentTracker) => until(() => el.shadowRoot!.querySelector('.facts') !== null, 4000, 'detail');

afterEach(() => {
  document.querySelectorAll('shipment-tracker').forEach((el) => el.remove());
  clearCache();
});

describe('<shipment-tracker>: the list', () => {
  it('shows the portal’s shipments in French, accessibly', async () => {
    const { el } = await tracker(seedServer());
    await settled(el);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('5 éléments');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕\s]+/g, ' ').trim());
    expect(headers.slice(0, 7)).to.deep.equal([
      'Date commande',
      'Votre référence',
      'Commande associée',
      'Nature',
      'Nb colis',
      'N° Envoi',
      'Statut',
    ]);
    expect(cells(rows(el)[0]!).slice(0, 7)).to.deep.equal(['24/11/2021', '11111', '11526482', 'Office', '', '72511642', 'En préparation']);
    expect(cells(rows(el)[2]!)[4]).to.equal('14');
    expect(cells(rows(el)[4]!)[6]).to.equal('Expédié partiellement');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, list and detail (contrast of badges, links and muted text)', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.theme = 'dark'));
    await settled(el);
    await expect(el).to.be.accessible();
    el.shipment = '88138989';
    await opened(el);
    await expect(el).to.be.accessible();
  });

  it('reads naturally in English', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.lang = 'en'));
    await settled(el);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('5 lines');
    expect(cells(rows(el)[0]!).slice(0, 7)).to.deep.equal([
      '24 Nov 2021',
      '11111',
      '11526482',
      'Standing order',
      '',
      '72511642',
      'Being prepared',
    ]);
  });

  it('sends search, type, status, sort and page to the server, and reflects them', async () => {
    const many = generateShipments(4, 120, '2026-11-22').map(summary);
    const { el, fetchStub } = await tracker((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return json(pageOf(many.slice((page - 1) * 50, page * 50), page, 50, many.length));
    });
    await settled(el);
    el.shadowRoot!.querySelector<HTMLSelectElement>('#status')!.value = 'partially-shipped';
    el.shadowRoot!.querySelector('#status')!.dispatchEvent(new Event('change'));
    el.shadowRoot!.querySelector<HTMLSelectElement>('#nature')!.value = 'office';
    el.shadowRoot!.querySelector('#nature')!.dispatchEvent(new Event('change'));
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = '9782266291200';
    search.dispatchEvent(new InputEvent('input'));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('th[data-column="status"] button')!.click();
    await el.updateComplete;
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pager button:last-of-type')!.click();
    await el.updateComplete;
    await settled(el);
    const last = fetchStub.calls.at(-1)!.url.searchParams;
    expect(Object.fromEntries(last)).to.deep.equal({
      q: '9782266291200',
      status: 'partially-shipped',
      nature: 'office',
      sort: 'status',
      page: '2',
      pageSize: '50',
    });
    expect(el.getAttribute('q')).to.equal('9782266291200');
    expect(el.getAttribute('nature')).to.equal('office');
    expect(el.getAttribute('sort')).to.equal('status');
    expect(el.getAttribute('page')).to.equal('2');
    expect(el.shadowRoot!.querySelector('th[data-column="status"]')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('says when nothing matches, and clears the filters', async () => {
    const { el } = await tracker(
      (url) => json(pageOf(url.searchParams.get('status') ? [] : seedShipments.map(summary))),
      (e) => (e.status = 'delivered'),
    );
    await settled(el);
    expect(stateOf(el)).to.equal('empty');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="empty"] button')!.click();
    await el.updateComplete;
    await until(() => rows(el).length === 5);
    expect(el.hasAttribute('status') && el.getAttribute('status') !== '').to.equal(false);
  });

  it('shows loading while the first page comes, then keeps it visible, marked as refreshing, while a filter loads', async () => {
    const answers: ((response: Response) => void)[] = [];
    const { el } = await tracker(() => new Promise<Response>((resolve) => answers.push(resolve)));
    await until(() => stateOf(el) === 'loading' && answers.length === 1);
    expect(el.hasAttribute('loading')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-state="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    answers[0]!(json(pageOf(seedShipments.map(summary))));
    await settled(el);
    expect(rows(el)).to.have.length(5);
    el.status = 'delivered';
    await until(() => answers.length === 2 && el.hasAttribute('loading'));
    // The previous rows stay, with the table marked busy, until the new page comes.
    expect(rows(el)).to.have.length(5);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el)).to.contain('Mise à jour');
    answers[1]!(json(pageOf(seedShipments.map(summary).slice(0, 2))));
    await settled(el);
    expect(rows(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('invites when there is no shipment at all', async () => {
    const { el } = await tracker(() => json(pageOf([])));
    await settled(el);
    expect(shadowText(el)).to.contain('Aucune expédition sur les 3 derniers mois.');
  });

  it('shows an error with Retry, then the data', async () => {
    let fail = true;
    const { el } = await tracker((url, init) => (fail ? problem(503, 'Unavailable') : seedServer()(url, init)));
    await settled(el);
    expect(stateOf(el)).to.equal('error');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
    await until(() => rows(el).length === 5);
  });

  it('names what is wrong in a malformed answer', async () => {
    const { el } = await tracker(() => json({ items: [{ id: 1 }], total: 'many' }));
    await settled(el);
    expect(stateOf(el)).to.equal('error');
    expect(shadowText(el)).to.contain('n’a pas la forme attendue');
  });

  it('renders an XSS payload in every text field as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const evil = { ...summary(seedShipments[0]!), yourReference: payload, orderNumber: payload, shipmentNumber: payload };
    const { el } = await tracker(() => json(pageOf([evil])));
    await settled(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(cells(rows(el)[0]!)[1]).to.equal(payload);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('exports the whole filtered list from every page to CSV, localized', async () => {
    const many = generateShipments(5, 260, '2026-11-22').map(summary);
    const { el, fetchStub } = await tracker((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('pageSize') ?? 50);
      return json(pageOf(many.slice((page - 1) * size, page * size), page, size, many.length));
    });
    await settled(el);
    const [blob] = await downloads(() => chooseExport(el, 'csv'));
    const pages = fetchStub.calls.filter((call) => call.url.searchParams.get('pageSize') === '200');
    expect(pages.map((call) => call.url.searchParams.get('page'))).to.deep.equal(['1', '2']);
    const csv = (await blob!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).to.have.length(261);
    expect(csv[0]).to.equal('Date commande;Votre référence;Commande associée;Nature;Nb colis;N° Envoi;Statut');
  });
});

describe('<shipment-tracker>: the detail', () => {
  it('opens a shipment: missing items first, then each parcel with its tracking link; Back returns to the row', async () => {
    const { el, fetchStub } = await tracker(seedServer());
    await settled(el);
    const events: CustomEvent[] = [];
    el.addEventListener('shipment-open', (e) => events.push(e));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-open="88138989"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Voir le détail de l’envoi 88138989');
    button.focus();
    button.click();
    await opened(el);
    expect(el.getAttribute('shipment')).to.equal('88138989');
    expect(fetchStub.calls.at(-1)!.url.pathname).to.equal('/api/shipments/88138989');
    expect(events[0]!.detail.shipment.id).to.equal('88138989');
    await until(() => el.shadowRoot!.activeElement?.id === 'detail-title');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Envoi 88138989');
    // The missing line of the seed's letter, with its columns.
    const missing = el.shadowRoot!.querySelector('[part="missing"]')!;
    expect(missing.querySelector('h3')!.textContent).to.equal('1 article manquant');
    expect(cells(missing.querySelector('tbody tr')!)).to.deep.equal([
      '9782266291200',
      '000705041',
      'PRISONNIERS DE LA LIBERT',
      '2',
      '2',
      'Non',
    ]);
    // "Report to support" asks for a new case about them: a delivery problem, the order, one line per missing item.
    const requests: CustomEvent[] = [];
    el.addEventListener('support-request', (e) => requests.push(e));
    missing.querySelector<HTMLButtonElement>('button[part~="report"]')!.click();
    expect(requests[0]!.detail.prefill).to.deep.equal({
      category: 'delivery-problem',
      orderRef: '11526401',
      shortDescription: 'Articles manquants dans l’envoi 88138989',
      text: '9782266291200 PRISONNIERS DE LA LIBERT : 2 manquant(s)',
    });
    expect(requests[0]!.bubbles && requests[0]!.composed).to.equal(true);
    // Then the parcels, in order, each with its contents and a safe link that opens apart.
    const parcels = [...el.shadowRoot!.querySelectorAll('[part="parcel"]')];
    expect(parcels.map((p) => p.querySelector('h3')!.textContent)).to.deep.equal(['Colis 1 · Colissimo', 'Colis 2 · Colissimo']);
    expect(cells(parcels[0]!.querySelector('tbody tr')!)[2]).to.equal('GUERRE CLANS SIGNES DESTIN T03');
    const link = parcels[0]!.querySelector('a')!;
    expect(link.href).to.equal('https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="back"]')!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-open') === '88138989');
    expect(el.hasAttribute('shipment') && el.getAttribute('shipment') !== '').to.equal(false);
  });

  it('restores an open shipment from its attribute (deep link)', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.shipment = '88138989'));
    await opened(el);
    expect(shadowText(el)).to.contain('Envoi 88138989').and.contain('1 article manquant');
  });

  it('does not link a tracking address that is not http(s)', async () => {
    const evil: ShipmentDetail = {
      ...seedShipments[4]!,
      parcels: seedShipments[4]!.parcels.map((parcel, i) => ({
        ...parcel,
        trackingUrl: i === 0 ? 'javascript:alert(1)' : ' data:text/html,x',
      })),
    };
    const { el } = await tracker(seedServer([evil]), (e) => (e.shipment = evil.id));
    await opened(el);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(shadowText(el)).to.contain('Pas de suivi transporteur');
  });

  it('says a shipment in preparation has no parcel yet', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.shipment = seedShipments[0]!.id));
    await opened(el);
    expect(shadowText(el)).to.contain('Pas encore de colis');
  });

  it('shows an unknown shipment as an error with a way back', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.shipment = 'nope'));
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('Retour à la liste');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="back"]')!.click();
    await until(() => rows(el).length === 5);
  });

  it('shows loading while the detail comes', async () => {
    const { el } = await tracker((url, init) => (url.pathname.endsWith('/88138989') ? never() : seedServer()(url, init)));
    await settled(el);
    el.shipment = '88138989';
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    await expect(el).to.be.accessible();
  });

  it('exports the lines of the shipment with their parcel and the missing quantity', async () => {
    const { el } = await tracker(seedServer(), (e) => (e.shipment = '88138989'));
    await opened(el);
    const [blob] = await downloads(() => chooseExport(el, 'csv'));
    const csv = (await blob!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).to.equal('N° colis;EAN13;Code article;Désignation;Qté commandée;Qté expédiée;Quantité non livrée;Noté');
    expect(csv[1]).to.equal('Sans colis;9782266291200;000705041;PRISONNIERS DE LA LIBERT;2;0;2;Non');
  });
});
