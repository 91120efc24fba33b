// The portals' rules applied by the server's jobs, on a fixed clock, over HTTP on the real database; and the command
// line's `--today` and `--run-jobs`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { BackorderPage, BackorderProcessing, ShipmentDetail, ShipmentPage, WatchPage } from '@comptoir/contract';
import { addMonths, portalDays, seedBackorders, seedShipments, seedWatchlist } from '@comptoir/contract/fixtures';
import { clockOf } from '../src/clock.js';
import { runJobs, type JobSettings } from '../src/jobs.js';
import { fileTransport, smtpTransport, type MailTransport } from '../src/mail.js';
import { openPostgres } from '../src/postgres.js';
import { QUAIS, TODAY, makePostgresDatabase, startServer, testPostgresUrl, type TestServer } from './harness.js';

const run = promisify(execFile);
const json = async <T>(schema: z.ZodMiniType<T>, response: Response): Promise<T> => {
  assert.equal(response.status, 200, await response.clone().text());
  return z.parse(schema, await response.json());
};

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const settings = (day: string, mail?: MailTransport): JobSettings => ({
  clock: clockOf(day),
  mail: mail ?? fileTransport(join(server.dataDir, 'outbox')),
});
const everything = async (path: string, token?: string) => {
  const page = await json(BackorderPage, await server.api(`${path}${path.includes('?') ? '&' : '?'}pageSize=500`, { token }));
  return page;
};

describe('the weekly processing', () => {
  test('the next run is the Monday after the last one, with the threshold and what the available lines amount to', async () => {
    // TODAY (22 November 2026) is a Sunday: the seed is as after Monday 16's run, the next is Monday 23.
    const processing = await json(BackorderProcessing, await server.api('/api/backorder-processing'));
    assert.equal(processing.nextRunAt, '2026-11-23');
    assert.equal(processing.lastRunAt, '2026-11-16');
    assert.deepEqual(processing.billingThreshold, { amount: 50, currency: 'EUR' });
    const available = (await everything('/api/backorders?status=available')).items;
    const sum = available.reduce((total, line) => total + (line.price ? line.price.amount * line.quantity : 0), 0);
    assert.ok(sum > 50, `the seed's available lines amount to ${sum}`);
    assert.equal(processing.availableTotal!.amount, Math.round(sum * 100) / 100);
  });

  test('is not due before its day, and serves the available lines of an account over the threshold only', async () => {
    // The second account's available lines are brought under the threshold, as a price update from the ERP would.
    const outside = await server.outside();
    await outside.run(
      "UPDATE backorders SET price_amount = 0.5, price_currency = 'EUR', quantity = 1 WHERE account_id = 'librairie-des-quais' AND status = 'available'",
    );
    const quaisBefore = (await everything('/api/backorders?status=available', QUAIS)).total;
    assert.ok(quaisBefore > 0);

    const sunday = await runJobs(server.sql, settings(TODAY), { only: ['serve'] });
    assert.deepEqual(
      sunday.map((report) => [report.job, report.ran]),
      [['serve', false]],
    );

    const available = (await everything('/api/backorders?status=available')).items;
    const shipmentsBefore = (await json(ShipmentPage, await server.api('/api/shipments?pageSize=1'))).total;
    const [monday] = await runJobs(server.sql, settings('2026-11-23'), { only: ['serve'] });
    assert.equal(monday!.ran, true);
    assert.equal(monday!.count, available.length);

    // The served lines left the backorders, totals included; the other statuses stayed.
    const after = await everything('/api/backorders?status=available');
    assert.equal(after.total, 0);
    assert.equal(after.items.length, 0);
    // They are in one new shipment of the account, in preparation, dated the day of the run.
    const shipments = await json(ShipmentPage, await server.api('/api/shipments?sort=-orderedAt&pageSize=5'));
    assert.equal(shipments.total, shipmentsBefore + 1);
    const served = shipments.items.find((shipment) => shipment.orderedAt === '2026-11-23')!;
    assert.ok(served, 'a shipment dated the run day');
    assert.equal(served.status, 'preparing');
    assert.equal(served.nature, 'restock');
    const detail = await json(ShipmentDetail, await server.api(`/api/shipments/${served.id}`));
    assert.deepEqual(
      detail.lines.map((line) => [line.ean13, line.quantityOrdered, line.title]).sort(),
      available.map((line) => [line.ean13, line.quantity, line.title]).sort(),
    );
    assert.ok(detail.lines.every((line) => line.parcelNumber === null && line.quantityShipped === 0));
    // Searching the shipments by one of the EANs finds it.
    const byEan = await json(ShipmentPage, await server.api(`/api/shipments?q=${detail.lines[0]!.ean13}`));
    assert.ok(byEan.items.some((shipment) => shipment.id === served.id));

    // Under the threshold: nothing served for the second account.
    assert.equal((await everything('/api/backorders?status=available', QUAIS)).total, quaisBefore);
    // The next run is a week later.
    const processing = await json(BackorderProcessing, await server.api('/api/backorder-processing'));
    assert.equal(processing.lastRunAt, '2026-11-23');
    assert.equal(processing.nextRunAt, '2026-11-30');
    // The same day again: not due.
    const [again] = await runJobs(server.sql, settings('2026-11-23'), { only: ['serve'] });
    assert.equal(again!.ran, false);
  });
});

describe('the purge and the history window', () => {
  test('lines past their purge date leave the list, the others stay, and the totals follow', async () => {
    const day = '2026-12-20';
    const before = (await everything('/api/backorders')).items;
    const kept = before.filter((line) => line.purgeAt >= day);
    assert.ok(kept.length < before.length, 'some lines are due for the purge on that day');
    const other = (await everything('/api/backorders', QUAIS)).items;
    const [report] = await runJobs(server.sql, settings(day), { only: ['purge'] });
    assert.equal(report!.count, before.length - kept.length + other.filter((line) => line.purgeAt < day).length);
    const after = await everything('/api/backorders');
    assert.equal(after.total, kept.length);
    assert.deepEqual(after.items.map((line) => line.id).sort(), kept.map((line) => line.id).sort());
    // The status counts behind the filter follow too.
    for (const status of new Set(kept.map((line) => line.status))) {
      const page = await everything(`/api/backorders?status=${status}`);
      assert.equal(page.total, kept.filter((line) => line.status === status).length, status);
    }
    // Once a day: the same day again does nothing unless forced.
    const [again] = await runJobs(server.sql, settings(day), { only: ['purge'] });
    assert.equal(again!.ran, false);
  });

  test('shipments ordered before the last three months leave the list', async () => {
    const day = '2027-01-15';
    const cutoff = addMonths(day, -3);
    const all = await json(ShipmentPage, await server.api('/api/shipments?pageSize=500'));
    const recent = all.items.filter((shipment) => shipment.orderedAt >= cutoff);
    assert.ok(recent.length < all.total && recent.length > 0);
    const old = all.items.find((shipment) => shipment.orderedAt < cutoff)!;
    await runJobs(server.sql, settings(day), { only: ['history'] });
    const after = await json(ShipmentPage, await server.api('/api/shipments?pageSize=500'));
    assert.equal(after.total, recent.length);
    assert.ok(after.items.every((shipment) => shipment.orderedAt >= cutoff));
    assert.equal((await server.api(`/api/shipments/${old.id}`)).status, 404);
    const lines = await server.sql.value('SELECT count(*) FROM shipment_lines WHERE shipment_id = ?', [old.id]);
    assert.equal(lines, 0, 'its lines went with it');
  });
});

describe('availability alerts', () => {
  const watched = async () => (await json(WatchPage, await server.api('/api/watchlist?pageSize=200'))).items;

  test('a followed title that becomes available is announced once, by a mail in the outbox, and "Mail envoyé le" is its day', async () => {
    const item = (await watched()).find((candidate) => !candidate.available)!;
    assert.ok(item, 'an unavailable followed title');
    assert.equal(item.notifiedAt, null);
    // The catalogue changes from outside (an ERP sync).
    const outside = await server.outside();
    await outside.run("UPDATE titles SET available = 1, available_at = '2026-11-24', expected_at = NULL WHERE ean13 = ?", [item.ean13]);

    const [report] = await runJobs(server.sql, settings('2026-11-24'), { only: ['alerts'] });
    assert.equal(report!.count, 1, report!.summary);
    const mails = readdirSync(join(server.dataDir, 'outbox'));
    assert.equal(mails.length, 1);
    const mail = readFileSync(join(server.dataDir, 'outbox', mails[0]!), 'utf8');
    assert.match(mail, /^To: commandes@librairie-du-centre\.fr\r$/m);
    assert.ok(mail.includes(`EAN13 : ${item.ean13}`), mail);
    assert.ok(mail.includes(`Titre : ${item.title}`));
    assert.ok(mail.includes('Disponible le : 24/11/2026'));
    const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=\r$/m.exec(mail)![1]!;
    assert.equal(Buffer.from(subject, 'base64').toString(), `Titre disponible : ${item.title}`);

    const after = (await watched()).find((candidate) => candidate.ean13 === item.ean13)!;
    assert.equal(after.available, true);
    assert.equal(after.notifiedAt, '2026-11-24');
    // The second account, which does not follow it, got nothing; a second run sends nothing again.
    const [second] = await runJobs(server.sql, settings('2026-11-25'), { only: ['alerts'] });
    assert.equal(second!.count, 0);
    assert.equal(readdirSync(join(server.dataDir, 'outbox')).length, 1);
    const rows = await server.sql.all("SELECT account_id, recipient FROM outbox WHERE subject_key LIKE ? || ':%'", [item.ean13]);
    assert.deepEqual(rows, [{ account_id: 'librairie-du-centre', recipient: 'commandes@librairie-du-centre.fr' }]);
  });

  test('through SMTP: a refused mail waits in the outbox and is sent at the next run', async () => {
    const received: { to: string; text: string }[] = [];
    let refuse = true;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onRcptTo(address, _session, callback) {
        callback(refuse ? Object.assign(new Error('mailbox unavailable'), { responseCode: 450 }) : undefined);
        void address;
      },
      onData(stream, session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      const item = (await watched()).find((candidate) => !candidate.available)!;
      await server.sql.run("UPDATE titles SET available = 1, available_at = '2026-11-26' WHERE ean13 = ?", [item.ean13]);
      const mail = smtpTransport(`smtp://127.0.0.1:${port}`);

      const [refused] = await runJobs(server.sql, settings('2026-11-26', mail), { only: ['alerts'] });
      assert.equal(refused!.count, 0);
      assert.match(refused!.summary, /1 failed/);
      assert.equal((await watched()).find((candidate) => candidate.ean13 === item.ean13)!.notifiedAt, null);
      const waiting = await server.sql.all<{ attempts: number; last_error: string }>(
        'SELECT attempts, last_error, sent_at FROM outbox WHERE sent_at IS NULL',
      );
      assert.equal(waiting.length, 1);
      assert.equal(waiting[0]!.attempts, 1);
      assert.match(waiting[0]!.last_error, /mailbox unavailable/);

      refuse = false;
      const [sent] = await runJobs(server.sql, settings('2026-11-27', mail), { only: ['alerts'] });
      assert.equal(sent!.count, 1);
      assert.equal(received.length, 1);
      assert.equal(received[0]!.to, 'commandes@librairie-du-centre.fr');
      assert.ok(received[0]!.text.includes(item.ean13));
      assert.equal((await watched()).find((candidate) => candidate.ean13 === item.ean13)!.notifiedAt, '2026-11-27');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  test('a title that goes and comes back is announced again', async () => {
    const item = (await watched()).find((candidate) => candidate.available && candidate.notifiedAt)!;
    await server.sql.run('UPDATE titles SET available = 0 WHERE ean13 = ?', [item.ean13]);
    assert.equal((await watched()).find((candidate) => candidate.ean13 === item.ean13)!.notifiedAt, null);
    await server.sql.run("UPDATE titles SET available = 1, available_at = '2026-12-01' WHERE ean13 = ?", [item.ean13]);
    const [report] = await runJobs(server.sql, settings('2026-12-01'), { only: ['alerts'] });
    assert.ok(report!.count >= 1, report!.summary);
    assert.equal((await watched()).find((candidate) => candidate.ean13 === item.ean13)!.notifiedAt, '2026-12-01');
  });

  test("the seed's mails are in the outbox", async () => {
    const seeded = Number(
      await server.sql.value("SELECT count(*) FROM outbox WHERE body = '(mail of the seed)' AND account_id = 'librairie-du-centre'"),
    );
    assert.ok(seeded >= seedWatchlist.length);
  });
});

describe('the command line', () => {
  const main = new URL('../src/main.ts', import.meta.url).pathname;
  const start = (dataDir: string, ...args: string[]) =>
    run(process.execPath, ['--conditions=comptoir-source', '--import', 'tsx', main, '--data-dir', dataDir, '--static', 'none', ...args], {
      timeout: 60_000,
    });
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'comptoir-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test("--today the portal's day seeds its rows exactly as it showed them; --run-jobs applies its rules", async () => {
    const seeded = await start(dataDir, '--today', portalDays.interforum, '--no-serve');
    assert.match(seeded.stdout, /as of 2021-12-02/);
    const db = new Database(join(dataDir, 'comptoir.db'), { readonly: true });
    const lines = db
      .prepare("SELECT id, status, noted_at, expected_at, purge_at FROM backorders WHERE id LIKE 'BO-SEED-%' ORDER BY id")
      .all();
    assert.deepEqual(
      lines,
      seedBackorders.map((line) => ({
        id: line.id,
        status: line.status,
        noted_at: line.notedAt,
        expected_at: line.expectedAt,
        purge_at: line.purgeAt,
      })),
    );
    const shipments = db.prepare("SELECT id, ordered_at, status FROM shipments WHERE id IN ('72511642', '88138989') ORDER BY id").all();
    assert.deepEqual(
      shipments,
      seedShipments
        .filter((shipment) => ['72511642', '88138989'].includes(shipment.id))
        .map((shipment) => ({ id: shipment.id, ordered_at: shipment.orderedAt, status: shipment.status }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    const mails = db
      .prepare("SELECT ean13, notified_at FROM watchlist WHERE ean13 IN ('9782221249482', '9782368464304') ORDER BY ean13")
      .all();
    assert.deepEqual(mails, [
      { ean13: '9782221249482', notified_at: '2021-11-11' },
      { ean13: '9782368464304', notified_at: '2021-12-02' },
    ]);
    db.close();

    // Later, the jobs on demand, in their order: the purge, the history window, the weekly processing.
    const ran = await start(dataDir, '--today', '2022-02-20', '--run-jobs', '--no-serve');
    assert.match(ran.stdout, /job purge: \d+ noted line\(s\)/);
    assert.match(ran.stdout, /job history: \d+ shipment\(s\) ordered before 2021-11-20/);
    assert.match(ran.stdout, /job serve: \d+ available line\(s\) served/);
    const later = new Database(join(dataDir, 'comptoir.db'), { readonly: true });
    const left = later.prepare("SELECT id FROM backorders WHERE id LIKE 'BO-SEED-%' ORDER BY id").pluck().all();
    // BO-SEED-2 (purge 19 February) and the reprint BO-SEED-4 (announced for 28 October, purge 28 January) are purged;
    // BO-SEED-1, available, is served with the account's other available lines; BO-SEED-3 waits for its reprint.
    assert.deepEqual(left, ['BO-SEED-3']);
    const served = later
      .prepare(
        "SELECT s.ordered_at FROM shipment_lines l JOIN shipments s ON s.account_id = l.account_id AND s.id = l.shipment_id WHERE l.ean13 = '9782266258234' AND s.nature = 'restock'",
      )
      .pluck()
      .all();
    assert.deepEqual(served, ['2022-02-20']);
    assert.equal(later.prepare("SELECT count(*) FROM shipments WHERE ordered_at < '2021-11-20'").pluck().get(), 0);
    assert.equal(later.prepare("SELECT count(*) FROM shipments WHERE id = '72511635'").pluck().get(), 1, 'ordered 23 November: kept');
    later.close();
  });

  test('--today refuses what is not a day', async () => {
    await assert.rejects(start(dataDir, '--today', '2021-02-30', '--no-serve'), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /--today takes a day as YYYY-MM-DD/);
      return true;
    });
    assert.ok(existsSync(join(dataDir, 'comptoir.db')));
  });

  test('--guest-link prints the link an e-mail would carry: its fragment opens that one dossier on the server', async () => {
    const printed = await start(dataDir, '--today', portalDays.interforum, '--guest-link', 'p020044g-01');
    const link = /^\/suivi\.html#order=45KL89G00E&access=(g1\.[\w.-]+)$/m.exec(printed.stdout);
    assert.ok(link, printed.stdout);
    const token = link[1]!;
    const served = await startServer({ file: join(dataDir, 'comptoir.db'), now: () => new Date('2021-12-02T10:00:00Z') });
    try {
      assert.equal((await served.api('/api/orders/45KL89G00E', { token })).status, 200);
      assert.equal((await served.api('/api/orders', { token })).status, 403);
    } finally {
      await served.close();
    }
    await assert.rejects(start(dataDir, '--guest-link', 'NO-SUCH-REF'), /No dossier NO-SUCH-REF/);
  });

  test('DATABASE_URL on a database it cannot reach: a clear error, exit 2, no password printed', async () => {
    const started = run(process.execPath, ['--conditions=comptoir-source', '--import', 'tsx', main, '--static', 'none', '--no-serve'], {
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: 'postgres://comptoir:s3cret-word@127.0.0.1:1/portal' },
    });
    await assert.rejects(started, (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /^Cannot open the PostgreSQL database 127\.0\.0\.1:1\/portal: connect ECONNREFUSED/m);
      assert.doesNotMatch(error.stderr, /s3cret-word/);
      return true;
    });
  });

  test(
    'DATABASE_URL --import-sqlite moves the file into PostgreSQL, once; the jobs then run there',
    { skip: testPostgresUrl ? false : 'runs in npm run test:postgres' },
    async () => {
      const made = await makePostgresDatabase();
      const onPostgres = (...args: string[]) =>
        run(process.execPath, ['--conditions=comptoir-source', '--import', 'tsx', main, '--static', 'none', ...args], {
          timeout: 60_000,
          env: { ...process.env, DATABASE_URL: made.url },
        });
      const sql = await openPostgres(made.url, { poolSize: 1 });
      try {
        const file = join(dataDir, 'comptoir.db');
        const imported = await onPostgres('--import-sqlite', file, '--no-serve');
        assert.match(imported.stdout, /Imported .*\d+ backorders/);
        // The file's rows, and no demo seed on top of them.
        const source = new Database(file, { readonly: true });
        for (const table of ['backorders', 'shipments', 'watchlist', 'cases', 'orders'])
          assert.equal(
            Number(await sql.value(`SELECT count(*) FROM ${table}`)),
            source.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
            table,
          );
        source.close();
        assert.deepEqual(await sql.column("SELECT id FROM backorders WHERE id LIKE 'BO-SEED-%' ORDER BY id"), ['BO-SEED-3']);
        await assert.rejects(onPostgres('--import-sqlite', file, '--no-serve'), /already holds accounts/);
        // BO-SEED-3's purge day (24 February 2022, three months after it was noted) has passed: the purge runs on PostgreSQL.
        const ran = await onPostgres('--today', '2022-05-02', '--run-jobs', '--no-serve');
        assert.match(ran.stdout, /job purge: [1-9]\d* noted line\(s\)/);
        assert.deepEqual(await sql.column("SELECT id FROM backorders WHERE id LIKE 'BO-SEED-%'"), []);
      } finally {
        await sql.close();
        await made.drop();
      }
    },
  );
});
