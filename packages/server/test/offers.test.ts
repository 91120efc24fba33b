import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { OrderDossier, OrderPage } from '@comptoir/contract';
import { shiftDay } from '@comptoir/contract/fixtures';
import { startServer, problemOf, QUAIS, TODAY, type TestServer } from './harness.js';

// The test accounts' offers (fixtures/orders.ts): open, reserved, expired with an old price, and more payment
// terminals than the stock holds.
const OPEN = '41OF04G40E';
const RESERVED = '41OF05G50E';
const EXPIRED = '41OF06G60E';
const SHORT = '41OF07G70E';

let server: TestServer;
let day = TODAY;
before(async () => {
  server = await startServer({ now: () => new Date(`${day}T10:00:00Z`) });
});
after(() => server.close());

const dossier = async (response: Response) => {
  assert.equal(response.status, 200, await response.clone().text());
  return z.parse(OrderDossier, await response.json());
};
const post = (ref: string, action: string, token?: string | null) =>
  server.api(`/api/orders/${ref}/offer/${action}`, { method: 'POST', token });
const offers = async (token?: string) => z.parse(OrderPage, await (await server.api('/api/orders?status=quote', { token })).json());
const held = (ref: string) =>
  server.sql.all<{ sku: string; quantity: number; until: string }>(
    'SELECT sku, quantity, until FROM reservations WHERE our_ref = ? ORDER BY sku',
    [ref],
  );
const stockOf = async (sku: string) => Number(await server.sql.value('SELECT quantity FROM stock WHERE sku = ?', [sku]));

describe('offers', () => {
  it('lists the offers (status=quote) with their validity, amount, expiry and reservation', async () => {
    const page = await offers();
    assert.deepEqual(page.items.map((item) => item.ourRef).sort(), [OPEN, RESERVED, EXPIRED, SHORT].sort());
    assert.equal(page.total, 4);
    const byRef = Object.fromEntries(page.items.map((item) => [item.ourRef, item.offer!]));
    assert.deepEqual(byRef[OPEN], {
      validUntil: shiftDay(TODAY, 25),
      amount: { amount: 447, currency: 'EUR' },
      expired: false,
      reservedUntil: null,
    });
    assert.equal(byRef[RESERVED]!.reservedUntil, shiftDay(TODAY, 4));
    assert.equal(byRef[EXPIRED]!.expired, true);
    // Orders carry no offer; the other steps filter as well.
    const ordered = z.parse(OrderPage, await (await server.api('/api/orders?status=order,supply,shipment,invoice,receipt,payment')).json());
    assert.ok(ordered.total >= 4 && ordered.items.every((item) => item.offer === null && item.currentStep !== 'quote'));
    assert.equal((await server.api('/api/orders?status=offers')).status, 400);
  });

  it('reserves an open offer on stock until the day the server sets, with a history line', async () => {
    const reserved = await dossier(await post(OPEN, 'reserve'));
    assert.equal(reserved.offer!.reservedUntil, shiftDay(TODAY, 7));
    assert.equal(reserved.currentStep, 'quote');
    assert.deepEqual(reserved.history[0], {
      at: TODAY,
      text: "Réservation sur stock jusqu'au 29/11/2026",
      actor: 'Claire Moreau',
      comment: null,
    });
    assert.deepEqual(await held(OPEN), [
      { sku: 'DOU-SCAN-2D', quantity: 2, until: shiftDay(TODAY, 7) },
      { sku: 'ETQ-ROUL-40', quantity: 10, until: shiftDay(TODAY, 7) },
    ]);
    // What a reload shows: the list and the dossier agree.
    assert.deepEqual(await dossier(await server.api(`/api/orders/${OPEN}`)), reserved);
    assert.equal((await offers()).items.find((item) => item.ourRef === OPEN)!.offer!.reservedUntil, shiftDay(TODAY, 7));
  });

  it('refuses a reservation the stock cannot hold, naming the line and what is available, and changes nothing', async () => {
    const before = await dossier(await server.api(`/api/orders/${SHORT}`));
    const response = await post(SHORT, 'reserve');
    assert.equal(response.status, 409);
    const problem = await problemOf(response);
    assert.equal(problem.contentType, 'application/problem+json');
    assert.equal(problem.code, 'insufficient-stock');
    assert.deepEqual(problem.params, { sku: 'TPE-MOBILE', label: 'Terminal de paiement mobile 4G', requested: 3, available: 1 });
    assert.deepEqual(await dossier(await server.api(`/api/orders/${SHORT}`)), before);
    assert.deepEqual(await held(SHORT), []);
  });

  it('counts what other accounts hold on the stock, until their reservation lapses', async () => {
    await server.sql.run("UPDATE stock SET quantity = 3 WHERE sku = 'DOU-SCAN-2D'");
    // The first account holds 2 of the 3 scanners (the test above): the second account's offer for 2 is refused.
    const refused = await problemOf(await post('42OF04G40E', 'reserve', QUAIS));
    assert.equal(refused.code, 'insufficient-stock');
    assert.equal(refused.params!.available, 1);
    // A week later the first hold has lapsed (its day passed): the stock is free again, and the dossier says so.
    day = shiftDay(TODAY, 8);
    try {
      assert.equal((await dossier(await server.api(`/api/orders/${OPEN}`))).offer!.reservedUntil, null);
      const reserved = await dossier(await post('42OF04G40E', 'reserve', QUAIS));
      assert.equal(reserved.offer!.reservedUntil, shiftDay(day, 7));
    } finally {
      day = TODAY;
    }
  });

  it('an expired offer can only be refreshed: new prices, a new validity, then it can be ordered', async () => {
    for (const action of ['reserve', 'order']) {
      const response = await post(EXPIRED, action);
      assert.equal(response.status, 409);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'offer-expired');
      assert.equal(problem.params!.validUntil, shiftDay(TODAY, -20));
    }
    const refreshed = await dossier(await post(EXPIRED, 'refresh'));
    assert.deepEqual(refreshed.lines[0]!.unitPrice, { amount: 315, currency: 'EUR' });
    assert.deepEqual(refreshed.offer, {
      validUntil: shiftDay(TODAY, 30),
      amount: { amount: 315, currency: 'EUR' },
      expired: false,
      reservedUntil: null,
    });
    assert.match(refreshed.history[0]!.text, /^Offre actualisée aux prix du 22\/11\/2026, valable jusqu'au 22\/12\/2026$/);
    assert.equal((await dossier(await post(EXPIRED, 'order'))).currentStep, 'order');
  });

  it('refreshing a reserved offer ends its reservation', async () => {
    await server.sql.run("UPDATE stock SET quantity = 25 WHERE sku = 'DOU-SCAN-2D'");
    const other = '42OF04G40E';
    assert.ok((await held(other)).length > 0);
    const refreshed = await dossier(await post(other, 'refresh', QUAIS));
    assert.equal(refreshed.offer!.reservedUntil, null);
    assert.deepEqual(await held(other), []);
  });

  it('places the order of a reserved offer: the order step, a firm order, its document, the held stock taken', async () => {
    const printers = await stockOf('IMP-ETQ-300');
    const ordered = await dossier(await post(RESERVED, 'order'));
    assert.equal(ordered.currentStep, 'order');
    assert.equal(ordered.offer, null);
    assert.equal(ordered.firmOrder, true);
    assert.deepEqual(
      ordered.steps.slice(0, 3).map((step) => [step.key, step.state, step.at]),
      [
        ['quote', 'done', shiftDay(TODAY, -12)],
        ['order', 'current', TODAY],
        ['supply', 'pending', null],
      ],
    );
    assert.equal(ordered.documents.find((d) => d.kind === 'order')!.available, true);
    assert.equal((await server.api(`/api/orders/${RESERVED}/documents/order`)).status, 200);
    assert.equal(ordered.history[0]!.text, "Commande passée en ligne depuis l'offre pour : Librairie du Centre");
    assert.equal(await stockOf('IMP-ETQ-300'), printers - 1);
    assert.deepEqual(await held(RESERVED), []);
    // It is no longer an offer: every action is refused with where it stands, and the offers list has lost it.
    for (const action of ['reserve', 'order', 'refresh']) {
      const problem = await problemOf(await post(RESERVED, action));
      assert.equal(problem.status, 409);
      assert.equal(problem.code, 'not-an-offer');
      assert.equal(problem.params!.step, 'order');
    }
    assert.ok(!(await offers()).items.some((item) => item.ourRef === RESERVED));
    const page = z.parse(OrderPage, await (await server.api('/api/orders?status=order')).json());
    assert.ok(page.items.some((item) => item.ourRef === RESERVED));
    assert.equal(page.total, page.items.length);
  });

  it("never acts on another account's offer, an unknown one, or without a token", async () => {
    const before = await dossier(await server.api(`/api/orders/${SHORT}`));
    for (const action of ['reserve', 'order', 'refresh']) {
      assert.equal((await post(SHORT, action, QUAIS)).status, 404);
      assert.equal((await post('NO-SUCH-REF', action)).status, 404);
      assert.equal((await post(SHORT, action, null)).status, 401);
    }
    assert.deepEqual(await dossier(await server.api(`/api/orders/${SHORT}`)), before);
  });

  it('turns an offer expired when its validity passes, on the server’s clock', async () => {
    day = shiftDay(TODAY, 28);
    try {
      const page = await offers();
      assert.equal(page.items.find((item) => item.ourRef === SHORT)!.offer!.expired, true);
      assert.equal((await problemOf(await post(SHORT, 'order'))).code, 'offer-expired');
    } finally {
      day = TODAY;
    }
  });
});
