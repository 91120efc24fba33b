import type { CaseDetail, CaseMessage } from '@comptoir/contract';

type Method = 'GET' | 'POST' | 'PATCH';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
const notFound = () => json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The cases routes of the contract, in memory, at the fetch level (element tests and stories): list with search,
 * status, period, sort and paging; detail; edit; new case; messages with attachments (kept as they were sent); downloads.
 * `fail.POST = () => response` makes every POST answer that, and likewise for PATCH. `received` keeps each POST body.
 */
export function createCasesFake(options: { initial: CaseDetail[]; latency?: number; now?: () => string }) {
  const { latency = 20, now = () => '2026-11-22T10:00:00.000Z' } = options;
  let cases = options.initial.map((c) => ({ ...c, messages: [...c.messages] }));
  const files = new Map<string, Blob>();
  const fail: Partial<Record<Exclude<Method, 'GET'>, () => Response>> = {};
  const received: { url: URL; body: FormData | unknown }[] = [];
  const summary = ({ cc: _cc, messages: _messages, ...rest }: CaseDetail) => rest;

  const handler = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const method = (init.method ?? 'GET') as Method;
    await wait(latency);
    const parts = url.pathname
      .replace(/^.*\/cases\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    if (method !== 'GET') {
      received.push({ url, body: init.body instanceof FormData ? init.body : JSON.parse(String(init.body)) });
      if (fail[method]) return fail[method]!();
    }
    if (parts.length === 0 && method === 'GET') {
      const params = url.searchParams;
      const q = (params.get('q') ?? '').toLowerCase();
      const statuses = (params.get('status') ?? '').split(',').filter(Boolean);
      const from = params.get('from') ?? '';
      const to = params.get('to') ?? '';
      const sort = params.get('sort') ?? '-createdAt';
      const field = sort.replace(/^-/, '') as keyof CaseDetail;
      const rows = cases
        .filter(
          (c) =>
            (!q || c.id === q || c.primaryEmail.toLowerCase().includes(q) || c.shortDescription.toLowerCase().includes(q)) &&
            (!statuses.length || statuses.includes(c.status)) &&
            (!from || c.createdAt.slice(0, 10) >= from) &&
            (!to || c.createdAt.slice(0, 10) <= to),
        )
        .sort((a, b) => (sort.startsWith('-') ? -1 : 1) * String(a[field]).localeCompare(String(b[field])));
      const pageSize = Number(params.get('pageSize') ?? 25);
      const page = Number(params.get('page') ?? 1);
      return json({ items: rows.slice((page - 1) * pageSize, page * pageSize).map(summary), total: rows.length, page, pageSize });
    }
    if (parts.length === 0 && method === 'POST') {
      const body = JSON.parse(String(init.body)) as Pick<CaseDetail, 'primaryEmail' | 'shortDescription' | 'category'> & {
        cc?: string[];
        text: string;
        orderRef?: string;
        serialNumber?: string;
      };
      const created: CaseDetail = {
        id: String(9_000_000_000 + cases.length),
        createdAt: now(),
        status: 'pending-seller',
        primaryEmail: body.primaryEmail,
        shortDescription: body.shortDescription,
        category: body.category ?? 'other',
        orderRef: body.orderRef ?? null,
        serialNumber: body.serialNumber ?? null,
        cc: body.cc ?? [],
        messages: [
          {
            id: `m-${cases.length}`,
            at: now(),
            from: 'customer',
            author: body.primaryEmail,
            subject: body.shortDescription,
            text: body.text,
            attachments: [],
          },
        ],
      };
      cases = [created, ...cases];
      return json(created, 201);
    }
    const found = cases.find((c) => c.id === parts[0]);
    if (!found) return notFound();
    if (parts.length === 1 && method === 'GET') return json(found);
    if (parts.length === 1 && method === 'PATCH') {
      Object.assign(found, JSON.parse(String(init.body)));
      return json(found);
    }
    if (parts[1] === 'messages' && method === 'POST') {
      const form = init.body as FormData;
      const attachments = (form.getAll('files') as File[]).map((file, i) => {
        const id = `${found.id}-${found.messages.length}-${i}`;
        files.set(id, file);
        return { id, name: file.name, size: file.size, type: file.type || 'application/octet-stream' };
      });
      const message: CaseMessage = {
        id: `m-${found.id}-${found.messages.length}`,
        at: now(),
        from: 'customer',
        author: found.primaryEmail,
        subject: `Re: ${found.shortDescription}`,
        text: String(form.get('text')),
        attachments,
      };
      found.messages = [...found.messages, message];
      return json(message, 201);
    }
    if (parts[1] === 'attachments' && parts[2] && method === 'GET') {
      const file = files.get(parts[2]);
      const known = found.messages.flatMap((m) => m.attachments).find((a) => a.id === parts[2]);
      if (!known) return notFound();
      return new Response(file ?? new Blob(['%PDF-1.4 fake']), {
        headers: { 'Content-Type': known.type, 'Content-Disposition': `attachment; filename="${known.name}"` },
      });
    }
    return notFound();
  };

  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    handler(new URL(String(input), location.href), init)) as typeof globalThis.fetch;
  return {
    handler,
    fetch,
    fail,
    received,
    get cases() {
      return cases;
    },
  };
}
