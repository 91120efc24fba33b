import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  BackorderPage,
  CaseDetail,
  CasePage,
  OrderDossier,
  ShipmentDetail,
  ShipmentPage,
  UnavailablePage,
  WatchAddResult,
  WatchItem,
  WatchPage,
  MAX_PAGE_SIZE,
  backorderStatuses,
  caseStatuses,
  shipmentStatuses,
} from '@comptoir/contract';
import { demoCustomers, seedOrderFor, seedRowsAsOf } from '@comptoir/contract/fixtures';
import { startServer, problemOf, QUAIS, TODAY, type TestServer } from './harness.js';
import { forgetPostgresPages, invalidate, listStats, listTuning, postgresWalk } from '../src/list.js';
import { sortedLimits } from '../src/sorted.js';

// The portals' rows as the server seeded them: their dates moved to stand as far from TODAY as from the portal's day.
const { backorders: seedBackorders, shipments: seedShipments, watchlist: seedWatchlist, order: seedOrder } = seedRowsAsOf(TODAY);

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const json = async <T>(schema: z.ZodMiniType<T>, response: Response): Promise<T> => {
  assert.equal(response.status, 200, await response.clone().text());
  return z.parse(schema, await response.json());
};

describe('backorders', () => {
  it('lists a page that satisfies the contract, newest first', async () => {
    const page = await json(BackorderPage, await server.api('/api/backorders?pageSize=20'));
    assert.equal(page.items.length, 20);
    assert.equal(page.total, 100);
    const dates = page.items.map((line) => line.notedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('returns the seed rows exactly', async () => {
    for (const line of seedBackorders) {
      const page = await json(BackorderPage, await server.api(`/api/backorders?q=${line.ean13}`));
      assert.deepEqual(page.items, [line]);
    }
    const one = await (await server.api('/api/backorders/BO-SEED-4')).json();
    assert.deepEqual(one, seedBackorders[3]);
  });

  it('filters by status, searches by title words, reference and distributor number, and sorts', async () => {
    const available = await json(BackorderPage, await server.api('/api/backorders?status=available&pageSize=200'));
    assert.ok(available.items.length > 2 && available.items.every((line) => line.status === 'available'));
    const two = await json(BackorderPage, await server.api('/api/backorders?status=reprint-under-study,reprint-in-progress&pageSize=200'));
    assert.ok(two.items.every((line) => line.status.startsWith('reprint')));
    const byWords = await json(BackorderPage, await server.api(`/api/backorders?q=${encodeURIComponent('petit rob')}`));
    assert.ok(byWords.items.some((line) => line.id === 'BO-SEED-3'));
    const byReference = await json(BackorderPage, await server.api(`/api/backorders?q=${encodeURIComponent('65928812 F000056')}`));
    assert.deepEqual(byReference.items.map((line) => line.id).sort(), ['BO-SEED-1', 'BO-SEED-3']);
    const byNumber = await json(BackorderPage, await server.api('/api/backorders?q=11525939'));
    assert.deepEqual(
      byNumber.items.map((line) => line.id),
      ['BO-SEED-4'],
    );
    const byTitle = await json(BackorderPage, await server.api('/api/backorders?sort=title&pageSize=200'));
    const titles = byTitle.items.map((line) => line.title);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it('gives the same pages whether a common word is sorted after matching, walked in sort order, or probed along its index', async () => {
    const queries = [
      'q=le&sort=-notedAt',
      'q=le&sort=title&page=2&pageSize=7',
      'q=de%20la&status=available,reprint-in-progress&sort=expectedAt',
      'q=le&sort=status&page=3',
      'q=la&sort=-title',
    ];
    // Each query, once with every page sorted from the matches, once with every page walked in sort order, once with
    // every page probed along the order's index (the data is small, so each way is forced); new words each time, so no
    // page is reused from another way.
    // On PostgreSQL, a search sorted by a column its words are in walks the order's first lines, else sorts the matches.
    // A one-word search sorted by title reads its page from its words in title order (sorted.ts): a fourth way, off
    // for the three others.
    const pages = async (tuning: { maxWalk: number; minProbe: number }, fromWords = false) => {
      Object.assign(listTuning, tuning);
      sortedLimits.rows = fromWords ? 5_000 : 0;
      // (sorted: none walked; walked: every line; probed: 10 lines, which hold too few matches, so the page is sorted after)
      postgresWalk.rows = tuning.maxWalk === 0 ? (tuning.minProbe === 0 ? 10 : 0) : 1e9;
      try {
        const found = [];
        for (const query of queries) found.push(await json(BackorderPage, await server.api(`/api/backorders?${query}&pageSize=9`)));
        invalidate('librairie-du-centre');
        forgetPostgresPages();
        return found;
      } finally {
        Object.assign(listTuning, { maxWalk: 4_000, minProbe: 5_000 });
        postgresWalk.rows = 30_000;
        sortedLimits.rows = 5_000;
      }
    };
    const sorted = await pages({ maxWalk: 0, minProbe: Infinity });
    const walked = await pages({ maxWalk: 1e9, minProbe: Infinity });
    const probedBefore = listStats.probed;
    const probed = await pages({ maxWalk: 0, minProbe: 0 });
    if (server.engine === 'sqlite') assert.equal(listStats.probed - probedBefore, queries.length, 'every page probed');
    const fromWordsBefore = listStats.sortedFromTerms;
    const fromWords = await pages({ maxWalk: 4_000, minProbe: 5_000 }, true);
    // (the two one-word searches sorted by title)
    assert.equal(listStats.sortedFromTerms - fromWordsBefore, 2, 'pages sorted by title from the words');
    for (const [index, query] of queries.entries()) {
      assert.ok(walked[index]!.items.length > 0, query);
      assert.deepEqual(walked[index], sorted[index], query);
      assert.deepEqual(probed[index], sorted[index], query);
      assert.deepEqual(fromWords[index], sorted[index], query);
    }
  });

  it('treats search text as text, not FTS syntax or SQL', async () => {
    for (const q of ['"', 'title:x OR 1', "'; DROP TABLE backorders; --", 'NEAR(a b)', '*']) {
      const response = await server.api(`/api/backorders?q=${encodeURIComponent(q)}`);
      assert.equal(response.status, 200, q);
    }
    assert.equal((await json(BackorderPage, await server.api('/api/backorders'))).total, 100);
  });

  it('caps pageSize, and rejects bad queries with problem+json naming the field', async () => {
    const capped = await json(BackorderPage, await server.api('/api/backorders?pageSize=1000000'));
    assert.equal(capped.pageSize, MAX_PAGE_SIZE);
    assert.equal(capped.items.length, 100);
    for (const [query, path] of [
      ['page=0', 'query.page'],
      ['page=abc', 'query.page'],
      ['sort=password', 'query.sort'],
      ['status=lost', 'query.status'],
      ['sort=-title;drop', 'query.sort'],
    ] as const) {
      const response = await server.api(`/api/backorders?${query}`);
      assert.equal(response.status, 400, query);
      const problem = await problemOf(response);
      assert.equal(problem.contentType, 'application/problem+json');
      assert.equal(problem.errors?.[0]?.path, path, query);
    }
  });

  it('answers 304 to If-None-Match with the same ETag', async () => {
    const first = await server.api('/api/backorders?pageSize=5');
    const tag = first.headers.get('ETag');
    assert.ok(tag);
    const second = await server.api('/api/backorders?pageSize=5', { headers: { 'If-None-Match': tag } });
    assert.equal(second.status, 304);
  });

  it('gives totals, kept by the count triggers, equal to the rows it lists, per status', async () => {
    const rowsOf = async (query: string) => {
      const rows: unknown[] = [];
      for (let page = 1; ; page++) {
        const result = await json(BackorderPage, await server.api(`/api/backorders?${query}&pageSize=200&page=${page}`));
        rows.push(...result.items);
        if (rows.length >= result.total || result.items.length === 0) return { rows: rows.length, total: result.total };
      }
    };
    const all = await rowsOf('sort=title');
    assert.equal(all.total, all.rows);
    let sum = 0;
    for (const status of backorderStatuses) {
      const one = await rowsOf(`status=${status}`);
      assert.equal(one.total, one.rows, status);
      sum += one.total;
    }
    assert.equal(sum, all.total);
  });

  it('cancels a cancellable line, refuses the others', async () => {
    const refused = await server.api('/api/backorders/BO-SEED-1', { method: 'DELETE' });
    assert.equal(refused.status, 409);
    assert.equal((await problemOf(refused)).code, 'not-cancellable');
    const done = await server.api('/api/backorders/BO-SEED-3', { method: 'DELETE' });
    assert.equal(done.status, 204);
    assert.equal((await server.api('/api/backorders/BO-SEED-3')).status, 404);
    assert.equal((await json(BackorderPage, await server.api('/api/backorders'))).total, 99);
    // The status total follows too.
    const status = seedBackorders.find((line) => line.id === 'BO-SEED-3')!.status;
    const page = await json(BackorderPage, await server.api(`/api/backorders?status=${status}&pageSize=200`));
    assert.equal(page.total, page.items.length);
    assert.ok(!page.items.some((line) => line.id === 'BO-SEED-3'));
  });
});

describe('shipments', () => {
  it('lists, searches by order number, shipment number, reference and EAN, and filters partially shipped', async () => {
    const page = await json(ShipmentPage, await server.api('/api/shipments'));
    assert.ok(page.total >= 45);
    for (const q of ['11526401', '88138989', '11102', '9782266291200']) {
      const found = await json(ShipmentPage, await server.api(`/api/shipments?q=${q}`));
      assert.deepEqual(
        found.items.map((s) => s.id),
        ['88138989'],
        q,
      );
    }
    const partial = await json(ShipmentPage, await server.api('/api/shipments?status=partially-shipped&pageSize=200'));
    assert.ok(partial.items.length >= 1 && partial.items.every((s) => s.status === 'partially-shipped'));
  });

  it('returns the seed shipments and the missing-item letter exactly', async () => {
    for (const shipment of seedShipments) {
      assert.deepEqual(await json(ShipmentDetail, await server.api(`/api/shipments/${shipment.id}`)), shipment);
    }
  });
});

describe('watchlist and catalog', () => {
  it('returns the seed rows as followed titles', async () => {
    const page = await json(WatchPage, await server.api('/api/watchlist?pageSize=200'));
    for (const item of seedWatchlist)
      assert.deepEqual(
        page.items.find((i) => i.ean13 === item.ean13),
        item,
      );
  });

  it('follows many at once, skipping duplicates, already-followed and unknown titles', async () => {
    const catalog = await json(UnavailablePage, await server.api('/api/catalog/unavailable?pageSize=5'));
    const fresh = catalog.items.filter((t) => !t.followed).map((t) => t.ean13);
    assert.ok(fresh.length >= 2);
    const response = await server.api('/api/watchlist', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        items: [
          { ean13: fresh[0], yourReference: 'CDE-1' },
          { ean13: fresh[1] },
          { ean13: fresh[0] },
          { ean13: seedWatchlist[0]!.ean13 },
          { ean13: '9780000000002' },
        ],
      }),
    });
    const result = await json(WatchAddResult, response);
    assert.deepEqual(
      result.added.map((i) => i.ean13),
      [fresh[0], fresh[1]],
    );
    assert.equal(result.added[0]!.yourReference, 'CDE-1');
    assert.deepEqual(
      result.skipped.map((s) => s.reason),
      ['duplicate', 'already-followed', 'unknown-title'],
    );
    const again = await json(UnavailablePage, await server.api(`/api/catalog/unavailable?q=${fresh[0]}`));
    assert.equal(again.items[0]!.followed, true);
  });

  it('follows again with the first day kept (Undo of an unfollow), never a day in the future', async () => {
    const catalog = await json(UnavailablePage, await server.api('/api/catalog/unavailable?pageSize=20'));
    const [a, b] = catalog.items.filter((t) => !t.followed).map((t) => t.ean13);
    const response = await server.api('/api/watchlist', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        items: [
          { ean13: a, subscribedAt: '2021-03-04', yourReference: 'RAYON' },
          { ean13: b, subscribedAt: '2999-01-01' },
        ],
      }),
    });
    const result = await json(WatchAddResult, response);
    assert.equal(result.added[0]!.subscribedAt, '2021-03-04');
    assert.equal(result.added[0]!.yourReference, 'RAYON');
    assert.ok(result.added[1]!.subscribedAt < '2999-01-01', 'today, not the future');
  });

  it('refuses wrong check digits, naming each, and writes nothing', async () => {
    const before = (await json(WatchPage, await server.api('/api/watchlist'))).total;
    const response = await server.api('/api/watchlist', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ ean13: '9782266258234' }, { ean13: '9782266258235' }] }),
    });
    assert.equal(response.status, 400);
    assert.equal((await problemOf(response)).errors?.[0]?.path, 'body.items.1.ean13');
    assert.equal((await json(WatchPage, await server.api('/api/watchlist'))).total, before);
  });

  it('edits your reference and unfollows', async () => {
    const ean = seedWatchlist[1]!.ean13;
    const patched = await server.api(`/api/watchlist/${ean}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ yourReference: 'RAYON SCIENCES' }),
    });
    assert.equal((await json(WatchItem, patched)).yourReference, 'RAYON SCIENCES');
    assert.equal((await server.api(`/api/watchlist/${ean}`, { method: 'DELETE' })).status, 204);
    assert.equal((await server.api(`/api/watchlist/${ean}`, { method: 'DELETE' })).status, 404);
  });

  it('filters the catalog to school titles', async () => {
    const school = await json(UnavailablePage, await server.api('/api/catalog/unavailable?school=true&pageSize=200'));
    assert.ok(school.items.length > 0 && school.items.every((t) => t.school));
  });
});

describe('orders', () => {
  it("finds the seed dossier by our reference, your reference, and returns it as the account's shop's", async () => {
    const shops = seedOrderFor(seedOrder, demoCustomers[1]);
    assert.deepEqual(await json(OrderDossier, await server.api('/api/orders/45KL89G00E')), shops);
    assert.deepEqual(await json(OrderDossier, await server.api('/api/orders/p020044g-01')), shops);
    // The portal's references, steps, dates and documents are kept; its customer's names are the account's.
    for (const key of ['ourRef', 'yourRef', 'steps', 'documents', 'expectedDeliveryChanges', 'createdAt'] as const)
      assert.deepEqual(shops[key], seedOrder[key]);
    assert.doesNotMatch(JSON.stringify(shops), /BigCorp|Jean Bon/);
    assert.equal(shops.history.length, seedOrder.history.length);
    const found = await (await server.api('/api/orders?q=P020044G-01')).json();
    assert.equal(found.items[0].ourRef, '45KL89G00E');
  });

  it('serves an available document of a dossier as a PDF download, and no other', async () => {
    const response = await server.api('/api/orders/45KL89G00E/documents/delivery-note');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition')!, /^attachment; filename="45KL89G00E-delivery-note.pdf"$/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 8).toString('latin1'), '%PDF-1.4');
    assert.match(bytes.toString('latin1'), /\(BL - 45KL89G00E\)/);
    // The xref offsets point at the objects (a PDF reader needs them right).
    const text = bytes.toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    assert.equal(text.slice(xref, xref + 4), 'xref');
    for (const [i, offset] of [...text.slice(xref).matchAll(/(\d{10}) 00000 n/g)].map((m, i) => [i, Number(m[1])] as const)) {
      assert.equal(text.slice(offset, offset + `${i + 1} 0 obj`.length), `${i + 1} 0 obj`);
    }
    // Unknown kinds and unknown orders are 404.
    assert.equal((await server.api('/api/orders/45KL89G00E/documents/passport')).status, 404);
    assert.equal((await server.api('/api/orders/NOPE/documents/offer')).status, 404);
  });

  it('finds an order by serial number', async () => {
    const found = await (await server.api('/api/orders?q=SN-110042')).json();
    assert.equal(found.total, 1);
  });
});

describe('cases', () => {
  it('lists, filters by status and period, sorts by id', async () => {
    const page = await json(CasePage, await server.api('/api/cases?pageSize=200'));
    assert.equal(page.total, 13); // the generated cases and the service case about an instrument
    const resolved = await json(CasePage, await server.api('/api/cases?status=resolved,reopened'));
    assert.ok(resolved.items.every((c) => c.status === 'resolved' || c.status === 'reopened'));
    const period = await json(CasePage, await server.api('/api/cases?from=2026-11-01&to=2026-11-22&pageSize=200'));
    assert.ok(period.items.every((c) => c.createdAt.slice(0, 10) >= '2026-11-01'));
    const byId = await json(CasePage, await server.api('/api/cases?sort=id'));
    const ids = byId.items.map((c) => c.id);
    assert.deepEqual(ids, [...ids].sort());
  });

  it('opens a case, edits it, and rejects a bad e-mail naming the field', async () => {
    const created = await server.api('/api/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        primaryEmail: 'commandes@librairie-du-centre.fr',
        shortDescription: 'Colis abîmé',
        text: 'Le colis 2 est arrivé ouvert.',
      }),
    });
    assert.equal(created.status, 201);
    const detail = z.parse(CaseDetail, await created.json());
    assert.equal(detail.messages.length, 1);
    const patched = await server.api(`/api/cases/${detail.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cc: ['compta@librairie-du-centre.fr'], primaryEmail: 'direction@librairie-du-centre.fr' }),
    });
    const after = await json(CaseDetail, patched);
    assert.deepEqual(after.cc, ['compta@librairie-du-centre.fr']);
    assert.equal(after.primaryEmail, 'direction@librairie-du-centre.fr');
    const bad = await server.api(`/api/cases/${detail.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ primaryEmail: 'not-an-email' }),
    });
    assert.equal(bad.status, 400);
    assert.equal((await problemOf(bad)).errors?.[0]?.path, 'body.primaryEmail');
    const notJson = await server.api(`/api/cases/${detail.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"cc": [',
    });
    assert.equal(notJson.status, 400);
  });
});

describe('sort orders that read right', () => {
  const all = async <T>(path: string, schema: z.ZodMiniType<{ items: T[]; total: number }>) =>
    z.parse(schema, await (await server.api(`${path}&pageSize=${MAX_PAGE_SIZE}`)).json()).items;
  const ranks = (values: string[], codes: readonly string[]) => values.map((value) => codes.indexOf(value));
  const ascending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! <= value);

  for (const [path, schema, codes] of [
    ['/api/backorders', BackorderPage, backorderStatuses],
    ['/api/shipments', ShipmentPage, shipmentStatuses],
    ['/api/cases', CasePage, caseStatuses],
  ] as const) {
    it(`${path}: status sorts in the glossary's order, both ways, not by code`, async () => {
      const up = ranks(
        (await all(`${path}?sort=status`, schema as z.ZodMiniType<{ items: { status: string }[]; total: number }>)).map(
          (item) => item.status,
        ),
        codes,
      );
      const down = ranks(
        (await all(`${path}?sort=-status`, schema as z.ZodMiniType<{ items: { status: string }[]; total: number }>)).map(
          (item) => item.status,
        ),
        codes,
      );
      assert.ok(new Set(up).size > 2, 'several statuses');
      assert.ok(ascending(up), up.join());
      assert.ok(ascending([...down].reverse()), down.join());
    });
  }

  it('puts lines with no expected date last, ascending and descending', async () => {
    for (const sort of ['expectedAt', '-expectedAt']) {
      const dates = (await all(`/api/backorders?sort=${sort}`, BackorderPage)).map((line) => line.expectedAt);
      const firstEmpty = dates.indexOf(null);
      assert.ok(firstEmpty > 0, `${sort}: some dates, then empty ones`);
      assert.ok(
        dates.slice(firstEmpty).every((date) => date === null),
        `${sort}: every empty date is last`,
      );
      const known = dates.slice(0, firstEmpty) as string[];
      assert.deepEqual(
        known,
        [...known].sort((a, b) => (sort.startsWith('-') ? b.localeCompare(a) : a.localeCompare(b))),
      );
    }
  });
});

describe('documentation', () => {
  it('serves the OpenAPI document and its docs page without a token', async () => {
    const document = await (await server.api('/api/openapi.json', { token: null })).json();
    assert.equal(document.openapi, '3.1.0');
    const docs = await server.api('/api/docs', { token: null });
    assert.equal(docs.status, 200);
    // A shell under a strict policy: every script and style is a file of this server, none inline.
    const policy = docs.headers.get('Content-Security-Policy')!;
    assert.match(policy, /script-src 'self';/);
    assert.match(policy, /style-src 'self';/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    const page = await docs.text();
    assert.doesNotMatch(page, /<script>|<style|style=/);
    const assets = [...page.matchAll(/(?:src|href)="(docs\/[^"]+)"/g)].map((match) => match[1]!);
    assert.deepEqual(assets.sort(), [
      'docs/docs.css',
      'docs/init.js',
      'docs/purify.js',
      'docs/swagger-ui-bundle.js',
      'docs/swagger-ui.css',
      'docs/trusted-types.js',
    ]);
    for (const asset of assets) {
      const response = await server.api(`/api/${asset}`, { token: null });
      assert.equal(response.status, 200, asset);
      assert.match(response.headers.get('Content-Type')!, asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      assert.ok((await response.text()).length > 50, asset);
    }
    assert.equal((await server.api('/api/docs/nothing.js', { token: null })).status, 404);
  });

  it('requires a token everywhere else', async () => {
    for (const token of [null, 'wrong-token-123', QUAIS + 'x']) {
      const response = await server.api('/api/backorders', { token });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer realm="comptoir"');
    }
  });
});
