import { expect } from '@open-wc/testing';
import type { BackorderLine } from '@comptoir/contract';
import { generateBackorders, seedBackorders } from '@comptoir/contract/fixtures';
import './backorder-table.js';
import type { BackorderTable } from './backorder-table.component.js';
import {
  chooseExport,
  delay,
  downloads,
  json,
  never,
  problem,
  shadowText,
  stateOf,
  stubFetch,
  until,
  type Handler,
} from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';
import { filterAndSort } from './backorder-data.js';
import { strFromU8, unzipSync } from 'fflate';

const pageOf = (items: BackorderLine[], page = 1, pageSize = 50, total = items.length) => ({ items, total, page, pageSize });

async function table(handler: Handler, setup: (el: BackorderTable) => void = () => undefined) {
  const fetchStub = stubFetch(handler);
  const el = document.createElement('backorder-table');
  el.endpoint = '/api/backorders';
  el.lang = 'fr';
  el.fetch = fetchStub;
  setup(el);
  document.body.append(el);
  return { el, fetchStub };
}

const rows = (el: BackorderTable) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const loaded = async (el: BackorderTable) => {
  await el.updateComplete; // the first render, before which the shadow root is empty
  await until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'data');
};

afterEach(() => {
  document.querySelectorAll('backorder-table').forEach((el) => el.remove());
  clearCache();
});

describe('<backorder-table>: the seed rows', () => {
  it('shows the four lines as the portal did, in French, accessibly', async () => {
    const { el } = await table(() => json(pageOf(seedBackorders)));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('4 éléments');
    const [first, , third, fourth] = rows(el).map(cells);
    expect(first!.slice(0, 9)).to.deep.equal([
      'Article disponible — Disponible à nouveau : il vous sera facturé automatiquement au prochain traitement hebdomadaire des manquants.',
      '24/11/2021',
      '',
      '65928812 F000056',
      '12298466',
      '9782266258234',
      '1',
      'GUERRE CLANS SIGNES DESTIN T03',
      'POCKET JEUNESSE',
    ]);
    expect(third![0]).to.match(/^Réimpression à l’étude — Non disponible, rupture de stock sans date/);
    expect(fourth!.slice(1, 3)).to.deep.equal(['27/07/2021', '28/10/2021']);
    expect(fourth![6]).to.equal('3');
    // Kept three months after its announced reprint date (28 October): its purge date, passed on this test's day.
    expect(fourth![11]).to.equal('28/01/2022 date de purge dépassée');
    await expect(el).to.be.accessible();
  });

  it('reads naturally in English', async () => {
    const { el } = await table(
      () => json(pageOf(seedBackorders)),
      (e) => (e.lang = 'en'),
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('4 lines');
    const fourth = cells(rows(el)[3]!);
    expect(fourth[0]).to.match(/^Reprint in progress/);
    expect(fourth.slice(1, 3)).to.deep.equal(['27 Jul 2021', '28 Oct 2021']);
    expect(shadowText(el)).to.contain('Your reference').and.contain('Noted on');
  });

  it('is accessible in the dark theme too (contrast of badges, muted text and buttons)', async () => {
    const { el } = await table(
      () => json(pageOf(seedBackorders)),
      (e) => (e.theme = 'dark'),
    );
    await loaded(el);
    el.shadowRoot!.querySelector('details.glossary')!.setAttribute('open', '');
    await until(() => el.shadowRoot!.querySelector('.glossary dl') !== null, 2000, 'the glossary');
    await expect(el).to.be.accessible();
  });

  it('names the distributor in the number column, and explains every status in the glossary', async () => {
    const { el } = await table(
      () => json(pageOf(seedBackorders)),
      (e) => (e.distributor = 'Interforum'),
    );
    await loaded(el);
    expect(shadowText(el)).to.contain('Numéro Interforum');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.glossary')!;
    details.querySelector('summary')!.click();
    await until(() => details.querySelector('dl') !== null, 2000, 'the glossary');
    expect(details.textContent).to.contain('Réimpression en cours').and.contain('conservées 3 mois');
  });

  it('shows only the columns asked for, in their fixed order, and ignores unknown names with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await table(
        () => json(pageOf(seedBackorders)),
        (e) => (e.columns = 'title, quantity,status,bogus,expectedAt'),
      );
      await loaded(el);
      const headers = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) =>
        h.textContent!.replace(/[▲▼↕\s]+/g, ' ').trim(),
      );
      expect(headers).to.deep.equal(['Statut', 'Dispo. prévue', 'Qté', 'Titre']);
      const shownCells = (row: HTMLElement) =>
        [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].filter((cell) => getComputedStyle(cell).display !== 'none');
      const first = shownCells(rows(el)[0]!).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
      expect(first).to.have.length(4);
      expect(first[3]).to.equal(seedBackorders[0]!.title);
      // The cells line up with their headers.
      const headerBoxes = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) =>
        Math.round(h.getBoundingClientRect().left),
      );
      expect(shownCells(rows(el)[0]!).map((cell) => Math.round(cell.getBoundingClientRect().left))).to.deep.equal(headerBoxes);
      expect(warnings.join('\n')).to.contain('bogus');
      await expect(el).to.be.accessible();
      // Back to every column.
      el.columns = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role="columnheader"]')).to.have.length(13);
      expect(shownCells(rows(el)[0]!)).to.have.length(13);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<backorder-table>: server mode', () => {
  it('sends search, status, sort and page as query parameters, and reflects them', async () => {
    const { el, fetchStub } = await table((url) =>
      json(pageOf(seedBackorders.slice(0, 2), Number(url.searchParams.get('page') ?? 1), 50, 120)),
    );
    await loaded(el);
    expect(fetchStub.calls[0]!.url.searchParams.get('sort')).to.equal('-notedAt');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '9782266258234';
    input.dispatchEvent(new InputEvent('input'));
    await delay(100);
    expect(el.q).to.equal(''); // debounced
    await until(() => el.q === '9782266258234');
    expect(el.getAttribute('q')).to.equal('9782266258234');
    await until(() => fetchStub.calls.some((call) => call.url.searchParams.get('q') === '9782266258234'));

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'reprint-in-progress';
    select.dispatchEvent(new Event('change'));
    await until(() => fetchStub.calls.some((call) => call.url.searchParams.get('status') === 'reprint-in-progress'));
    expect(el.getAttribute('status')).to.equal('reprint-in-progress');

    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-column="title"] button')!.click();
    await until(() => fetchStub.calls.some((call) => call.url.searchParams.get('sort') === 'title'));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[data-column="title"]')!.getAttribute('aria-sort')).to.equal('ascending');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-column="title"] button')!.click();
    await until(() => fetchStub.calls.some((call) => call.url.searchParams.get('sort') === '-title'));

    await loaded(el);
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent!.includes('suivante'))!;
    next.click();
    await until(() => fetchStub.calls.some((call) => call.url.searchParams.get('page') === '2'));
    expect(el.getAttribute('page')).to.equal('2');
    expect(shadowText(el)).to.contain('Page 2 sur 3');
  });

  it('restores its state from attributes (deep link)', async () => {
    const { el, fetchStub } = await table(
      () => json(pageOf([])),
      (e) => {
        e.setAttribute('q', 'robert');
        e.setAttribute('status', 'reprint-under-study,reprint-in-progress');
        e.setAttribute('sort', 'purgeAt');
        e.setAttribute('page', '3');
      },
    );
    await loaded(el);
    const params = fetchStub.calls[0]!.url.searchParams;
    expect([params.get('q'), params.get('status'), params.get('sort'), params.get('page')]).to.deep.equal([
      'robert',
      'reprint-under-study,reprint-in-progress',
      'purgeAt',
      '3',
    ]);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('robert');
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const { el } = await table(
      (url) => json(pageOf(url.searchParams.get('q') ? [] : seedBackorders)),
      (e) => (e.q = 'zzz'),
    );
    await loaded(el);
    expect(stateOf(el)).to.equal('empty');
    expect(shadowText(el)).to.contain('Aucun élément ne correspond');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="empty"] button')!.click();
    await until(() => rows(el).length === 4);
    expect(el.q).to.equal('');
  });

  it('invites when there is no backorder at all', async () => {
    const { el } = await table(() => json(pageOf([])));
    await loaded(el);
    expect(shadowText(el)).to.contain('Aucun article noté');
    expect(el.shadowRoot!.querySelector('[data-state="empty"] button')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('sums the available lines against the billing threshold', async () => {
    const priced = seedBackorders.map((line, i) => ({ ...line, price: { amount: 12.5 + i, currency: 'EUR' } }));
    const { el } = await table((url) => json(pageOf(url.searchParams.get('status') === 'available' ? priced.slice(0, 2) : priced)));
    await loaded(el);
    await until(() => shadowText(el).includes('seuil'));
    // 12.50 × 1 + 13.50 × 1 = 26.00; 24.00 short of 50.
    expect(el.shadowRoot!.querySelector('[part="threshold"]')!.textContent!.replace(/\s+/g, ' '))
      .to.contain('26,00 € HT')
      .and.contain('24,00 € HT');
  });
});

describe('<backorder-table>: the weekly processing', () => {
  const processing = {
    nextRunAt: '2026-11-23',
    lastRunAt: '2026-11-16',
    billingThreshold: { amount: 30, currency: 'EUR' },
    availableTotal: null,
  };
  const priced = seedBackorders.map((line, i) => ({ ...line, price: { amount: 12.5 + i, currency: 'EUR' } }));
  const server = (answer: () => Response | Promise<Response>) => (url: URL) =>
    url.pathname === '/api/backorder-processing'
      ? answer()
      : json(pageOf(url.searchParams.get('status') === 'available' ? priced.slice(0, 2) : priced));

  it("shows the next run's day beside the threshold, which comes from the server", async () => {
    const { el, fetchStub } = await table(server(() => json(processing)));
    await loaded(el);
    await until(() => Boolean(el.shadowRoot!.querySelector('[part="next-run"]')), 3000, 'the next run');
    expect(el.shadowRoot!.querySelector('[part="next-run"]')!.textContent!.trim()).to.equal(
      'Prochain traitement hebdomadaire : lundi 23 novembre.',
    );
    // The server's threshold (30 €), not the attribute's default (50 €): 26,00 € is 4,00 € short.
    const threshold = el.shadowRoot!.querySelector('[part="threshold"]')!.textContent!.replace(/\s+/g, ' ');
    expect(threshold).to.contain('30,00 € HT').and.contain('4,00 € HT');
    expect(fetchStub.calls.some((call) => call.url.pathname === '/api/backorder-processing')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("in server mode, the server's sum of the available lines stands (more lines than one page may be available)", async () => {
    const { el } = await table(server(() => json({ ...processing, availableTotal: { amount: 13559.4, currency: 'EUR' } })));
    await loaded(el);
    await until(() => Boolean(el.shadowRoot!.querySelector('[part="next-run"]')), 3000, 'the next run');
    const threshold = el.shadowRoot!.querySelector('[part="threshold"]')!.textContent!.replace(/\s+/g, ' ');
    expect(threshold).to.contain('13 559,40 € HT').and.contain('Le seuil est atteint');
  });

  it('writes the day in the page language', async () => {
    const { el } = await table(
      server(() => json(processing)),
      (e) => (e.lang = 'de'),
    );
    await loaded(el);
    await until(() => Boolean(el.shadowRoot!.querySelector('[part="next-run"]')), 3000, 'the next run');
    expect(el.shadowRoot!.querySelector('[part="next-run"]')!.textContent!.trim()).to.equal(
      'Nächste wöchentliche Bearbeitung: Montag, 23. November.',
    );
  });

  it('without the route (404) or with an answer off the contract, the list works and no day shows', async () => {
    for (const answer of [() => problem(404, 'Not Found'), () => json({ nextRunAt: 'lundi' })]) {
      const { el, fetchStub } = await table(server(answer));
      await loaded(el);
      await until(() => fetchStub.calls.some((call) => call.url.pathname === '/api/backorder-processing'), 3000, 'the request');
      await until(() => shadowText(el).includes('seuil'));
      expect(el.shadowRoot!.querySelector('[part="next-run"]')).to.not.exist;
      // The attribute's threshold (50 €) stands.
      expect(el.shadowRoot!.querySelector('[part="threshold"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('50,00 € HT');
      expect(rows(el)).to.have.length(4);
      el.remove();
    }
  });

  it('processing-endpoint="none" asks nothing', async () => {
    const { el, fetchStub } = await table(
      server(() => json(processing)),
      (e) => e.setAttribute('processing-endpoint', 'none'),
    );
    await loaded(el);
    await until(() => shadowText(el).includes('seuil'));
    expect(fetchStub.calls.some((call) => call.url.pathname === '/api/backorder-processing')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="next-run"]')).to.not.exist;
  });
});

describe('<backorder-table>: faults', () => {
  /** name, answer, error kind, whether Retry is offered */
  const faults: [string, Handler, string, boolean][] = [
    ['network error', () => Promise.reject(new TypeError('Failed to fetch')), 'network', true],
    ['401', () => problem(401, 'Unauthorized'), 'http', false],
    ['403', () => problem(403, 'Forbidden'), 'http', false],
    ['404', () => problem(404, 'Not Found'), 'http', false],
    ['429', () => problem(429, 'Too Many', {}, { 'Retry-After': '30' }), 'http', true],
    ['500', () => problem(500, 'Boom'), 'http', true],
    ['503', () => new Response('<html>Service Unavailable</html>', { status: 503 }), 'http', true],
    [
      'an HTML page',
      () => new Response('<!doctype html><title>Login</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      'invalid-response',
      true,
    ],
    ['truncated JSON', () => new Response('{"items":[{"id":"BO', { status: 200 }), 'invalid-response', true],
    [
      'a wrong shape',
      () => json({ items: [{ ...seedBackorders[0], quantity: 'one' }], total: 1, page: 1, pageSize: 50 }),
      'invalid-response',
      true,
    ],
  ];
  for (const [name, handler, kind, retry] of faults) {
    it(`shows one error state for ${name}`, async () => {
      const { el } = await table(handler, (e) => (e.lang = 'en'));
      await until(() => stateOf(el) === 'error', 8000, name);
      const state = el.shadowRoot!.querySelector('[data-state="error"]')!;
      expect(state.getAttribute('data-kind')).to.equal(kind);
      // Retry only where asking again may help: not when signed out, forbidden or not found.
      expect(Boolean(state.querySelector('button[part~="retry"]')), 'Retry offered').to.equal(retry);
      if (name === '429') expect(state.textContent).to.contain('retry in 30 s');
      if (name === 'a wrong shape') expect(state.textContent).to.contain('items.0.quantity');
      await expect(el).to.be.accessible();
    });
  }

  it('shows loading while the first answer comes, then keeps the lines visible, marked as refreshing, while a filter loads', async () => {
    const answers: ((response: Response) => void)[] = [];
    const { el } = await table((url) =>
      url.pathname === '/api/backorder-processing'
        ? problem(404, 'Not Found') // the weekly processing's request
        : url.searchParams.get('status') === 'available' && url.searchParams.get('pageSize') === '200'
          ? json(pageOf([])) // the billing summary's request
          : new Promise<Response>((resolve) => answers.push(resolve)),
    );
    await until(() => stateOf(el) === 'loading' && answers.length === 1);
    expect(el.hasAttribute('loading')).to.equal(true);
    answers[0]!(json(pageOf(seedBackorders)));
    await loaded(el);
    expect(rows(el)).to.have.length(4);
    el.status = 'reprint-in-progress';
    await until(() => answers.length === 2 && el.hasAttribute('loading'));
    // The previous lines stay, the grid marked busy, until the new page comes.
    expect(rows(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(el)).to.contain('Mise à jour');
    answers[1]!(json(pageOf(seedBackorders.filter((line) => line.status === 'reprint-in-progress'))));
    await until(() => !el.hasAttribute('loading'));
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('gives up on an answer that never comes, with Retry', async () => {
    const { el } = await table(never, (e) => e.setAttribute('page', '1'));
    // The element uses the runtime's default timeout; a page-level configure() shortens it for this test.
    const { configure } = await import('../runtime/config.js');
    configure({ timeout: 200, retries: 0 });
    try {
      el.sort = 'title';
      await until(() => stateOf(el) === 'error', 4000);
      expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal('timeout');
    } finally {
      configure({ timeout: undefined, retries: undefined });
    }
  });

  it('renders an XSS payload in every text field as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const line: BackorderLine = {
      ...seedBackorders[3]!,
      id: payload,
      yourReference: payload,
      distributorNumber: payload,
      title: payload,
      publisher: payload,
    };
    const { el } = await table(() => json(pageOf([line])));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.body script')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror=');
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });
});

describe('<backorder-table>: cancel', () => {
  it('confirms, removes at once, and restores the line with a message when the server refuses', async () => {
    let answer!: (r: Response) => void;
    const { el, fetchStub } = await table((_url, init) =>
      init.method === 'DELETE' ? new Promise<Response>((resolve) => (answer = resolve)) : json(pageOf(seedBackorders)),
    );
    await loaded(el);
    const cancel = rows(el)[2]!.querySelector<HTMLButtonElement>('button.cancel')!;
    expect(cancel.getAttribute('aria-label')).to.equal('Annuler le noté « PETIT ROBERT LGUE FSE BIMEDIA »');
    cancel.click();
    // The dialog's module loads on the first Cancel.
    await until(() => el.shadowRoot!.querySelector('dialog')?.open === true);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Conserver');
    await expect(el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Annuler')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    // Focus moves to the line now in the cancelled one's place, not to the page.
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === 'BO-SEED-4', 1000, 'focus on the next line');
    const deletes = fetchStub.calls.filter((call) => call.init.method === 'DELETE');
    expect(deletes.map((call) => call.url.pathname)).to.deep.equal(['/api/backorders/BO-SEED-3']);
    // The server's reason, by its code, in the reader's language (not the server's English detail).
    answer(problem(409, 'Conflict', { code: 'not-cancellable', detail: 'The distributor does not allow cancelling this line.' }));
    await until(() => rows(el).length === 4);
    await until(() => el.shadowRoot!.querySelector('.notice[role="alert"]') !== null);
    const alert = el.shadowRoot!.querySelector('.notice[role="alert"]')!;
    expect(alert.textContent).to.contain(
      '« PETIT ROBERT LGUE FSE BIMEDIA » n’a pas pu être annulé : Le distributeur n’autorise pas l’annulation de cette ligne.',
    );
    expect(alert.textContent).to.not.contain('distributor');
  });

  it('keeps the line when the user keeps it, and emits backorder-cancel when the server agrees', async () => {
    const { el } = await table((_url, init) =>
      init.method === 'DELETE' ? new Response(null, { status: 204 }) : json(pageOf(seedBackorders)),
    );
    await loaded(el);
    const dialogOpen = () => el.shadowRoot!.querySelector('dialog')?.open === true;
    // A real click focuses the button it presses (a programmatic one does not).
    const cancel = rows(el)[3]!.querySelector<HTMLButtonElement>('button.cancel')!;
    cancel.focus();
    cancel.click();
    await until(dialogOpen);
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog button.keep')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(4);
    // Keep: focus is back on the line's Cancel button.
    await until(() => el.shadowRoot!.activeElement === rows(el)[3]!.querySelector('button.cancel'), 1000, 'focus back on Cancel');
    const events: CustomEvent[] = [];
    el.addEventListener('backorder-cancel', (e) => events.push(e));
    rows(el)[3]!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await until(dialogOpen);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].at(-1)!.click();
    await until(() => events.length === 1);
    expect(events[0]!.detail.line.id).to.equal('BO-SEED-4');
  });
});

describe('<backorder-table>: client mode and keyboard', () => {
  const many = [...generateBackorders(9, 10_000, '2026-11-22')];

  it('renders only the visible rows of 10 000, scrolls, filters and sorts locally', async () => {
    const { el, fetchStub } = await table(
      () => json(pageOf([])),
      (e) => {
        e.items = many;
        e.style.width = '1900px'; // wide enough for every column: the grid's rows (cards are tested below)
      },
    );
    await loaded(el);
    expect(fetchStub.calls).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('10\u202f000 éléments');
    expect(rows(el).length).to.be.below(60);
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('10001');
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 5000 * 40;
    await until(() => rows(el).some((row) => row.getAttribute('aria-rowindex') === '5002'));
    expect(rows(el).length).to.be.below(60);
    el.status = 'out-of-print';
    el.sort = 'title';
    await el.updateComplete;
    const expected = many.filter((l) => l.status === 'out-of-print').length;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.contain(new Intl.NumberFormat('fr').format(expected));
    const titles = rows(el).map((row) => row.dataset.index && cells(row)[7]!);
    expect(titles.slice(0, 5)).to.deep.equal([...titles.slice(0, 5)].sort());
    await expect(el).to.be.accessible();
  });

  it('searches a list it filters itself at the keystroke; a server’s list waits for the reader to pause', async () => {
    const type = (el: BackorderTable, text: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search-input"]')!;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    const local = (
      await table(
        () => json(pageOf([])),
        (e) => (e.items = many),
      )
    ).el;
    await loaded(local);
    type(local, 'jardin');
    await delay(30);
    expect(local.q).to.equal('jardin');
    const { el: remote, fetchStub } = await table(() => json(pageOf(seedBackorders)));
    await loaded(remote);
    type(remote, 'ja');
    await delay(30);
    type(remote, 'jardin');
    await delay(30);
    expect(remote.q, 'not yet: one request once the reader pauses').to.equal('');
    await until(() => remote.q === 'jardin', 2000, 'the search after the pause');
    const queries = () => fetchStub.calls.map((call) => call.url.searchParams.get('q')).filter(Boolean);
    await until(() => queries().includes('jardin'), 2000, 'the request');
    expect(queries()).to.deep.equal(['jardin']);
  });

  it('paints the first screen of a big list before its full order, then goes anywhere in the right order', async () => {
    // A fresh array: nothing an earlier test built for `many` may help.
    const lines = [...many];
    const { el } = await table(
      () => json(pageOf([])),
      (e) => {
        e.items = lines;
        e.style.width = '1900px';
        e.sort = 'yourReference';
        e.q = 'jardin';
      },
    );
    await loaded(el);
    const expected = filterAndSort([...lines], { q: 'jardin', statuses: [], sort: { field: 'yourReference', direction: 'asc' } });
    expect(expected.length).to.be.above(100);
    const ids = () => rows(el).map((row) => row.dataset.id);
    // The first screen and the exact count, whether or not the full order is built yet.
    expect(ids().slice(0, 10)).to.deep.equal(expected.slice(0, 10).map((line) => line.id));
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal(`${new Intl.NumberFormat('fr').format(expected.length)} éléments`);
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(expected.length + 1));
    // End goes to the last line of the full order at once.
    rows(el)[0]!.focus();
    (el.shadowRoot!.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    const last = String(expected.length - 1);
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === last);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(expected.at(-1)!.id);
    // A new sort paints its first screen too, and descending order keeps ties in list order.
    el.sort = '-publisher';
    await el.updateComplete;
    const byPublisher = filterAndSort([...lines], { q: 'jardin', statuses: [], sort: { field: 'publisher', direction: 'desc' } });
    await until(() => rows(el)[0]?.dataset.id === byPublisher[0]!.id);
    expect(ids().slice(0, 10)).to.deep.equal(byPublisher.slice(0, 10).map((line) => line.id));
    await expect(el).to.be.accessible();
  });

  it('moves between rows with the arrow keys and selects with Enter', async () => {
    const { el } = await table(
      () => json(pageOf([])),
      (e) => (e.items = many.slice(0, 300)),
    );
    await loaded(el);
    const selected: BackorderLine[] = [];
    el.addEventListener('backorder-select', (e) => selected.push(e.detail.line));
    const first = rows(el)[0]!;
    expect(first.tabIndex).to.equal(0);
    first.focus();
    const press = (key: string) =>
      (el.shadowRoot!.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    for (let i = 0; i < 20; i++) {
      press('ArrowDown');
      await el.updateComplete;
    }
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '20');
    press('Enter');
    const shown = filterAndSort(many.slice(0, 300), { q: '', statuses: [], sort: { field: 'notedAt', direction: 'desc' } });
    expect(selected.map((line) => line.id)).to.deep.equal([shown[20]!.id]);
    press('End');
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index === '299');
  });
});

describe('<backorder-table>: export', () => {
  it('exports the whole filtered list from every page to CSV, localized and guarded', async () => {
    const lines = [...generateBackorders(3, 450, '2026-11-22')];
    lines[0] = { ...lines[0]!, title: '=HYPERLINK("http://evil.example","clic")' };
    const { el, fetchStub } = await table((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('pageSize') ?? 50);
      return json(pageOf(lines.slice((page - 1) * size, page * size), page, size, lines.length));
    });
    await loaded(el);
    const blobs = await downloads(() => chooseExport(el, 'csv'));
    const pages = fetchStub.calls.filter((call) => call.url.searchParams.get('pageSize') === '200' && call.url.searchParams.has('page'));
    expect(pages.map((call) => call.url.searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
    const text = await blobs[0]!.text();
    const csvLines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csvLines).to.have.length(451);
    expect(csvLines[0]).to.equal(
      'Statut;Noté le;Dispo. prévue;Votre référence;Numéro distributeur;EAN13;Qté;Titre;Éditeur;Prix HT;Montant HT;Purge le',
    );
    expect(text).to.contain(`'=HYPERLINK`);
  });

  it('exports real dates and numbers to XLSX, with formula-looking text kept as text, under the strict CSP', async () => {
    const lines: BackorderLine[] = [
      { ...seedBackorders[3]!, title: '+33 1 23 45 67 89', price: { amount: 12.5, currency: 'EUR' } },
      { ...seedBackorders[0]! },
    ];
    const { el } = await table(() => json(pageOf(lines)));
    await loaded(el);
    const blobs = await downloads(() => chooseExport(el, 'xlsx'));
    const files = unzipSync(new Uint8Array(await blobs[0]!.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    const text = sheet + strings;
    // Headers in French; the formula-looking title is a text cell as it was typed (no visible guard), no formula anywhere.
    expect(text).to.contain('Noté le').and.contain('Montant HT');
    expect(sheet).to.contain('t="inlineStr"><is><t xml:space="preserve">+33 1 23 45 67 89</t>');
    expect(text).to.not.contain(`'+33`);
    expect(sheet).to.not.contain('<f>');
    // 27/07/2021 as an Excel serial day number (44404), 3 × 12.50 = 37.5 as a number.
    expect(sheet).to.match(/<v>44404<\/v>/);
    expect(sheet).to.match(/<v>37\.5<\/v>/);
  });
});

describe('<backorder-table>: fits its own width', () => {
  /** Lines whose texts are long in every field, in a box of `width` px. */
  async function inBox(width: number, setup: (el: BackorderTable) => void = () => undefined) {
    const box = document.createElement('div');
    box.className = 'box';
    box.style.width = `${width}px`;
    document.body.append(box);
    const { el, fetchStub } = await table(() => json(pageOf(seedBackorders)), setup);
    box.append(el);
    await loaded(el);
    return { el, box, fetchStub };
  }
  afterEach(() => document.querySelectorAll('div.box').forEach((box) => box.remove()));

  for (const width of [320, 390, 768]) {
    it(`shows each line as a card of labelled fields at ${width} px, nothing scrolls sideways, accessible`, async () => {
      const { el } = await inBox(width);
      await until(() => el.shadowRoot!.querySelector('.scroller.cards') !== null, 2000, 'cards');
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      await until(() => rows(el)[0]!.offsetHeight > 100, 2000, 'the card height');
      expect(scroller.scrollWidth, 'no sideways scroll').to.be.at.most(scroller.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      const card = rows(el)[0]!;
      // Each field is labelled (the label is generated content), in the page's language.
      const label = (column: string) => getComputedStyle(card.querySelector(`[data-column="${column}"]`)!, '::before').content;
      expect(label('title')).to.equal('"Titre"');
      expect(label('ean13')).to.equal('"EAN13"');
      // Every field and the Cancel button lie inside the card; no button, badge or date is cut.
      const box = card.getBoundingClientRect();
      for (const cell of card.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
        if (getComputedStyle(cell).display === 'none') continue;
        const rect = cell.getBoundingClientRect();
        expect(rect.right, cell.dataset.column).to.be.at.most(box.right + 0.5);
        expect(rect.bottom, cell.dataset.column).to.be.at.most(box.bottom + 0.5);
      }
      for (const node of card.querySelectorAll<HTMLElement>('button, [part~="badge"], [data-column$="At"]'))
        expect(node.scrollWidth, node.textContent!).to.be.at.most(node.clientWidth + 1);
      const cancel = card.querySelector<HTMLElement>('.cancel');
      if (cancel) expect(cancel.getBoundingClientRect().height).to.be.at.least(24);
      await expect(el).to.be.accessible();
    });
  }

  for (const [width, level, dropped] of [
    [1400, 1, ['distributorNumber', 'ean13', 'price']],
    [1000, 2, ['distributorNumber', 'ean13', 'price', 'notedAt', 'publisher', 'amount']],
  ] as const) {
    it(`at ${width} px drops the columns of lower priority, shown on the focused line with their label; accessible`, async () => {
      const { el } = await inBox(width);
      await until(() => el.shadowRoot!.querySelector(`.scroller.fit-${level}`) !== null, 2000, `fit level ${level}`);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth, 'no sideways scroll').to.be.at.most(scroller.clientWidth + 1);
      const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.head [role="columnheader"]')].map((th) => th.dataset.column);
      expect(headers).to.have.length(13 - dropped.length);
      for (const column of dropped) expect(headers).not.to.include(column);
      const [first, second] = rows(el) as [HTMLElement, HTMLElement];
      const cell = (row: HTMLElement, column: string) => row.querySelector<HTMLElement>(`[data-column="${column}"]`)!;
      const collapsed = first.offsetHeight;
      // Out of sight but still in the row, labelled, for a screen reader.
      for (const column of dropped) {
        expect(cell(first, column).getBoundingClientRect().width, column).to.be.at.most(1);
        expect(getComputedStyle(cell(first, column), '::before').display, column).to.equal('inline');
      }
      expect(getComputedStyle(cell(first, 'ean13'), '::before').content).to.equal('"EAN13"');
      expect(cell(first, 'ean13').textContent!.trim()).to.equal(seedBackorders[0]!.ean13);
      // The focused line expands over the next ones and shows them, inside its own box.
      first.focus();
      await until(() => first.offsetHeight > collapsed, 2000, 'the focused line expanded');
      const box = first.getBoundingClientRect();
      for (const column of dropped) {
        const rect = cell(first, column).getBoundingClientRect();
        expect(rect.width, column).to.be.greaterThan(40);
        expect(rect.left, column).to.be.at.least(box.left - 0.5);
        expect(rect.right, column).to.be.at.most(box.right + 0.5);
        expect(rect.bottom, column).to.be.at.most(box.bottom + 0.5);
      }
      expect(scroller.scrollWidth, 'no sideways scroll, expanded').to.be.at.most(scroller.clientWidth + 1);
      await expect(el).to.be.accessible();
      // The keyboard moves the expansion with the focus.
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await until(() => el.shadowRoot!.activeElement === second, 2000, 'the second line focused');
      await until(() => first.offsetHeight === collapsed && second.offsetHeight > collapsed, 2000, 'the expansion moved');
    });
  }

  it('shows every column at 1,700 px, and none dropped', async () => {
    const { el } = await inBox(1700);
    await until(() => rows(el).length > 0, 2000, 'rows');
    await delay(100);
    expect(el.shadowRoot!.querySelector('.scroller')!.className).not.to.match(/fit|cards/);
    expect(el.shadowRoot!.querySelectorAll('.head [role="columnheader"]')).to.have.length(13);
  });

  it('keeps the grid’s keyboard on cards, and goes back to columns when its box widens', async () => {
    const { el, box } = await inBox(360);
    await until(() => el.shadowRoot!.querySelector('.scroller.cards') !== null, 2000, 'cards');
    const first = rows(el)[0]!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '1', 2000, 'the second card focused');
    box.style.width = '1900px';
    await until(() => el.shadowRoot!.querySelector('.scroller.cards') === null, 2000, 'columns again');
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
  });

  it('becomes cards only when its shown columns do not fit: four columns stay a grid at 600 px', async () => {
    const { el } = await inBox(600, (e) => (e.columns = 'status,quantity,title,actions'));
    await delay(100);
    expect(el.shadowRoot!.querySelector('.scroller.cards')).to.equal(null);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
  });

  it('labels the cards in English on an English page', async () => {
    const { el } = await inBox(390, (e) => (e.lang = 'en'));
    await until(() => el.shadowRoot!.querySelector('.scroller.cards') !== null, 2000, 'cards');
    await until(() => rows(el).length > 0, 2000, 'rows');
    const title = el.shadowRoot!.querySelector('.body [data-column="title"]')!;
    await until(() => getComputedStyle(title, '::before').content === '"Title"', 2000, 'English labels');
  });
});
