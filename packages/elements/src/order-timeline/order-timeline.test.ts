import { expect } from '@open-wc/testing';
import type { OrderDossier } from '@comptoir/contract';
import { seedOrder } from '@comptoir/contract/fixtures';
import './order-timeline.js';
import type { OrderTimeline } from './order-timeline.component.js';
import { downloads, json, never, problem, shadowText, stateOf, stubFetch, until, type Handler, mount } from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';
import { orderInProgress, summaryOf } from '../../test/order-fixtures.js';

const inProgress = orderInProgress;
const dossiers = [seedOrder, inProgress];

/** The contract's orders routes over two dossiers, and their documents. */
const server: Handler = (url) => {
  const documentMatch = /\/api\/orders\/([^/]+)\/documents\/([^/]+)$/.exec(url.pathname);
  if (documentMatch) {
    return new Response('%PDF-1.4 test', {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${documentMatch[1]}-${documentMatch[2]}.pdf"`,
      },
    });
  }
  const ref = /\/api\/orders\/([^/]+)$/.exec(url.pathname)?.[1];
  if (ref) {
    const found = dossiers.find((d) => [d.ourRef, d.yourRef].map((r) => r.toUpperCase()).includes(decodeURIComponent(ref).toUpperCase()));
    return found ? json(found) : problem(404, 'Not Found');
  }
  const q = (url.searchParams.get('q') ?? '').toUpperCase();
  const items = dossiers
    .filter((d) => !q || d.ourRef === q || d.yourRef.toUpperCase() === q || d.serialNumbers.includes(q))
    .map(summaryOf)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return json({ items, total: items.length, page: 1, pageSize: 50 });
};

async function timeline(handler: Handler, setup: (el: OrderTimeline) => void = () => undefined) {
  const fetchStub = stubFetch(handler);
  return { el: await mount('order-timeline', '/api/orders', fetchStub, setup), fetchStub };
}

const settled = (el: OrderTimeline) => until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'data');
const opened = (el: OrderTimeline) => until(() => el.shadowRoot!.querySelector('.steps') !== null, 4000, 'dossier');
const find = async (el: OrderTimeline, text: string) => {
  el.shadowRoot!.querySelector<HTMLInputElement>('#q')!.value = text;
  el.shadowRoot!.querySelector('form')!.requestSubmit();
  await el.updateComplete;
};
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => {
  document.querySelectorAll('order-timeline').forEach((el) => el.remove());
  clearCache();
});

describe('<order-timeline>', () => {
  it('lists the current business, and opens the portal’s dossier by your reference, as the portal showed it', async () => {
    const { el } = await timeline(server);
    await settled(el);
    expect(shadowText(el)).to.contain('Toutes vos affaires en cours');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('order-open', (e) => events.push(e));
    await find(el, 'p020044g-01');
    await opened(el);
    expect(el.getAttribute('order')).to.equal('45KL89G00E');
    expect(events[0]!.detail.order.ourRef).to.equal('45KL89G00E');
    await until(() => el.shadowRoot!.activeElement?.id === 'dossier-title');
    expect(text(el.shadowRoot!.querySelector('.refs')!)).to.equal('Notre réf. 45KL89G00E · Votre réf. P020044G-01');
    const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map(text);
    expect(steps).to.deep.equal([
      '✓ Devis : fait 22/07/2004',
      '✓ Commande : fait 27/07/2004',
      '✓ Appros : fait 27/07/2004',
      '✓ Expédition : fait 02/08/2004',
      '✓ Facture : fait 08/08/2004',
      '✓ Réception : fait 08/08/2004',
      '✓ Payé : fait 31/08/2004',
    ]);
    expect(shadowText(el)).to.contain('Ceci est une commande ferme').and.contain('0031564').and.contain('04/08/2004');
    const history = [...el.shadowRoot!.querySelectorAll('ol.history li')];
    expect(history).to.have.length(12);
    expect(text(history[0]!)).to.equal('31/08/2004 La commande est payée (par Manager)');
    expect(text(history[3]!))
      .to.contain('Expédition par: Postal service (Europe) le 2/8/2004')
      .and.contain('la facture se trouve dans le colis; merci de transmettre a la comptabilité');
    expect([...el.shadowRoot!.querySelectorAll('[part="documents"] a')].map(text)).to.deep.equal([
      "voir l'offre",
      'la commande',
      'BL',
      'Facture',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows where an order stands: the current step, the changes of the expected date, lines and address', async () => {
    const { el } = await timeline(server, (e) => (e.order = '41KL01G10E'));
    await opened(el);
    const current = el.shadowRoot!.querySelector('.steps li[aria-current="step"]')!;
    expect(text(current)).to.equal('● Expédition : en cours');
    expect(el.shadowRoot!.querySelectorAll('.steps li[data-state="pending"]')).to.have.length(3);
    const expected = el.shadowRoot!.querySelector('[aria-labelledby="expected-title"]')!;
    expect(text(expected))
      .to.contain('28/11/2026')
      .and.contain('22/11/2026 : livraison annoncée pour le 28/11/2026 (transporteur en retard)');
    expect(shadowText(el)).to.contain('Facture (pas encore disponible)').and.contain('Commande non ferme').and.contain('SN-110042');
    expect([...el.shadowRoot!.querySelectorAll('address div')].map(text)).to.deep.equal([
      'Librairie du Centre',
      '12 rue des Halles',
      '45000 Orléans',
      'France',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('[part="dossier"] tbody tr td')].map(text)).to.deep.equal([
      'GR-200',
      'Granulomètre laser',
      '2',
      '1 250,50 €',
      '2 501,00 €',
    ]);
    expect(text(el.shadowRoot!.querySelector('.comment')!)).to.equal('Commentaire : livrer le matin');
    await expect(el).to.be.accessible();
    // "Contact support" asks for a new case about this order and its one instrument.
    const requests: CustomEvent[] = [];
    el.addEventListener('support-request', (e) => requests.push(e));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="support"]')!.click();
    expect(requests[0]!.detail.prefill).to.deep.equal({
      orderRef: '41KL01G10E',
      serialNumber: 'SN-110042',
      shortDescription: 'À propos de la commande 41KL01G10E',
    });
  });

  it('opens the only dossier a serial number finds, and Back returns to its row', async () => {
    const { el } = await timeline(server);
    await settled(el);
    await find(el, 'SN-110042');
    await opened(el);
    expect(el.getAttribute('order')).to.equal('41KL01G10E');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="back"]')!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-open') === '41KL01G10E');
  });

  it('pages through the current business', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...summaryOf(inProgress), ourRef: `REF${String(i).padStart(3, '0')}` }));
    const { el, fetchStub } = await timeline((url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      return json({ items: many.slice((page - 1) * size, page * size), total: many.length, page, pageSize: size });
    });
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(20);
    expect(shadowText(el)).to.contain('Page 1 sur 3');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pager button:last-of-type')!.click();
    await until(() => el.shadowRoot!.querySelector('tbody tr td')?.textContent === 'REF020');
    expect(fetchStub.calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect(el.getAttribute('page')).to.equal('2');
  });

  it('shows loading while the first page comes, then keeps the list visible, marked as refreshing, while the next loads', async () => {
    const answers: (() => void)[] = [];
    const { el } = await timeline(
      (url, init) => new Promise<Response>((resolve) => answers.push(() => resolve(server(url, init) as Response))),
    );
    await until(() => stateOf(el) === 'loading' && answers.length === 1);
    expect(el.hasAttribute('loading')).to.equal(true);
    await expect(el).to.be.accessible();
    answers[0]!();
    await settled(el);
    const shown = el.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(shown).to.be.greaterThan(0);
    el.q = 'P';
    await until(() => answers.length === 2 && el.hasAttribute('loading'));
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(shown);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el)).to.contain('Mise à jour');
    answers[1]!();
    await settled(el);
    expect(el.shadowRoot!.querySelector('table')?.getAttribute('aria-busy') ?? 'false').to.equal('false');
  });

  it('says when nothing matches, and lists everything again on request', async () => {
    const { el } = await timeline(server);
    await settled(el);
    await find(el, 'ZZZ-404');
    await until(() => stateOf(el) === 'empty');
    expect(shadowText(el)).to.contain('Aucun dossier ne correspond à « ZZZ-404 »');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="empty"] button')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 2);
  });

  it('downloads a document with the element’s credentials, and says so when it fails', async () => {
    const { el, fetchStub } = await timeline(
      (url, init) => (url.pathname.endsWith('/order') ? problem(503, 'Unavailable') : server(url, init)),
      (e) => {
        e.order = '45KL89G00E';
        e.headers = { Authorization: 'Bearer t0k3n' };
      },
    );
    await opened(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="documents"] a')];
    expect(links[2]!.href).to.equal(new URL('/api/orders/45KL89G00E/documents/delivery-note', location.href).href);
    const [blob] = await downloads(() => links[2]!.click());
    expect(await blob!.text()).to.equal('%PDF-1.4 test');
    const call = fetchStub.calls.find((c) => c.url.pathname.endsWith('/delivery-note'))!;
    expect(new Headers(call.init.headers).get('Authorization')).to.equal('Bearer t0k3n');
    links[1]!.click();
    await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect(text(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('Le document « la commande » n’a pas pu être téléchargé');
  });

  it('links documents elsewhere as plain links (no token leaves), and never links a javascript: address', async () => {
    const elsewhere: OrderDossier = {
      ...seedOrder,
      documents: [
        { kind: 'offer', label: 'Offre', url: 'https://docs.example.org/offer.pdf', available: true },
        { kind: 'order', label: 'Commande', url: 'javascript:alert(1)', available: true },
      ],
    };
    const { el } = await timeline(
      () => json(elsewhere),
      (e) => (e.order = seedOrder.ourRef),
    );
    await opened(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="documents"] a')];
    expect(links).to.have.length(1);
    expect(links[0]!.href).to.equal('https://docs.example.org/offer.pdf');
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(shadowText(el)).to.contain('Commande (pas encore disponible)');
  });

  it('is accessible in the dark theme (steps, links, comments)', async () => {
    const { el } = await timeline(server, (e) => {
      e.theme = 'dark';
      e.order = '41KL01G10E';
    });
    await opened(el);
    await expect(el).to.be.accessible();
  });

  it('reads naturally in English, oldest history first on request', async () => {
    const { el } = await timeline(server, (e) => {
      e.lang = 'en';
      e.order = '45KL89G00E';
      e.historyOrder = 'oldest';
    });
    await opened(el);
    expect(text(el.shadowRoot!.querySelector('.steps li')!)).to.equal('✓ Quote: done 22 Jul 2004');
    expect(text(el.shadowRoot!.querySelector('ol.history li')!)).to.equal('22 Jul 2004 Création de dossier: offre pour Jean Bon');
  });

  it('shows an unknown reference as an error with a way back, and loading while a dossier comes', async () => {
    const { el } = await timeline(
      (url, init) => (url.pathname.endsWith('/SLOW') ? never() : server(url, init)),
      (e) => (e.order = 'NOPE'),
    );
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('Toutes vos affaires');
    await expect(el).to.be.accessible();
    el.order = 'SLOW';
    await el.updateComplete;
    await until(() => stateOf(el) === 'loading');
    await expect(el).to.be.accessible();
  });

  it('names what is wrong in a malformed dossier', async () => {
    const { el } = await timeline(
      () => json({ ...seedOrder, steps: 'all done' }),
      (e) => (e.order = '45KL89G00E'),
    );
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('n’a pas la forme attendue').and.contain('steps');
  });

  it('renders an XSS payload in every text field as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const evil: OrderDossier = {
      ...inProgress,
      customer: payload,
      contact: payload,
      history: [{ at: '2026-11-20', text: payload, actor: payload, comment: payload }],
      deliveryAddress: { ...inProgress.deliveryAddress, name: payload },
      documents: [{ kind: 'offer', label: payload, url: null, available: false }],
    };
    const { el } = await timeline(
      () => json(evil),
      (e) => (e.order = inProgress.ourRef),
    );
    await opened(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain(payload);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
