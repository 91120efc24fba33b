import { HttpResponse, delay, getResponse, http, type RequestHandler } from 'msw';
import { MAX_PAGE_SIZE, backorderStatuses, type BackorderLine, type BackorderStatus, type WatchItem } from '@comptoir/contract';
import { generateBackorders, generateCatalog, seedBackorders, seedWatchlist } from '@comptoir/contract/fixtures';
import { filterAndSort, type SortSpec } from '../packages/elements/src/backorder-table/backorder-data.js';

/** The contract's fixtures behind msw handlers: stories run "server mode" with no server and no service worker. */
export const storyLines: BackorderLine[] = [...seedBackorders, ...generateBackorders(5, 1200, '2026-11-22')];

export function backorderHandlers(lines: BackorderLine[] = storyLines, latency = 250): RequestHandler[] {
  let current = [...lines];
  return [
    http.get('*/api/backorders', async ({ request }) => {
      await delay(latency);
      const params = new URL(request.url).searchParams;
      const sort = params.get('sort') ?? '-notedAt';
      const statuses = (params.get('status') ?? '')
        .split(',')
        .filter((s): s is BackorderStatus => (backorderStatuses as readonly string[]).includes(s));
      const rows = filterAndSort(current, {
        q: params.get('q') ?? '',
        statuses,
        sort: { field: sort.replace(/^-/, '') as SortSpec['field'], direction: sort.startsWith('-') ? 'desc' : 'asc' },
      });
      const pageSize = Math.min(MAX_PAGE_SIZE, Number(params.get('pageSize') ?? 50));
      const page = Number(params.get('page') ?? 1);
      return HttpResponse.json({ items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize });
    }),
    http.delete('*/api/backorders/:id', async ({ params }) => {
      await delay(latency);
      const line = current.find((l) => l.id === params.id);
      if (!line) return HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
      if (!line.cancellable) {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Le distributeur ne permet pas d’annuler cette ligne.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      current = current.filter((l) => l.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/** A `fetch` for an element's `fetch` property, answered by msw handlers. */
export function mockFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(new URL(String(input), location.href), init);
    return (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 });
  };
}

/** Fixed answers for the states. */
export const answers = {
  never: (() => new Promise<Response>(() => undefined)) as typeof fetch,
  serverError: (async () =>
    new Response(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Database unavailable' }), {
      status: 500,
      headers: { 'Content-Type': 'application/problem+json' },
    })) as typeof fetch,
  wrongShape: (async () =>
    new Response(
      JSON.stringify({ items: [{ ...seedBackorders[0], quantity: 'un', notedAt: '24/11/2021' }], total: 1, page: 1, pageSize: 50 }),
      {
        headers: { 'Content-Type': 'application/json' },
      },
    )) as typeof fetch,
  page: (items: BackorderLine[]) =>
    (async () =>
      new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 50 }), {
        headers: { 'Content-Type': 'application/json' },
      })) as typeof fetch,
};

/** The watchlist and the unavailable catalog behind msw handlers, in memory. */
export function watchlistHandlers(initial: WatchItem[] = seedWatchlist, latency = 250): RequestHandler[] {
  const catalog = generateCatalog(31, 80, '2026-11-22');
  let items = [...initial];
  return [
    http.get('*/api/watchlist', async () => {
      await delay(latency);
      return HttpResponse.json({ items, total: items.length, page: 1, pageSize: 200 });
    }),
    http.post('*/api/watchlist', async ({ request }) => {
      await delay(latency);
      const body = (await request.json()) as { items: { ean13: string }[] };
      const added: WatchItem[] = [];
      const skipped: { ean13: string; reason: string }[] = [];
      for (const { ean13 } of body.items) {
        const title = catalog.find((t) => t.ean13 === ean13);
        if (!title) skipped.push({ ean13, reason: 'unknown-title' });
        else if (items.some((i) => i.ean13 === ean13)) skipped.push({ ean13, reason: 'already-followed' });
        else {
          const item: WatchItem = {
            ...title,
            subscribedAt: '2026-11-22',
            available: false,
            availableAt: title.expectedAt,
            notifiedAt: null,
            yourReference: '',
          };
          items = [item, ...items];
          added.push(item);
        }
      }
      return HttpResponse.json({ added, skipped });
    }),
    http.patch('*/api/watchlist/:ean', async ({ params, request }) => {
      await delay(latency);
      const body = (await request.json()) as { yourReference: string };
      items = items.map((i) => (i.ean13 === params.ean ? { ...i, yourReference: body.yourReference } : i));
      return HttpResponse.json(items.find((i) => i.ean13 === params.ean));
    }),
    http.delete('*/api/watchlist/:ean', async ({ params }) => {
      await delay(latency);
      items = items.filter((i) => i.ean13 !== params.ean);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/catalog/unavailable', async ({ request }) => {
      await delay(latency);
      const params = new URL(request.url).searchParams;
      const q = (params.get('q') ?? '').toLowerCase();
      const school = params.get('school') === 'true';
      const found = catalog
        .filter(
          (t) =>
            (!school || t.school) && (t.title.toLowerCase().includes(q) || t.ean13 === q || (t.author ?? '').toLowerCase().includes(q)),
        )
        .map((t) => ({ ...t, followed: items.some((i) => i.ean13 === t.ean13) }));
      return HttpResponse.json({ items: found.slice(0, 20), total: found.length, page: 1, pageSize: 20 });
    }),
  ];
}

/** Fails every write with a 503, to show rollbacks. */
export function failingWrites(handlers: RequestHandler[]): RequestHandler[] {
  const refuse = () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance en cours.' },
      { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
    );
  return [
    http.post('*/api/watchlist', refuse),
    http.patch('*/api/watchlist/:ean', refuse),
    http.delete('*/api/watchlist/:ean', refuse),
    ...handlers,
  ];
}
