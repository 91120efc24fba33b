import type { UnavailableTitle, WatchItem } from '@comptoir/contract';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The watchlist routes of the contract, in memory, at the fetch level: the element tests and the stories both answer
 * with it. `fail.POST = () => response` makes every POST answer that, and likewise for PATCH and DELETE.
 */
export function createWatchlistFake(options: { initial: WatchItem[]; catalog: UnavailableTitle[]; latency?: number; today?: string }) {
  const { catalog, latency = 30, today = '2026-11-22' } = options;
  let items = [...options.initial];
  const fail: Partial<Record<Exclude<Method, 'GET'>, () => Response | Promise<Response>>> = {};

  const handler = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const method = (init.method ?? 'GET') as Method;
    await wait(method === 'GET' ? latency / 3 : latency);
    if (method !== 'GET' && fail[method]) return fail[method]!();
    if (url.pathname.endsWith('/catalog/unavailable')) {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const school = url.searchParams.get('school') === 'true';
      const found = catalog
        .filter(
          (t) =>
            (!school || t.school) && (t.title.toLowerCase().includes(q) || t.ean13 === q || (t.author ?? '').toLowerCase().includes(q)),
        )
        .map((t) => ({ ...t, followed: items.some((i) => i.ean13 === t.ean13) }));
      return json({ items: found.slice(0, 20), total: found.length, page: 1, pageSize: 20 });
    }
    if (method === 'GET') return json({ items, total: items.length, page: 1, pageSize: 200 });
    if (method === 'POST') {
      const body = JSON.parse(String(init.body)) as { items: { ean13: string; yourReference?: string; subscribedAt?: string }[] };
      const added: WatchItem[] = [];
      const skipped: { ean13: string; reason: string }[] = [];
      for (const { ean13, yourReference = '', subscribedAt } of body.items) {
        const title = catalog.find((t) => t.ean13 === ean13);
        if (!title) skipped.push({ ean13, reason: 'unknown-title' });
        else if (items.some((i) => i.ean13 === ean13)) skipped.push({ ean13, reason: 'already-followed' });
        else {
          const { followed: _followed, school: _school, expectedAt, ...rest } = title;
          const item: WatchItem = {
            ...rest,
            subscribedAt: subscribedAt && subscribedAt < today ? subscribedAt : today,
            available: false,
            availableAt: expectedAt,
            notifiedAt: null,
            yourReference,
          };
          items = [...items, item];
          added.push(item);
        }
      }
      return json({ added, skipped });
    }
    const ean = decodeURIComponent(url.pathname.split('/').pop()!);
    if (!items.some((i) => i.ean13 === ean)) return json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);
    if (method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as { yourReference: string };
      items = items.map((i) => (i.ean13 === ean ? { ...i, yourReference: body.yourReference } : i));
      return json(items.find((i) => i.ean13 === ean));
    }
    items = items.filter((i) => i.ean13 !== ean);
    return new Response(null, { status: 204 });
  };

  /** As an element's `fetch` property. */
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    handler(new URL(String(input), location.href), init)) as typeof globalThis.fetch;

  return { handler, fetch, fail, items: () => items };
}
