// Two instances of the server on one database (two connections to one SQLite file, as two processes behind a load
// balancer would have): with shared limits, what one counts the other sees.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import type { Sql } from '../src/sql.js';
import { TODAY, startServer, type TestServer } from './harness.js';

let server: TestServer;
let dataDir: string;
let dbs: Sql[] = [];
const instance = (sql: Sql, sharedLimits: boolean, attachments: 'folder' | 'database' = 'folder') =>
  createApp({
    sql,
    dataDir,
    sharedLimits,
    attachments,
    trustProxy: true,
    authFailuresPerMinute: 3,
    guestLookupFailuresPerMinute: 2,
    rateLimit: 4,
    now: () => new Date(`${TODAY}T10:00:00Z`),
  });

before(async () => {
  server = await startServer();
  dataDir = server.dataDir;
  // Two connections to the one database, as two processes behind a load balancer would have.
  dbs = [server.sql, await server.outside()];
});
after(() => server.close());

const call = (app: ReturnType<typeof createApp>, path: string, init: RequestInit & { from: string }) =>
  app.request(`http://localhost${path}`, {
    ...init,
    headers: { 'X-Forwarded-For': init.from, ...(init.headers as Record<string, string>) },
  });

describe('several instances on one database', () => {
  it('count an address’s failed sign-ins together, and a guest’s failed look-ups', async () => {
    const [a, b] = dbs.map((db) => instance(db, true));
    for (const app of [a!, b!, a!])
      assert.equal(
        (await call(app, '/api/backorders', { from: '198.51.100.1', headers: { Authorization: 'Bearer wrong-token-x' } })).status,
        401,
      );
    // The fourth failure anywhere is refused before the token is looked at: on the other instance too.
    const limited = await call(b!, '/api/backorders', { from: '198.51.100.1', headers: { Authorization: 'Bearer demo-token-centre' } });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    const lookUp = (app: typeof a, from: string) =>
      call(app!, '/api/guest-access', {
        from,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier: 'NOPE', email: 'x@example.org' }),
      });
    assert.equal((await lookUp(a, '198.51.100.2')).status, 404);
    assert.equal((await lookUp(b, '198.51.100.2')).status, 404);
    assert.equal((await lookUp(a, '198.51.100.2')).status, 429);
  });

  it('share an account’s request rate, and keep to their own counts when not shared', async () => {
    const [a, b] = dbs.map((db) => instance(db, true));
    const get = (app: typeof a) =>
      call(app!, '/api/shipments?pageSize=1', { from: '198.51.100.3', headers: { Authorization: 'Bearer demo-token-quais' } });
    const statuses = [];
    for (const app of [a, b, a, b, a]) statuses.push((await get(app)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    // Unshared (one process, the default): each instance has its own bucket.
    const [c, d] = dbs.map((db) => instance(db, false));
    const apart = [];
    for (const app of [c, d, c, d, c, d])
      apart.push(
        (await call(app!, '/api/cases?pageSize=1', { from: '198.51.100.4', headers: { Authorization: 'Bearer demo-token-centre' } }))
          .status,
      );
    assert.deepEqual(apart, [200, 200, 200, 200, 200, 200]);
  });

  it('read at once what the other wrote, and keep totals exact after a write from outside the server', async () => {
    const [a, b] = dbs.map((db) => instance(db, false));
    const auth = { Authorization: 'Bearer demo-token-centre' };
    const total = async (app: typeof a) =>
      (await (await call(app!, '/api/backorders?pageSize=1', { from: '198.51.100.5', headers: auth })).json()).total as number;
    const before = await total(b);
    assert.equal((await call(a!, '/api/backorders/BO-SEED-3', { from: '198.51.100.5', method: 'DELETE', headers: auth })).status, 204);
    assert.equal(await total(b), before - 1);
    assert.equal((await call(b!, '/api/backorders/BO-SEED-3', { from: '198.51.100.5', headers: auth })).status, 404);
    // An ERP sync deleting rows on its own connection: both instances count them gone.
    const outside = await server.outside();
    await outside.run(
      "DELETE FROM backorders WHERE account_id = 'librairie-du-centre' AND id IN (SELECT id FROM backorders WHERE account_id = 'librairie-du-centre' AND id NOT LIKE 'BO-SEED-%' LIMIT 6)",
    );
    assert.equal(await total(a), before - 7);
    assert.equal(await total(b), before - 7);
    // A search's total, counted and kept by both instances, then changed from outside by a title's words alone (no
    // count of the kept ones moves): the next answer on either instance counts the change.
    // (Two new instances: the limit of four requests a minute is spent on these.)
    const [c, d] = dbs.map((db) => instance(db, false));
    const searched = async (app: typeof a) => {
      const page = await (await call(app!, '/api/backorders?q=zeppelin', { from: '198.51.100.5', headers: auth })).json();
      return `${page.total} ${(page.items as { title: string }[]).map((item) => item.title).join(',')}`;
    };
    const none = [await searched(c), await searched(d), await searched(c)];
    assert.deepEqual(none, ['0 ', '0 ', '0 ']);
    await outside.run(
      "UPDATE backorders SET title = 'LE ZEPPELIN BLEU' WHERE account_id = 'librairie-du-centre' AND id IN (SELECT id FROM backorders WHERE account_id = 'librairie-du-centre' AND id NOT LIKE 'BO-SEED-%' ORDER BY id LIMIT 2)",
    );
    assert.deepEqual([await searched(c), await searched(d)], Array(2).fill('2 LE ZEPPELIN BLEU,LE ZEPPELIN BLEU'));
  });

  it('keep attachments in the database when asked: stored through one, downloaded through the other, no file on disk', async () => {
    const [a, b] = dbs.map((db) => instance(db, false, 'database'));
    const auth = { Authorization: 'Bearer demo-token-centre' };
    const caseId = (await (await call(a!, '/api/cases?pageSize=1', { from: '198.51.100.6', headers: auth })).json()).items[0].id as string;
    const pdf = new TextEncoder().encode('%PDF-1.4\n%shared\n');
    const body = new FormData();
    body.set('text', 'Le bon de livraison signé.');
    body.append('files', new File([pdf], 'bon.pdf', { type: 'application/pdf' }));
    const sent = await call(a!, `/api/cases/${caseId}/messages`, { from: '198.51.100.6', method: 'POST', headers: auth, body });
    assert.equal(sent.status, 201, await sent.clone().text());
    const attachment = (await sent.json()).attachments[0] as { id: string };
    const downloaded = await call(b!, `/api/cases/${caseId}/attachments/${attachment.id}`, { from: '198.51.100.6', headers: auth });
    assert.equal(downloaded.status, 200);
    assert.deepEqual(new Uint8Array(await downloaded.arrayBuffer()), pdf);
    assert.deepEqual(existsSync(join(dataDir, 'attachments')) ? readdirSync(join(dataDir, 'attachments')) : [], []);
    assert.equal(Number(await dbs[1]!.value('SELECT count(*) FROM attachment_blobs')), 1);
  });
});
