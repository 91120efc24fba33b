// The list engine (runtime/list-query.ts) as each element uses it: a server whose `total` lies, or that ignores `page`,
// ends in a clear error after a bounded number of requests; an export stops when its element leaves the page.
import { expect } from '@open-wc/testing';
import type { BackorderLine, CaseSummary, OrderSummary, ShipmentSummary, WatchItem } from '@comptoir/contract';
import {
  generateBackorders,
  generateCases,
  generateCatalog,
  generateShipments,
  generateWatchlist,
  seedOrder,
} from '@comptoir/contract/fixtures';
import '../src/all.js';
import { clearCache } from '../src/runtime/api-client.js';
import { chooseExport, json, mount, never, shadowText, stateOf, stubFetch, until, type FetchStub } from './helpers.js';

const today = '2026-11-22';
const backorders = [...generateBackorders(7, 400, today)];
const shipments: ShipmentSummary[] = generateShipments(7, 400, today).map(({ lines: _l, parcels: _p, ...summary }) => summary);
const cases: CaseSummary[] = generateCases(7, 400, today, 'example.fr').map(
  ({ id, createdAt, status, primaryEmail, shortDescription }) => ({
    id,
    createdAt,
    status,
    primaryEmail,
    shortDescription,
  }),
);
const watch: WatchItem[] = generateWatchlist(7, generateCatalog(7, 600, today), 400, today);
const {
  history: _history,
  lines: _lines,
  documents: _documents,
  ...orderSummary
} = seedOrder as typeof seedOrder & Record<string, unknown>;
const orders: OrderSummary[] = Array.from({ length: 400 }, (_, i) => ({
  ...(orderSummary as OrderSummary),
  ourRef: `R${i}`,
  yourRef: `Y${i}`,
}));

type Items = readonly { [key: string]: unknown }[];

/** Every page answers with the first items: the server ignores `page` (and says there are 100 000). */
const ignoresPage = (items: Items) =>
  stubFetch((url) => {
    const size = Number(url.searchParams.get('pageSize') ?? 50);
    return json({ items: items.slice(0, size), total: 100_000, page: 1, pageSize: size });
  });

/** Pages of fresh items without end: `total` says one billion. */
const endless = (items: Items, key: string) =>
  stubFetch((url) => {
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('pageSize') ?? 50);
    // Identities of the shape every list accepts (an EAN too): 13 digits.
    const fresh = items.slice(0, size).map((item, i) => ({ ...item, [key]: String(9_780_000_000_000 + page * 1000 + i) }));
    return json({ items: fresh, total: 1_000_000_000, page, pageSize: size });
  });

const listRequests = (stub: FetchStub, path: string) => stub.calls.filter((call) => call.url.pathname === path);
/** The requests of an export: every page of 200 (the billing summary's request of available lines has no page). */
const exportRequests = (stub: FetchStub, path: string) =>
  listRequests(stub, path).filter((call) => call.url.searchParams.get('pageSize') === '200' && call.url.searchParams.has('page'));
const settled = (el: Element) => until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'data');
const exportFailed = (el: Element) => until(() => shadowText(el).includes('L’export a échoué.'), 4000, 'export failure');

afterEach(() => {
  document
    .querySelectorAll('backorder-table, shipment-tracker, case-journal, availability-watchlist, order-timeline')
    .forEach((el) => el.remove());
  clearCache();
});

const exporters = [
  { tag: 'backorder-table', path: '/api/backorders', items: backorders, key: 'id' },
  { tag: 'shipment-tracker', path: '/api/shipments', items: shipments, key: 'id' },
  { tag: 'case-journal', path: '/api/cases', items: cases, key: 'id' },
] as const;

for (const { tag, path, items, key } of exporters) {
  describe(`<${tag}>: the list engine`, () => {
    it('stops an export at the second page when the server ignores `page`, naming why', async () => {
      const stub = ignoresPage(items);
      const el = await mount(tag, path, stub);
      await settled(el);
      chooseExport(el, 'csv');
      await exportFailed(el);
      expect(shadowText(el)).to.include('La réponse du serveur n’a pas la forme attendue.');
      const pages = exportRequests(stub, path);
      expect(pages.map((call) => call.url.searchParams.get('page'))).to.deep.equal(['1', '2']);
    });

    it('refuses an export longer than 200 000 items at once, with a way out, instead of paging forever', async () => {
      const stub = endless(items, key);
      const el = await mount(tag, path, stub);
      await settled(el);
      chooseExport(el, 'csv');
      await exportFailed(el);
      expect(shadowText(el)).to.include('affinez la liste (recherche, filtre)');
      expect(exportRequests(stub, path)).to.have.length(1);
    });

    it('aborts an export under way when the element leaves the page', async () => {
      let exportPages = 0;
      const stub = stubFetch((url) => {
        const size = Number(url.searchParams.get('pageSize') ?? 50);
        if (size === 200 && url.searchParams.has('page') && ++exportPages > 1) return never();
        const page = Number(url.searchParams.get('page') ?? 1);
        return json({ items: items.slice((page - 1) * size, page * size), total: items.length, page, pageSize: size });
      });
      const el = await mount(tag, path, stub);
      await settled(el);
      chooseExport(el, 'csv');
      await until(() => exportPages === 2, 4000, 'second export page');
      const pending = stub.calls.at(-1)!;
      expect(pending.init.signal!.aborted).to.equal(false);
      el.remove();
      expect(pending.init.signal!.aborted).to.equal(true);
    });
  });
}

describe('a search typed just before the element leaves the page', () => {
  for (const { tag, path, items } of [...exporters, { tag: 'availability-watchlist', path: '/api/watchlist', items: watch }] as const) {
    it(`<${tag}> drops it: nothing runs once the element is gone`, async () => {
      const stub = stubFetch((url) => {
        const size = Number(url.searchParams.get('pageSize') ?? 50);
        return json({ items: items.slice(0, size), total: Math.min(size, items.length), page: 1, pageSize: size });
      });
      const [gone, kept] = [await mount(tag, path, stub), await mount(tag, path, stub)];
      await Promise.all([settled(gone), settled(kept)]);
      const type = (el: Element) => {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]:not(#catalog-search)')!;
        input.value = 'zola';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      type(gone);
      type(kept);
      gone.remove();
      // The kept element's search, typed after the other one, runs: the removed one's would have run by then.
      await until(() => (kept as unknown as { q: string }).q === 'zola', 4000, 'the kept element searched');
      expect((gone as unknown as { q: string }).q).to.equal('');
    });
  }
});

describe('<backorder-table client-side>: the list engine', () => {
  it('shows a clear error state when the server ignores `page`, after two requests', async () => {
    const stub = ignoresPage(backorders as readonly BackorderLine[]);
    const el = await mount('backorder-table', '/api/backorders', stub, (table) => (table.clientSide = true));
    await until(() => stateOf(el) === 'error', 4000, 'error state');
    expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal('invalid-response');
    expect(shadowText(el)).to.include('page 2 repeats earlier pages');
    expect(listRequests(stub, '/api/backorders')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('refuses more than 200 000 lines with one request, and offers no Retry that would fail the same way', async () => {
    const stub = endless(backorders as readonly BackorderLine[], 'id');
    const el = await mount('backorder-table', '/api/backorders', stub, (table) => (table.clientSide = true));
    await until(() => stateOf(el) === 'error', 4000, 'error state');
    expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal('limit');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    expect(listRequests(stub, '/api/backorders')).to.have.length(1);
  });
});

describe('<availability-watchlist>: the list engine', () => {
  it('loads the whole list page after page, and stops with an error when the server ignores `page`', async () => {
    const stub = ignoresPage(watch);
    const el = await mount('availability-watchlist', '/api/watchlist', stub);
    await until(() => stateOf(el) === 'error', 4000, 'error state');
    expect(shadowText(el)).to.include('page 2 repeats earlier pages');
    expect(listRequests(stub, '/api/watchlist')).to.have.length(2);
  });

  it('refuses a list whose total says one billion, with one request', async () => {
    const stub = endless(watch, 'ean13');
    const el = await mount('availability-watchlist', '/api/watchlist', stub);
    await until(() => stateOf(el) === 'error', 4000, 'error state');
    expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal('limit');
    expect(listRequests(stub, '/api/watchlist')).to.have.length(1);
  });
});

describe('<order-timeline>: the list engine', () => {
  it('asks one page whatever the total says, and pages on demand', async () => {
    const stub = endless(orders, 'ourRef');
    const el = await mount('order-timeline', '/api/orders', stub);
    await settled(el);
    expect(listRequests(stub, '/api/orders')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(20);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pager button:last-of-type')!.click();
    await until(() => listRequests(stub, '/api/orders').length === 2, 4000, 'next page');
    expect(listRequests(stub, '/api/orders')[1]!.url.searchParams.get('page')).to.equal('2');
  });
});
