import { HttpResponse, delay, getResponse, http, type RequestHandler } from 'msw';
import {
  MAX_PAGE_SIZE,
  backorderStatuses,
  type BackorderLine,
  type BackorderStatus,
  type OfferAction,
  type OrderDossier,
  type ShipmentDetail,
} from '@comptoir/contract';
import { generateBackorders, generateShipments, seedBackorders, seedShipments } from '@comptoir/contract/fixtures';
import { filterAndSort, type SortSpec } from '../packages/elements/src/backorder-table/backorder-data.js';

/** The contract's fixtures behind msw handlers: stories run "server mode" with no server and no service worker. */
export const storyLines: BackorderLine[] = [...seedBackorders, ...generateBackorders(5, 1200, '2026-11-22')];

export function backorderHandlers(lines: BackorderLine[] = storyLines, latency = 250): RequestHandler[] {
  let current = [...lines];
  return [
    // The weekly processing: next Monday, the portal's 50 € threshold, what the available lines amount to.
    http.get('*/api/backorder-processing', async () => {
      await delay(latency);
      const available = current.filter((line) => line.status === 'available' && line.price);
      const total = available.reduce((sum, line) => sum + line.price!.amount * line.quantity, 0);
      return HttpResponse.json({
        nextRunAt: '2026-11-23',
        lastRunAt: '2026-11-16',
        billingThreshold: { amount: 50, currency: 'EUR' },
        availableTotal: available.length ? { amount: Math.round(total * 100) / 100, currency: 'EUR' } : null,
      });
    }),
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

/** The shipments routes over the seed shipments and generated ones: search, status and type filters, sort, paging, detail. */
export function shipmentHandlers(
  shipments: ShipmentDetail[] = [...seedShipments, ...generateShipments(9, 140, '2026-11-22')],
  latency = 250,
) {
  const problem = (status: number, title: string) =>
    HttpResponse.json({ type: 'about:blank', title, status }, { status, headers: { 'Content-Type': 'application/problem+json' } });
  return [
    http.get('*/api/shipments/:id', async ({ params }) => {
      await delay(latency);
      const found = shipments.find((shipment) => shipment.id === params.id);
      return found ? HttpResponse.json(found) : problem(404, 'Not Found');
    }),
    http.get('*/api/shipments', async ({ request }) => {
      await delay(latency);
      const params = new URL(request.url).searchParams;
      const q = (params.get('q') ?? '').trim();
      const statuses = (params.get('status') ?? '').split(',').filter(Boolean);
      const nature = params.get('nature') ?? '';
      const sort = params.get('sort') ?? '-orderedAt';
      const field = sort.replace(/^-/, '') as keyof ShipmentDetail;
      const direction = sort.startsWith('-') ? -1 : 1;
      const rows = shipments
        .filter(
          (s) =>
            (!q || [s.orderNumber, s.shipmentNumber, s.yourReference].includes(q) || s.lines.some((line) => line.ean13 === q)) &&
            (!statuses.length || statuses.includes(s.status)) &&
            (!nature || s.nature === nature),
        )
        .sort((a, b) => direction * String(a[field] ?? '').localeCompare(String(b[field] ?? ''), 'fr', { numeric: true }));
      const pageSize = Math.min(MAX_PAGE_SIZE, Number(params.get('pageSize') ?? 50));
      const page = Number(params.get('page') ?? 1);
      const items = rows.slice((page - 1) * pageSize, page * pageSize).map(({ lines: _l, parcels: _p, ...summary }) => summary);
      return HttpResponse.json({ items, total: rows.length, page, pageSize });
    }),
  ];
}

/**
 * The orders routes over some dossiers: look-up by our ref., your ref. or serial number, the step filter, dossier,
 * documents, and the offer actions as the reference server does them (`refuse` answers an action with a problem).
 */
export function orderHandlers(
  dossiers: OrderDossier[],
  options: {
    latency?: number;
    today?: string;
    refuse?: Partial<Record<OfferAction, { code: string; params?: Record<string, unknown> }>>;
  } = {},
) {
  const { latency = 250, today = '2026-11-22', refuse = {} } = options;
  const stored = new Map(dossiers.map((d) => [d.ourRef, structuredClone(d)]));
  const summary = ({ ourRef, yourRef, customer, createdAt, currentStep, expectedDeliveryAt, offer }: OrderDossier) => ({
    ourRef,
    yourRef,
    customer,
    createdAt,
    currentStep,
    expectedDeliveryAt,
    offer: offer ?? null,
  });
  const byRef = (ref: string) => [...stored.values()].find((d) => [d.ourRef, d.yourRef].some((r) => r.toUpperCase() === ref.toUpperCase()));
  const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
    HttpResponse.json(
      { type: 'about:blank', title, status, ...extra },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    );
  const week = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const month = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const act: Record<OfferAction, (d: OrderDossier) => OrderDossier> = {
    reserve: (d) => ({ ...d, offer: { ...d.offer!, reservedUntil: [d.offer!.validUntil, week].sort()[0]! } }),
    order: (d) => ({
      ...d,
      currentStep: 'order',
      offer: null,
      firmOrder: true,
      steps: d.steps.map((s) =>
        s.key === 'quote' ? { ...s, state: 'done' } : s.key === 'order' ? { ...s, state: 'current', at: today } : s,
      ),
    }),
    refresh: (d) => ({ ...d, offer: { ...d.offer!, validUntil: month, expired: false, reservedUntil: null } }),
  };
  return [
    http.post('*/api/orders/:ref/offer/:action', async ({ params }) => {
      await delay(latency * 3);
      const found = byRef(String(params.ref));
      const action = String(params.action) as OfferAction;
      if (!found || !act[action]) return problem(404, 'Not Found', { code: 'not-found' });
      const refusal = refuse[action];
      if (refusal) return problem(409, 'Conflict', refusal);
      if (found.currentStep !== 'quote' || !found.offer)
        return problem(409, 'Conflict', { code: 'not-an-offer', params: { step: found.currentStep } });
      if (found.offer.expired && action !== 'refresh')
        return problem(409, 'Conflict', { code: 'offer-expired', params: { validUntil: found.offer.validUntil } });
      const next = act[action](found);
      stored.set(next.ourRef, next);
      return HttpResponse.json(next);
    }),
    http.get('*/api/orders/:ref/documents/:kind', async ({ params }) => {
      await delay(latency);
      return new HttpResponse('%PDF-1.4 story', {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${String(params.ref)}-${String(params.kind)}.pdf"`,
        },
      });
    }),
    http.get('*/api/orders/:ref', async ({ params }) => {
      await delay(latency);
      const found = byRef(String(params.ref));
      return found ? HttpResponse.json(found) : problem(404, 'Not Found', { code: 'not-found' });
    }),
    http.get('*/api/orders', async ({ request }) => {
      await delay(latency);
      const search = new URL(request.url).searchParams;
      const q = (search.get('q') ?? '').trim();
      const step = search.get('status');
      const items = [...stored.values()]
        .filter((d) => (!q || byRef(q) === d || d.serialNumbers.includes(q)) && (!step || d.currentStep === step))
        .map(summary);
      return HttpResponse.json({ items, total: items.length, page: 1, pageSize: 50 });
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
