// The distributor's rules, applied by the server (seeds/interforum-portal.txt): noted lines are purged after their
// retention, the logistics list keeps three months of history, available noted lines are served by the weekly
// processing once they reach the billing threshold, and followed titles that come back are announced by mail.
// Each job runs on its schedule inside a running server, and all of them on demand (`--run-jobs`).
import { addMonths } from '@comptoir/contract/fixtures';
import type { Clock } from './clock.js';
import { invalidate } from './list.js';
import type { Sql } from './sql.js';
import type { MailTransport } from './mail.js';

export interface JobSettings {
  clock: Clock;
  mail: MailTransport;
  /** Minimum amount, excluding tax, of an account's available lines before they are served (default 50, EUR). */
  billingThreshold?: number;
  /** Months of shipments the logistics list keeps (default 3). */
  historyMonths?: number;
  /** Sender of the outbox's mails. */
  mailFrom?: string;
}

export const jobNames = ['purge', 'history', 'serve', 'alerts'] as const;
export type JobName = (typeof jobNames)[number];

export interface JobReport {
  job: JobName;
  /** Whether the job ran (it was due, or forced). */
  ran: boolean;
  /** Rows it changed: lines purged, shipments removed, lines served, mails sent. */
  count: number;
  summary: string;
}

export const DEFAULT_BILLING_THRESHOLD = 50;
/** The weekly processing runs on Mondays (ISO weekday 1). */
const SERVE_WEEKDAY = 1;
const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
/** The first serve day on or after `day`. */
const serveDayFrom = (day: string) => addDays(day, (SERVE_WEEKDAY - weekday(day) + 7) % 7);

const lastRun = async (sql: Sql, job: JobName) => (await sql.value<string>('SELECT value FROM meta WHERE key = ?', [`job:${job}`])) ?? null;
const markRun = (sql: Sql, job: JobName, day: string) => sql.run(markRunSql, [`job:${job}`, day]);

/** The day of the last weekly processing, if any. */
export const lastServeDay = (sql: Sql) => lastRun(sql, 'serve');

/** The day of the next weekly processing: the serve day after the last run (today when a run was missed). */
export async function nextServeDay(sql: Sql, today: string): Promise<string> {
  const last = await lastRun(sql, 'serve');
  const next = last ? serveDayFrom(addDays(last, 1)) : serveDayFrom(today);
  return next < today ? today : next;
}

async function isDue(sql: Sql, job: JobName, today: string): Promise<boolean> {
  if (job === 'alerts') return true;
  if (job === 'serve') return (await nextServeDay(sql, today)) <= today;
  const last = await lastRun(sql, job);
  return last === null || last < today;
}

/** Each job as having run on `today` (a fresh seed is as the portal was after that day's runs): job, day. */
export const jobsRunMarks = (today: string): [JobName, string][] => [
  ['purge', today],
  ['history', today],
  // The last weekly processing is the latest serve day up to today.
  ['serve', serveDayFrom(addDays(today, -6))],
];
export const markRunSql = 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

const accounts = (sql: Sql) => sql.column<string>('SELECT id FROM accounts ORDER BY block, id');

async function purge(sql: Sql, today: string): Promise<Omit<JobReport, 'job' | 'ran'>> {
  let count = 0;
  for (const account of await accounts(sql)) {
    const changes = await sql.run('DELETE FROM backorders WHERE account_id = ? AND purge_at < ?', [account, today]);
    if (changes) invalidate(account);
    count += changes;
  }
  return { count, summary: `${count} noted line(s) past their purge date purged` };
}

async function history(sql: Sql, today: string, months: number): Promise<Omit<JobReport, 'job' | 'ran'>> {
  const cutoff = addMonths(today, -months);
  let count = 0;
  for (const account of await accounts(sql)) {
    await sql.run(
      'DELETE FROM shipment_lines WHERE account_id = ? AND shipment_id IN (SELECT id FROM shipments WHERE account_id = ? AND ordered_at < ?)',
      [account, account, cutoff],
    );
    const changes = await sql.run('DELETE FROM shipments WHERE account_id = ? AND ordered_at < ?', [account, cutoff]);
    if (changes) invalidate(account);
    count += changes;
  }
  return { count, summary: `${count} shipment(s) ordered before ${cutoff} left the list` };
}

interface AvailableLine {
  rowid: number;
  id: string;
  your_reference: string;
  distributor_number: string;
  ean13: string;
  quantity: number;
  title: string;
}

/** What an account's available lines with a price amount to (EUR, excluding tax). */
export async function availableTotal(sql: Sql, account: string): Promise<number | null> {
  const total = await sql.value<number | string | null>(
    `SELECT round(CAST(sum(price_amount * quantity) AS NUMERIC), 2) FROM backorders
     WHERE account_id = ? AND status = 'available' AND price_amount IS NOT NULL AND coalesce(price_currency, 'EUR') = 'EUR'`,
    [account],
  );
  return total === null || total === undefined ? null : Number(total);
}

async function serve(sql: Sql, today: string, threshold: number): Promise<Omit<JobReport, 'job' | 'ran'>> {
  let count = 0;
  let shipments = 0;
  for (const account of await accounts(sql)) {
    const total = await availableTotal(sql, account);
    if (total === null || total < threshold) continue;
    const lines = await sql.all<AvailableLine>(
      `SELECT rowid, id, your_reference, distributor_number, ean13, quantity, title FROM backorders
       WHERE account_id = ? AND status = 'available' ORDER BY noted_at, rowid`,
      [account],
    );
    const last = await sql.value<number | null>('SELECT max(CAST(shipment_number AS BIGINT)) FROM shipments WHERE account_id = ?', [
      account,
    ]);
    const number = String(Number(last ?? 72_000_000) + 1);
    const references = [...new Set(lines.map((line) => line.your_reference).filter(Boolean))];
    await sql.run(
      `INSERT INTO shipments (account_id, id, ordered_at, your_reference, order_number, nature, parcel_count, shipment_number, status, parcels)
       VALUES (?, ?, ?, ?, ?, 'restock', NULL, ?, 'preparing', '[]')`,
      [
        account,
        number,
        today,
        references.length > 3 ? `${references.slice(0, 3).join(', ')}…` : references.join(', '),
        `NOTES-${today.replaceAll('-', '')}`,
        number,
      ],
    );
    for (const [position, line] of lines.entries()) {
      await sql.run(
        `INSERT INTO shipment_lines (account_id, shipment_id, position, ean13, article_code, title, quantity_ordered, quantity_shipped, parcel_number, noted)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, 0)`,
        [account, number, position, line.ean13, line.distributor_number, line.title, line.quantity],
      );
      await sql.run('DELETE FROM backorders WHERE account_id = ? AND rowid = ?', [account, line.rowid]);
    }
    invalidate(account);
    count += lines.length;
    shipments++;
  }
  return { count, summary: `${count} available line(s) served in ${shipments} shipment(s) (threshold ${threshold} EUR excl. tax)` };
}

interface Announced {
  account_id: string;
  ean13: string;
  title: string;
  author: string | null;
  publisher: string;
  price_amount: number | null;
  price_currency: string | null;
  available_at: string | null;
  your_reference: string;
  alert_email: string | null;
}

const frenchDay = (day: string | null) => (day ? day.split('-').reverse().join('/') : '');

/** The availability mail: what the portal's notification recalls (title, author, EAN, price…), in French. */
function alertMail(row: Announced): { subject: string; body: string } {
  const price =
    row.price_amount === null
      ? null
      : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: row.price_currency ?? 'EUR' }).format(row.price_amount);
  const lines = [
    'Bonjour,',
    '',
    'Un titre de votre liste de titres suivis est de nouveau disponible :',
    '',
    `Titre : ${row.title}`,
    row.author ? `Auteur : ${row.author}` : null,
    `EAN13 : ${row.ean13}`,
    `Éditeur : ${row.publisher}`,
    price ? `Prix : ${price}` : null,
    row.available_at ? `Disponible le : ${frenchDay(row.available_at)}` : null,
    row.your_reference ? `Votre référence : ${row.your_reference}` : null,
    '',
    'Vous recevez ce message parce que vous suivez ce titre dans les alertes disponibilité de votre espace client.',
  ];
  return { subject: `Titre disponible : ${row.title}`, body: lines.filter((line) => line !== null).join('\n') };
}

/** Queues a mail for each followed title that became available since it was followed and was not announced yet. */
async function queueAlerts(sql: Sql, now: Date): Promise<number> {
  const rows = await sql.all<Announced>(
    `SELECT w.account_id, w.ean13, w.title, w.author, w.publisher, w.price_amount, w.price_currency, w.available_at,
       w.your_reference, a.alert_email
     FROM watchlist w JOIN accounts a ON a.id = w.account_id
     WHERE w.available = 1 AND w.notified_at IS NULL AND (w.available_at IS NULL OR w.available_at >= w.subscribed_at)`,
  );
  let queued = 0;
  for (const row of rows) {
    const key = `${row.ean13}:${row.available_at ?? ''}`;
    const { subject, body } = alertMail(row);
    const changes = await sql.run(
      `INSERT INTO outbox (account_id, kind, subject_key, recipient, subject, body, created_at)
       VALUES (?, 'availability', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [row.account_id, key, row.alert_email, subject, body, now.toISOString()],
    );
    queued += changes;
    // Announced before (the title went and came back the same day): the row shows that mail's day again.
    if (!changes) await noteSent(sql, row.account_id, key);
  }
  return queued;
}

/** The followed title of an outbox mail that has left: its "Mail envoyé le" is the day it left. */
async function noteSent(sql: Sql, account: string, key: string): Promise<void> {
  const sent = await sql.value<string>(
    "SELECT substr(sent_at, 1, 10) FROM outbox WHERE account_id = ? AND kind = 'availability' AND subject_key = ? AND sent_at IS NOT NULL",
    [account, key],
  );
  if (!sent) return;
  const ean13 = key.split(':')[0]!;
  const changes = await sql.run('UPDATE watchlist SET notified_at = ? WHERE account_id = ? AND ean13 = ? AND notified_at IS NULL', [
    sent,
    account,
    ean13,
  ]);
  if (changes) invalidate(account);
}

interface OutboxRow {
  id: number;
  account_id: string;
  kind: string;
  subject_key: string;
  recipient: string | null;
  subject: string;
  body: string;
}

const MAX_ATTEMPTS = 20;

/** Sends what waits in the outbox. A mail is claimed first, so two servers on one database never both send it. */
async function deliver(sql: Sql, settings: JobSettings): Promise<{ sent: number; failed: number }> {
  const now = settings.clock.now();
  const pending = await sql.all<OutboxRow>(
    'SELECT id, account_id, kind, subject_key, recipient, subject, body FROM outbox WHERE sent_at IS NULL AND attempts < ? ORDER BY id LIMIT 200',
    [MAX_ATTEMPTS],
  );
  let sent = 0;
  let failed = 0;
  for (const mail of pending) {
    const claimed = await sql.run(
      'UPDATE outbox SET attempts = attempts + 1, claimed_until = ? WHERE id = ? AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)',
      [new Date(now.getTime() + 5 * 60_000).toISOString(), mail.id, now.toISOString()],
    );
    if (!claimed) continue;
    try {
      if (!mail.recipient) throw new Error('the account has no alert address');
      await settings.mail.send({
        id: mail.id,
        from: settings.mailFrom ?? 'alertes-disponibilite@comptoir.local',
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
      });
      await sql.run('UPDATE outbox SET sent_at = ?, last_error = NULL, claimed_until = NULL WHERE id = ?', [
        settings.clock.now().toISOString(),
        mail.id,
      ]);
      if (mail.kind === 'availability') await noteSent(sql, mail.account_id, mail.subject_key);
      sent++;
    } catch (error) {
      await sql.run('UPDATE outbox SET last_error = ?, claimed_until = NULL WHERE id = ?', [
        String((error as Error).message ?? error).slice(0, 500),
        mail.id,
      ]);
      failed++;
    }
  }
  return { sent, failed };
}

/**
 * Runs the jobs that are due (or all of them, `force`), in order: purge, history, serve, alerts. Each daily or weekly
 * job checks and marks its run in one write transaction, so servers sharing the database run it once.
 */
export async function runJobs(sql: Sql, settings: JobSettings, options: { force?: boolean; only?: JobName[] } = {}): Promise<JobReport[]> {
  const today = settings.clock.today();
  const reports: JobReport[] = [];
  for (const job of options.only ?? jobNames) {
    if (job === 'alerts') {
      const queued = await sql.transaction(async (tx) => {
        await tx.lock('job:alerts');
        return queueAlerts(tx, settings.clock.now());
      });
      const { sent, failed } = await deliver(sql, settings);
      reports.push({
        job,
        ran: true,
        count: sent,
        summary: `${queued} alert(s) queued, ${sent} sent (${settings.mail.kind})${failed ? `, ${failed} failed and kept for the next run` : ''}`,
      });
      continue;
    }
    const report = await sql.transaction(async (tx): Promise<JobReport> => {
      // Instances sharing the database check and mark a job one at a time: it runs once.
      await tx.lock(`job:${job}`);
      if (!options.force && !(await isDue(tx, job, today))) return { job, ran: false, count: 0, summary: 'not due' };
      const done =
        job === 'purge'
          ? await purge(tx, today)
          : job === 'history'
            ? await history(tx, today, settings.historyMonths ?? 3)
            : await serve(tx, today, settings.billingThreshold ?? DEFAULT_BILLING_THRESHOLD);
      await markRun(tx, job, today);
      return { job, ran: true, ...done };
    });
    reports.push(report);
  }
  return reports;
}

/** Runs the due jobs now and then every minute, until stopped. Errors are logged; the next tick tries again. */
export function startJobs(sql: Sql, settings: JobSettings, log: (reports: JobReport[]) => void = () => {}): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      log(await runJobs(sql, settings));
    } catch (error) {
      console.error('jobs:', error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
