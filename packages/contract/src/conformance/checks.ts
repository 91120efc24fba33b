// The conformance suite: checks that an API answers as the Comptoir elements expect, over HTTP, with the contract's
// own schemas. Read-only unless `writes` is set. Used by the `comptoir-conformance` command and by the tests.
import * as z from 'zod/mini';
import { BackorderProcessing } from '../backorder-processing.js';
import { BackorderPage, backorderSortFields, backorderStatuses } from '../backorders.js';
import { CaseDetail, CasePage, caseSortFields, caseStatuses } from '../cases.js';
import { Problem } from '../common.js';
import { OrderDossier, OrderPage, offerActions, orderStepKeys } from '../orders.js';
import { ShipmentDetail, ShipmentPage, shipmentNatures, shipmentSortFields, shipmentStatuses } from '../shipments.js';
import { UnavailablePage, WatchAddResult, WatchPage, watchSortFields } from '../watchlist.js';

export interface ConformanceOptions {
  /** The API's base URL, e.g. `https://portal.example.com/api`. */
  baseUrl: string;
  /** A bearer token of a test account with data. */
  token: string;
  /** A bearer token of a second account, for the isolation checks. */
  otherToken?: string;
  /** An origin of the portal, for the CORS preflight check. */
  origin?: string;
  /** Also check the write routes (they add and remove a watched title and create a case). */
  writes?: boolean;
  fetch?: typeof fetch;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  /** What was wrong, and the request that showed it. */
  detail?: string;
}

interface List {
  path: string;
  schema: z.ZodMiniType<{ items: Record<string, unknown>[]; total: number; page: number; pageSize: number }>;
  sortFields: readonly string[];
  /** Filters the list accepts, with values to try. */
  filters: Record<string, readonly string[]>;
  /** How an item is named in its URL (`id`, `ourRef`), when the list has item routes. */
  idField?: string;
  itemSchema?: z.ZodMiniType<unknown>;
  /** The item field a filter compares, where it is not named as the filter (`status` of an order: its `currentStep`). */
  filterFields?: Record<string, string>;
}

const lists: List[] = [
  { path: '/backorders', schema: BackorderPage, sortFields: backorderSortFields, filters: { status: backorderStatuses } },
  {
    path: '/shipments',
    schema: ShipmentPage,
    sortFields: shipmentSortFields,
    filters: { status: shipmentStatuses, nature: shipmentNatures },
    idField: 'id',
    itemSchema: ShipmentDetail,
  },
  { path: '/watchlist', schema: WatchPage, sortFields: watchSortFields, filters: {} },
  { path: '/catalog/unavailable', schema: UnavailablePage, sortFields: [], filters: {} },
  {
    path: '/orders',
    schema: OrderPage,
    sortFields: [],
    filters: { status: orderStepKeys },
    filterFields: { status: 'currentStep' },
    idField: 'ourRef',
    itemSchema: OrderDossier,
  },
  {
    path: '/cases',
    schema: CasePage,
    sortFields: caseSortFields,
    filters: { status: caseStatuses },
    idField: 'id',
    itemSchema: CaseDetail,
  },
] as List[];

class CheckFailure extends Error {}
const fail = (message: string): never => {
  throw new CheckFailure(message);
};

/** Money sorts by amount; other values as they are. */
const sortValue = (value: unknown): unknown =>
  value && typeof value === 'object' && 'amount' in value ? (value as { amount: number }).amount : value;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: false });

/**
 * Whether a column of values is in the contract's order: empty values last in both directions, the rest ascending or
 * descending; a coded column (status, nature) in the order of its codes (the business order), not alphabetically.
 */
function inOrder(values: unknown[], descending: boolean, codes?: readonly string[]): string | undefined {
  const empty = values.map((value) => value === null || value === undefined);
  const count = empty.filter(Boolean).length;
  if (!empty.slice(values.length - count).every(Boolean)) return 'empty values are not all last';
  if (codes) values = values.map((value) => (typeof value === 'string' ? codes.indexOf(value) : value));
  const present = values.filter((_, i) => !empty[i]);
  const compareBinary = (a: unknown, b: unknown) => (a === b ? 0 : (a as never) < (b as never) ? -1 : 1);
  const compareText = (a: unknown, b: unknown) =>
    typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : compareBinary(a, b);
  // Strings may be ordered by code point or by a language's collation: either holds.
  for (const compare of [compareBinary, compareText]) {
    let ok = true;
    for (let i = 1; i < present.length && ok; i++) {
      const order = compare(present[i - 1], present[i]);
      if (descending ? order < 0 : order > 0) ok = false;
    }
    if (ok) return undefined;
  }
  return `not in ${descending ? 'descending' : 'ascending'} order`;
}

export async function runConformance(options: ConformanceOptions, onResult?: (result: CheckResult) => void): Promise<CheckResult[]> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');
  const results: CheckResult[] = [];

  async function call(path: string, init: RequestInit & { token?: string | null } = {}) {
    const { token = options.token, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const method = rest.method ?? 'GET';
    const where = `${method} ${base}${path}`;
    let response: Response;
    try {
      response = await doFetch(base + path, { ...rest, headers });
    } catch (error) {
      return fail(`${where}: no answer (${String(error)})`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { response, body, text, where };
  }

  async function json<T>(path: string, schema: z.ZodMiniType<T>, init?: RequestInit & { token?: string | null }): Promise<T> {
    const { response, body, where } = await call(path, init);
    if (!response.ok) fail(`${where} → ${response.status}, expected 2xx`);
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
      fail(`${where} → body does not match the contract: ${issues.join('; ')}`);
    }
    return parsed.data as T;
  }

  async function problem(path: string, status: number, init?: RequestInit & { token?: string | null }) {
    const { response, body, where } = await call(path, init);
    if (response.status !== status) fail(`${where} → ${response.status}, expected ${status}`);
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.startsWith('application/problem+json'))
      fail(`${where} → Content-Type ${type || '(none)'}, expected application/problem+json`);
    const parsed = z.safeParse(Problem, body);
    if (!parsed.success) fail(`${where} → the problem body does not match the contract`);
    if (parsed.data!.status !== status) fail(`${where} → problem.status ${parsed.data!.status}, expected ${status}`);
  }

  async function check(name: string, run: () => Promise<void>) {
    let result: CheckResult;
    try {
      await run();
      result = { name, ok: true };
    } catch (error) {
      result = { name, ok: false, detail: error instanceof CheckFailure ? error.message : `crashed: ${String(error)}` };
    }
    results.push(result);
    onResult?.(result);
  }

  const idsOf: Record<string, string[]> = {};
  for (const list of lists) {
    await check(`${list.path}: answers the contract's page`, async () => {
      const page = await json(`${list.path}?pageSize=5`, list.schema);
      if (list.idField) idsOf[list.path] = page.items.map((item) => String(item[list.idField!]));
      if (page.page !== 1) fail(`GET ${list.path}?pageSize=5 → page ${page.page}, expected 1`);
      if (page.items.length > 5) fail(`GET ${list.path}?pageSize=5 → ${page.items.length} items, more than pageSize`);
    });

    await check(`${list.path}: paging (page, pageSize and total agree across pages)`, async () => {
      const size = 3;
      const first = await json(`${list.path}?pageSize=${size}&page=1`, list.schema);
      const second = await json(`${list.path}?pageSize=${size}&page=2`, list.schema);
      const where = `GET ${list.path}?pageSize=${size}&page=2`;
      if (first.total !== second.total) fail(`${where} → total ${second.total}, page 1 said ${first.total}`);
      if (first.pageSize !== size || second.pageSize !== size) fail(`${where} → pageSize ${second.pageSize}, expected ${size}`);
      if (second.page !== 2) fail(`${where} → page ${second.page}, expected 2`);
      const expect = (page: number) => Math.max(0, Math.min(size, first.total - (page - 1) * size));
      if (first.items.length !== expect(1))
        fail(`GET ${list.path}?pageSize=${size}&page=1 → ${first.items.length} items, total ${first.total} says ${expect(1)}`);
      if (second.items.length !== expect(2)) fail(`${where} → ${second.items.length} items, total ${first.total} says ${expect(2)}`);
      const key = (item: Record<string, unknown>) => JSON.stringify(item);
      const seen = new Set(first.items.map(key));
      if (second.items.some((item) => seen.has(key(item)))) fail(`${where} → repeats items of page 1 (page ignored?)`);
      const beyond = await json(`${list.path}?pageSize=${size}&page=${Math.ceil(first.total / size) + 1}`, list.schema);
      if (beyond.items.length) fail(`GET ${list.path} past the last page → ${beyond.items.length} items, expected none`);
    });

    for (const field of list.sortFields) {
      await check(`${list.path}: sort=${field} and sort=-${field} hold`, async () => {
        for (const descending of [false, true]) {
          const sort = `${descending ? '-' : ''}${field}`;
          const page = await json(`${list.path}?sort=${sort}&pageSize=50`, list.schema);
          const problemText = inOrder(
            page.items.map((item) => sortValue(item[field])),
            descending,
            list.filters[field],
          );
          if (problemText) fail(`GET ${list.path}?sort=${sort}&pageSize=50 → ${problemText}`);
        }
      });
    }

    for (const [filter, values] of Object.entries(list.filters)) {
      await check(`${list.path}: ${filter}= keeps only matching items, and refuses unknown values`, async () => {
        for (const value of values) {
          const page = await json(`${list.path}?${filter}=${encodeURIComponent(value)}&pageSize=50`, list.schema);
          const field = list.filterFields?.[filter] ?? filter;
          const wrong = page.items.find((item) => item[field] !== value);
          if (wrong) fail(`GET ${list.path}?${filter}=${value} → an item with ${field} ${JSON.stringify(wrong[field])}`);
        }
        await problem(`${list.path}?${filter}=no-such-${filter}`, 400);
      });
    }
  }

  await check("/backorder-processing: answers the contract's processing (next run, threshold)", async () => {
    const processing = await json('/backorder-processing', BackorderProcessing);
    if (processing.lastRunAt && processing.lastRunAt > processing.nextRunAt)
      fail(`GET /backorder-processing → last run ${processing.lastRunAt} after the next one, ${processing.nextRunAt}`);
    if (processing.billingThreshold.amount < 0) fail('GET /backorder-processing → a negative billing threshold');
  });
  await check('errors: 401 problem without a token, or with a wrong one', async () => {
    await problem('/backorders', 401, { token: null });
    await problem('/backorders', 401, { token: 'not-a-token-of-anyone' });
  });
  await check('errors: 400 problem on bad parameters', async () => {
    await problem('/backorders?sort=noSuchField', 400);
    await problem('/backorders?pageSize=abc', 400);
    await problem('/cases?from=yesterday', 400);
  });
  await check('errors: 404 problem for an unknown item', async () => {
    await problem('/shipments/no-such-shipment', 404);
    await problem('/orders/no-such-order', 404);
    await problem('/cases/no-such-case', 404);
    for (const action of offerActions) await problem(`/orders/no-such-order/offer/${action}`, 404, { method: 'POST' });
  });
  await check('/orders?status=quote: the offers, each with its validity, amount and reservation', async () => {
    const page = await json('/orders?status=quote&pageSize=50', OrderPage);
    const bare = page.items.find((item) => !item.offer);
    if (bare) fail(`GET /orders?status=quote → ${bare.ourRef} has no offer`);
  });
  for (const list of lists.filter((candidate) => candidate.itemSchema)) {
    await check(`${list.path}/{${list.idField}}: answers the contract's item`, async () => {
      const id = idsOf[list.path]?.[0];
      if (!id) fail(`GET ${list.path} gave no item to open: give the test account data`);
      await json(`${list.path}/${encodeURIComponent(id!)}`, list.itemSchema!);
    });
  }

  if (options.otherToken) {
    await check("isolation: the second account gets 404 for the first account's items, and never lists them", async () => {
      for (const list of lists.filter((candidate) => candidate.itemSchema)) {
        for (const id of (idsOf[list.path] ?? []).slice(0, 3)) {
          await problem(`${list.path}/${encodeURIComponent(id)}`, 404, { token: options.otherToken });
          const search = await json(`${list.path}?q=${encodeURIComponent(id)}&pageSize=50`, list.schema, { token: options.otherToken });
          if (search.items.some((item) => String(item[list.idField!]) === id))
            fail(`GET ${list.path}?q=${id} with the second token → lists the first account's item`);
        }
      }
    });
  }

  if (options.origin) {
    await check(`CORS: a preflight from ${options.origin} is allowed, with Authorization`, async () => {
      const { response, where } = await call('/backorders', {
        method: 'OPTIONS',
        token: null,
        headers: { Origin: options.origin!, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      if (response.status >= 300) fail(`${where} (preflight) → ${response.status}`);
      if (response.headers.get('Access-Control-Allow-Origin') !== options.origin)
        fail(`${where} (preflight) → Access-Control-Allow-Origin ${response.headers.get('Access-Control-Allow-Origin') ?? '(none)'}`);
      if (!/authorization/i.test(response.headers.get('Access-Control-Allow-Headers') ?? ''))
        fail(`${where} (preflight) → Access-Control-Allow-Headers does not allow Authorization`);
    });
  }

  if (options.writes) {
    await check('writes: follow a catalog title, then unfollow it', async () => {
      const catalog = await json('/catalog/unavailable?pageSize=1', UnavailablePage);
      const ean13 = catalog.items[0]?.ean13;
      if (!ean13) fail('GET /catalog/unavailable gave no title to follow');
      const body = JSON.stringify({ items: [{ ean13, yourReference: 'conformance' }] });
      await json('/watchlist', WatchAddResult, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const { response, where } = await call(`/watchlist/${ean13}`, { method: 'DELETE' });
      if (response.status !== 204 && response.status !== 200) fail(`${where} → ${response.status}, expected 204`);
    });
    await check('writes: create a case, and read it back', async () => {
      const body = JSON.stringify({
        primaryEmail: 'conformance@example.com',
        shortDescription: 'Conformance check',
        text: 'Created by comptoir-conformance.',
      });
      const created = await json('/cases', CaseDetail, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      await json(`/cases/${encodeURIComponent(created.id)}`, CaseDetail);
    });
  }
  return results;
}
