import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { GuestAccess, OrderDossier } from '@comptoir/contract';
import { guestToken } from '../src/guest.js';
import { startServer, problemOf, TODAY, type TestServer } from './harness.js';

const EMAIL = 'claire.moreau@librairie-du-centre.fr';
const OFFER = '41OF04G40E';

let server: TestServer;
let clock = new Date(`${TODAY}T10:00:00Z`);
const logged: string[] = [];
const consoleLog = console.log;
before(async () => {
  // The server's own request log (hono's logger), captured: no token and no e-mail may appear in it.
  console.log = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
  server = await startServer({ now: () => clock, trustProxy: true, guestLookupFailuresPerMinute: 3, log: true });
});
after(async () => {
  console.log = consoleLog;
  await server.close();
});

let address = 0;
/** Each test looks up from an address of its own (X-Forwarded-For, trusted here), so their failures do not add up. */
const from = () => `203.0.113.${++address}`;
const lookUp = (body: unknown, client: string) =>
  server.api('/api/guest-access', {
    method: 'POST',
    token: null,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify(body),
  });
const access = async (response: Response) => {
  assert.equal(response.status, 201, await response.clone().text());
  return z.parse(GuestAccess, await response.json());
};

describe('guest access', () => {
  it('opens a dossier by its identifier and contact e-mail (any case), and that dossier only', async () => {
    const client = from();
    const granted = await access(await lookUp({ identifier: ' 41of04g40e ', email: ' Claire.Moreau@Librairie-du-Centre.fr ' }, client));
    assert.equal(granted.order, OFFER);
    assert.equal(granted.expiresAt, new Date(clock.getTime() + 12 * 3_600_000).toISOString());
    const token = granted.token;
    const dossier = z.parse(OrderDossier, await (await server.api(`/api/orders/${OFFER}`, { token })).json());
    assert.equal(dossier.ourRef, OFFER);
    assert.equal((await server.api(`/api/orders/${OFFER}/documents/offer`, { token })).status, 200);
    // Its offer's actions are the guest's to take.
    const reserved = await server.api(`/api/orders/${OFFER}/offer/reserve`, { method: 'POST', token });
    assert.equal(reserved.status, 200);
    // Nothing else: the lists, another dossier, the account's other resources, any write but the offer's.
    for (const [method, path] of [
      ['GET', '/api/orders'],
      ['GET', '/api/orders/45KL89G00E'],
      ['GET', '/api/orders/45KL89G00E/documents/offer'],
      ['POST', '/api/orders/41OF05G50E/offer/order'],
      ['GET', '/api/backorders'],
      ['GET', '/api/shipments'],
      ['GET', '/api/cases'],
      ['GET', '/api/watchlist'],
      ['DELETE', '/api/backorders/BO-SEED-3'],
      ['GET', '/api/backorder-processing'],
      ['GET', '/api/orders/%E0%A4%A'],
    ] as const) {
      const response = await server.api(path, { method, token });
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal((await problemOf(response)).code, 'guest-scope');
    }
  });

  it('finds the dossier by your reference and by an instrument’s serial number too', async () => {
    const client = from();
    assert.equal((await access(await lookUp({ identifier: 'P01004G-04', email: EMAIL }, client))).order, OFFER);
    assert.equal((await access(await lookUp({ identifier: 'sn-110042', email: EMAIL }, client))).order, '41KL01G10E');
    assert.equal((await access(await lookUp({ identifier: '45KL89G00E', email: EMAIL }, client))).order, '45KL89G00E');
  });

  it('answers a wrong identifier and a wrong e-mail alike, and never opens another account’s dossier', async () => {
    const client = from();
    const wrongEmail = await lookUp({ identifier: OFFER, email: 'someone@example.org' }, client);
    const wrongId = await lookUp({ identifier: 'NO-SUCH-REF', email: EMAIL }, client);
    // The second account's dossier with the first account's contact.
    const otherAccount = await lookUp({ identifier: '42OF04G40E', email: EMAIL }, from());
    for (const response of [wrongEmail, wrongId, otherAccount]) assert.equal(response.status, 404);
    const bodies = await Promise.all([wrongEmail, wrongId, otherAccount].map((response) => response.text()));
    assert.equal(bodies[0], bodies[1]);
    assert.equal(bodies[0], bodies[2]);
    assert.equal(JSON.parse(bodies[0]!).code, 'not-found');
  });

  it('limits failed look-ups per client address: past the limit even the right pair waits, other addresses do not', async () => {
    const client = from();
    for (let i = 0; i < 3; i++) assert.equal((await lookUp({ identifier: `WRONG-${i}`, email: EMAIL }, client)).status, 404);
    const limited = await lookUp({ identifier: OFFER, email: EMAIL }, client);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    assert.equal((await problemOf(limited)).code, 'rate-limited');
    assert.equal((await lookUp({ identifier: OFFER, email: EMAIL }, from())).status, 201);
  });

  it('refuses a bad look-up body with the contract’s problems, with no token asked', async () => {
    const client = from();
    const missing = await lookUp({ identifier: OFFER }, client);
    assert.equal(missing.status, 400);
    assert.deepEqual(
      (await problemOf(missing)).errors?.map((error) => error.path),
      ['body.email'],
    );
    const asText = await server.api('/api/guest-access', {
      method: 'POST',
      token: null,
      body: 'identifier=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(asText.status, 415);
  });

  it('ends with its expiry: an expired token is told apart, a forged or foreign one is unknown', async () => {
    const { token, expiresAt } = await access(await lookUp({ identifier: OFFER, email: EMAIL }, from()));
    // Another dossier's reference in a token that keeps the first one's signature.
    const [prefix, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, r: '45KL89G00E' })).toString('base64url')}.${signature}`;
    const foreign = guestToken(Buffer.from('another server’s key'), { account: claims.a, ourRef: OFFER, expiresAt: new Date(expiresAt) });
    for (const bad of [forged, foreign, `${token}x`]) {
      const response = await server.api('/api/orders/45KL89G00E', { token: bad });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'unauthorized');
    }
    clock = new Date(Date.parse(expiresAt) + 1000);
    try {
      const response = await server.api(`/api/orders/${OFFER}`, { token });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'link-expired');
    } finally {
      clock = new Date(`${TODAY}T10:00:00Z`);
    }
  });

  it('keeps tokens and e-mails out of the server’s log', async () => {
    const { token } = await access(await lookUp({ identifier: OFFER, email: EMAIL }, from()));
    await server.api(`/api/orders/${OFFER}`, { token });
    await server.api('/api/orders', { token });
    const log = logged.join('\n');
    assert.match(log, /GET \/api\/orders\/41OF04G40E/, 'the log holds the requests');
    assert.match(log, /POST \/api\/guest-access/);
    assert.doesNotMatch(log, /g1\./);
    assert.ok(!log.includes(token.slice(3, 40)));
    assert.doesNotMatch(log, /claire\.moreau/i);
  });
});

describe('support linked to orders and instruments', () => {
  const create = (body: Record<string, unknown>, token?: string) =>
    server.api('/api/cases', { method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const base = { primaryEmail: EMAIL, shortDescription: 'Douchette muette', text: 'Elle ne lit plus les codes.' };

  it('keeps a case’s category, order and instrument; an instrument alone names its dossier', async () => {
    const linked = await create({ ...base, category: 'software-update', orderRef: '41KL01G10E', serialNumber: 'sn-110043' });
    assert.equal(linked.status, 201, await linked.clone().text());
    const detail = await linked.json();
    assert.deepEqual([detail.category, detail.orderRef, detail.serialNumber], ['software-update', '41KL01G10E', 'SN-110043']);
    const alone = await (await create({ ...base, serialNumber: 'SN-110042' })).json();
    assert.deepEqual([alone.category, alone.orderRef, alone.serialNumber], ['other', '41KL01G10E', 'SN-110042']);
    // A shipment's order number is an order reference too (no dossier needed).
    const shipped = await (await create({ ...base, category: 'delivery-problem', orderRef: '11526401' })).json();
    assert.deepEqual([shipped.orderRef, shipped.serialNumber], ['11526401', null]);
    const listed = await (await server.api(`/api/cases?q=${detail.id}`)).json();
    assert.equal(listed.items[0].category, 'software-update');
  });

  it('refuses an instrument of another account, or an unknown category, naming the field', async () => {
    const foreign = await create({ ...base, serialNumber: 'SN-210042' });
    assert.equal(foreign.status, 400);
    assert.deepEqual((await problemOf(foreign)).errors, [{ path: 'body.serialNumber', message: 'not an instrument of this account' }]);
    const unknown = await create({ ...base, category: 'complaint' });
    assert.equal(unknown.status, 400);
    assert.equal((await problemOf(unknown)).errors?.[0]?.path, 'body.category');
  });

  it('opens the dossier of a service case’s number to a guest (the SAV identifier)', async () => {
    const granted = await access(await lookUp({ identifier: '3000000001', email: EMAIL }, from()));
    assert.equal(granted.order, '41KL01G10E');
  });
});
