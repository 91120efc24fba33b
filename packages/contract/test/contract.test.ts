import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validate } from '@readme/openapi-parser';
import * as z from 'zod/mini';
import {
  BackorderLine,
  CaseDetail,
  OrderDossier,
  ShipmentDetail,
  WatchItem,
  isValidEan13,
  parseSort,
  backorderSortFields,
} from '../src/index.js';
import { buildOpenApi } from '../src/openapi.js';
import { demoCustomers, generateOrders } from '../src/fixtures/orders.js';
import { linesTotal } from '../src/orders.js';
import {
  generateBackorders,
  generateCases,
  generateCatalog,
  generateShipments,
  generateWatchlist,
  seedBackorders,
  seedOrder,
  seedShipments,
  seedWatchlist,
  addMonths,
  daysBetween,
  portalDays,
  seedRowsAsOf,
  shiftDay,
} from '../src/fixtures/index.js';

test('the OpenAPI document is valid OpenAPI 3.1 and lists every route', async () => {
  const document = buildOpenApi();
  const result = await validate(structuredClone(document) as never);
  assert.equal(result.valid, true, JSON.stringify(result));
  const paths = Object.keys(document.paths as object);
  assert.ok(paths.includes('/backorders/{id}'));
  assert.ok(paths.includes('/cases/{id}/attachments/{attachmentId}'));
});

test('a broken document is refused by the validator (the check can fail)', async () => {
  const document = buildOpenApi() as { paths: Record<string, Record<string, { parameters: { in: string }[] }>> };
  document.paths['/backorders/{id}']!.get!.parameters[0]!.in = 'nowhere';
  const result = await validate(document as never);
  assert.equal(result.valid, false);
});

test('seed rows satisfy the contract', () => {
  for (const line of seedBackorders) z.parse(BackorderLine, line);
  for (const shipment of seedShipments) z.parse(ShipmentDetail, shipment);
  for (const item of seedWatchlist) z.parse(WatchItem, item);
  z.parse(OrderDossier, seedOrder);
  // Noted in July, its reprint announced for 28 October: kept three months after that date, so still listed on the
  // portal's day as the portal showed it.
  assert.equal(seedBackorders[3]!.purgeAt, '2022-01-28');
  assert.equal(seedBackorders[0]!.purgeAt, '2022-02-24');
});

test("seed rows as of another day keep their intervals, and are the portal's own on its day", () => {
  const same = seedRowsAsOf(portalDays.interforum);
  assert.deepEqual(same.backorders, seedBackorders);
  assert.deepEqual(same.shipments, seedShipments);
  assert.deepEqual(same.watchlist, seedWatchlist);
  assert.deepEqual(seedRowsAsOf(portalDays.granuloshop).order, seedOrder);

  const today = '2026-12-02';
  const moved = seedRowsAsOf(today);
  const shift = daysBetween(portalDays.interforum, today);
  assert.equal(shift, 1826);
  moved.backorders.forEach((line, i) => {
    const seed = seedBackorders[i]!;
    z.parse(BackorderLine, line);
    // Everything but the dates is the portal's.
    assert.deepEqual({ ...line, notedAt: 0, expectedAt: 0, purgeAt: 0 }, { ...seed, notedAt: 0, expectedAt: 0, purgeAt: 0 });
    assert.equal(daysBetween(line.notedAt, today), daysBetween(seed.notedAt, portalDays.interforum));
    assert.equal(line.expectedAt === null, seed.expectedAt === null);
    if (line.expectedAt) assert.equal(daysBetween(line.notedAt, line.expectedAt), daysBetween(seed.notedAt, seed.expectedAt!));
  });
  assert.equal(moved.backorders[3]!.notedAt, '2026-07-27');
  assert.equal(moved.backorders[3]!.expectedAt, '2026-10-28');
  assert.equal(moved.shipments[4]!.parcels[0]!.shippedAt, '2026-11-12T08:30:00+01:00');
  assert.equal(moved.watchlist[1]!.notifiedAt, today);
  const order = seedRowsAsOf(today).order;
  z.parse(OrderDossier, order);
  assert.equal(order.steps.at(-1)!.at, today);
  assert.equal(order.createdAt, shiftDay(today, daysBetween(portalDays.granuloshop, seedOrder.createdAt)));
  // A date inside a history text moves with the line's own date.
  const shipped = order.history.find((entry) => entry.text.startsWith('Expédition'))!;
  const [d, m, y] = /le (\d+)\/(\d+)\/(\d+)/.exec(shipped.text)!.slice(1).map(Number) as [number, number, number];
  assert.equal(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, shipped.at);
  for (const shipment of moved.shipments) z.parse(ShipmentDetail, shipment);
  for (const item of moved.watchlist) z.parse(WatchItem, item);
});

test('generated rows are valid, deterministic and have valid EAN-13s', () => {
  const today = '2026-11-22';
  const first = [...generateBackorders(7, 300, today)];
  const again = [...generateBackorders(7, 300, today)];
  assert.deepEqual(first, again);
  for (const line of first) {
    z.parse(BackorderLine, line);
    assert.ok(isValidEan13(line.ean13), line.ean13);
    assert.ok(line.notedAt <= today && line.notedAt >= '2026-08-22', line.notedAt);
  }
  const statuses = new Set(first.map((line) => line.status));
  assert.equal(statuses.size, 5);
  for (const shipment of generateShipments(3, 50, today)) z.parse(ShipmentDetail, shipment);
  const catalog = generateCatalog(4, 40, today);
  for (const item of generateWatchlist(5, catalog, 10, today)) z.parse(WatchItem, item);
  for (const detail of generateCases(6, 20, today, 'librairie.example')) z.parse(CaseDetail, detail);
});

test('generated cases read as real histories: in order, never after today, each status matching its last message', () => {
  const today = '2026-11-22';
  const cases = generateCases(9, 400, today, 'librairie.example');
  const lastFrom = { open: 'customer', 'pending-seller': 'customer', reopened: 'customer' } as Record<string, string>;
  for (const detail of cases) {
    const times = detail.messages.map((message) => Date.parse(message.at));
    assert.equal(Date.parse(detail.createdAt), times[0], detail.id);
    assert.ok(
      times.every((time, i) => i === 0 || time > times[i - 1]!),
      `${detail.id}: ${detail.messages.map((m) => m.at).join(' ')}`,
    );
    assert.ok(times.at(-1)! < Date.parse(`${today}T23:00:00Z`), `${detail.id} ends after today`);
    assert.equal(detail.messages[0]!.from, 'customer');
    assert.equal(detail.messages.at(-1)!.from, lastFrom[detail.status] ?? 'support', `${detail.id} (${detail.status})`);
    if (detail.status === 'open') assert.equal(detail.messages.length, 1);
    if (detail.status === 'reopened') assert.match(detail.messages.at(-2)!.text, /résolu/);
    if (detail.status === 'resolved') assert.match(detail.messages.at(-1)!.text, /résolu/);
  }
  assert.equal(new Set(cases.map((detail) => detail.status)).size, 7);
});

test("generated dossiers are the account's shop's, dated in the order of their steps, offers priced by their lines", () => {
  const today = '2026-11-22';
  for (const seed of [1, 2] as const) {
    const customer = demoCustomers[seed];
    const dossiers = generateOrders(seed, today);
    assert.ok(dossiers.filter((d) => d.currentStep === 'quote').length >= 3);
    for (const dossier of dossiers) {
      z.parse(OrderDossier, dossier);
      assert.equal(dossier.customer, customer.name);
      assert.deepEqual(dossier.deliveryAddress, customer.address);
      const days = dossier.steps.filter((step) => step.at).map((step) => step.at!);
      assert.deepEqual(days, [...days].sort(), `${dossier.ourRef}: steps in order`);
      assert.ok(days.every((day) => day <= today) && dossier.createdAt === days[0]);
      assert.ok(
        dossier.history.every((entry, i) => i === 0 || entry.at <= dossier.history[i - 1]!.at),
        'history newest first',
      );
      const current = dossier.steps.filter((step) => step.state === 'current');
      assert.ok(current.length <= 1 && (current.length === 0 || current[0]!.key === dossier.currentStep));
      if (dossier.currentStep === 'quote') assert.deepEqual(dossier.offer!.amount, linesTotal(dossier.lines));
      else assert.equal(dossier.offer, null);
    }
  }
});

test('EAN-13 check digit', () => {
  assert.equal(isValidEan13('9782266258234'), true);
  assert.equal(isValidEan13('9782266258235'), false);
  assert.equal(isValidEan13('978226625823'), false);
});

test('sort parsing refuses unknown fields', () => {
  assert.deepEqual(parseSort('-notedAt,title', backorderSortFields), [
    { field: 'notedAt', direction: 'desc' },
    { field: 'title', direction: 'asc' },
  ]);
  assert.equal(parseSort('password', backorderSortFields), 'password');
});

test('addMonths clamps to the end of the month', () => {
  assert.equal(addMonths('2021-11-30', 3), '2022-02-28');
  assert.equal(addMonths('2021-11-24', 3), '2022-02-24');
});

test('the OpenAPI document describes every operation, parameter and error, with examples that satisfy the contract', () => {
  type Operation = {
    operationId: string;
    summary?: string;
    description?: string;
    parameters: { name: string; in: string; description?: string }[];
    responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
    requestBody?: unknown;
  };
  const document = buildOpenApi() as { paths: Record<string, Record<string, Operation>> };
  let examples = 0;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(operation.summary && operation.description && operation.description.length > 40, `${where} is described`);
      for (const parameter of operation.parameters) assert.ok(parameter.description, `${where}: ${parameter.name} is described`);
      const guarded = (operation as { security?: unknown[] }).security?.length !== 0;
      for (const status of ['400', ...(guarded ? ['401', '403'] : []), '404', '429', '500'])
        assert.ok(operation.responses[status], `${where} documents ${status}`);
      if (!guarded) assert.equal(operation.responses['401'], undefined, `${where} needs no token`);
      if (operation.requestBody) assert.ok(operation.responses['413'] && operation.responses['415'], `${where} documents 413 and 415`);
      const json = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))![1].content?.['application/json'];
      if (json) {
        assert.ok(json.example !== undefined, `${where} has an example`);
        examples++;
      }
    }
  }
  assert.ok(examples >= 14, `${examples} examples`);
  // Allowed values are named: statuses and sort fields of each list.
  const list = document.paths['/backorders']!.get!;
  assert.match(list.parameters.find((p) => p.name === 'status')!.description!, /`reprint-in-progress`/);
  assert.match(list.parameters.find((p) => p.name === 'sort')!.description!, /`purgeAt`/);
  assert.equal(
    document.paths['/watchlist']!.get!.parameters.some((p) => p.name === 'status'),
    false,
    'no status filter where the server refuses it',
  );
  assert.match(document.paths['/orders']!.get!.parameters.find((p) => p.name === 'status')!.description!, /`quote`/);
  assert.ok(document.paths['/backorders/{id}']!.delete!.responses['409'], 'cancel documents its 409');
  assert.deepEqual((document.paths['/guest-access']!.post as { security?: unknown[] }).security, [], 'guest access needs no token');
  for (const action of ['reserve', 'order', 'refresh'])
    assert.match(
      JSON.stringify(document.paths[`/orders/{ref}/offer/${action}`]!.post!.responses['409']),
      /not-an-offer/,
      `${action} documents its 409`,
    );
});
