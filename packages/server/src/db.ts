import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackorderLine, CaseDetail, OrderDossier, ShipmentDetail, UnavailableTitle, WatchItem } from '@comptoir/contract';
import { prepared } from './sql.js';
import { catchUpSorted, rebuildSorted } from './sorted.js';
import type { Engine } from './sql.js';
import { blockOf, blockRowid, blockTables, countedStatus, schema, statusCountTables, titleCopies } from './schema.sql.js';

export type Db = Database.Database;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens (and creates) the database file in `dataDir`; `reset` starts from an empty file. */
export function openDatabase(dataDir: string, options: { reset?: boolean; file?: string } = {}): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, options.file ?? 'comptoir.db');
  if (options.reset) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -64000');
  const before = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')").pluck().all() as string[]);
  if (before.has('accounts')) db.transaction(() => migrate(db, before))();
  db.exec(schema);
  if (before.has('accounts')) db.transaction(() => migrateRows(db, before))();
  // Statistics for the query planner where they are missing or stale (an index added since the file was written).
  db.pragma('optimize = 0x10002');
  // A search table created just now over rows already there (a file from before it existed) is filled once.
  for (const table of [...blockTables, 'titles']) {
    if (!before.has(`${table}_search`)) db.exec(`INSERT INTO ${table}_search (${table}_search) VALUES ('rebuild')`);
  }
  // The backorders' words in title order (sorted.ts): made for every line of a file from before them; what the
  // triggers queued since the server last ran (another program's writes) is entered now.
  if (before.has('backorders') && !before.has('backorders_sorted')) rebuildSorted(db);
  else catchUpSorted(db);
  // Counts of a file written before the count triggers existed are rebuilt once (a grouped scan of each status index).
  if (!db.prepare("SELECT 1 FROM meta WHERE key = 'status_counts_v2'").get()) {
    db.transaction(() => {
      db.exec('DELETE FROM status_counts');
      for (const table of statusCountTables) {
        db.exec(
          `INSERT INTO status_counts (tbl, account_id, status, n)
           SELECT '${table}', account_id, ${countedStatus[table].column}, count(*) FROM ${table} GROUP BY account_id, ${countedStatus[table].column}`,
        );
      }
      db.exec("INSERT INTO meta (key, value) VALUES ('status_counts_v2', '1')");
    })();
  }
  return db;
}

/**
 * Brings a file written by an earlier version to the current schema (which `CREATE … IF NOT EXISTS` alone cannot do
 * for a changed table). Each step checks what the file has, so a step runs once.
 */
function migrate(db: Db, existing: Set<string>): void {
  const columns = (table: string) => new Set(db.prepare(`SELECT name FROM pragma_table_xinfo(?)`).pluck().all(table) as string[]);
  if (!columns('accounts').has('block')) {
    db.exec('ALTER TABLE accounts ADD COLUMN block INTEGER');
    db.exec('UPDATE accounts SET block = rowid');
  }
  if (!columns('accounts').has('alert_email')) db.exec('ALTER TABLE accounts ADD COLUMN alert_email TEXT');
  if (existing.has('orders') && !columns('orders').has('contact_email')) db.exec('ALTER TABLE orders ADD COLUMN contact_email TEXT');
  if (existing.has('cases') && !columns('cases').has('category')) {
    db.exec("ALTER TABLE cases ADD COLUMN category TEXT NOT NULL DEFAULT 'other'");
    db.exec('ALTER TABLE cases ADD COLUMN order_ref TEXT');
    db.exec('ALTER TABLE cases ADD COLUMN serial_number TEXT');
  }
  // The watchlist before its copies of the titles' fields: renamed, copied into the new table after the schema ran.
  if (existing.has('watchlist') && !columns('watchlist').has('title')) db.exec('ALTER TABLE watchlist RENAME TO watchlist_before');
  if (existing.has('titles_fts')) db.exec('DROP TABLE titles_fts');
  if (existing.has('titles_ai')) db.exec('DROP TRIGGER titles_ai');
  for (const table of blockTables) {
    if (!existing.has(table) || table === 'watchlist' || columns(table).has('scope')) continue;
    // The full-text index of before (no scope words, rows numbered by SQLite) goes; its replacement is built after the
    // rows have moved into their accounts' blocks (an old rowid is below 2^32, so old + block << 32 is free).
    for (const name of [`${table}_fts`, `${table}_ai`, `${table}_ad`]) {
      if (existing.has(name)) db.exec(`DROP ${name.endsWith('_fts') ? 'TABLE' : 'TRIGGER'} ${name}`);
    }
    db.exec(`UPDATE ${table} SET rowid = rowid + (${blockOf(`${table}.account_id`)} << 32) WHERE rowid < 4294967296`);
    db.exec(`ALTER TABLE ${table} ADD COLUMN scope TEXT GENERATED ALWAYS AS (replace(status, '-', '')) VIRTUAL`);
  }
}

/** The second half of `migrate`: rows copied into tables the schema has just created. */
function migrateRows(db: Db, existing: Set<string>): void {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'watchlist_before'").get()) {
    db.exec(`INSERT INTO watchlist (rowid, account_id, ean13, subscribed_at, your_reference, notified_at, ${titleCopies.join(', ')})
      SELECT (a.block << 32) + row_number() OVER (PARTITION BY w.account_id ORDER BY w.rowid), w.account_id, w.ean13, w.subscribed_at,
        w.your_reference, w.notified_at, ${titleCopies.map((column) => `t.${column}`).join(', ')}
      FROM watchlist_before w JOIN accounts a ON a.id = w.account_id JOIN titles t ON t.ean13 = w.ean13`);
    db.exec('DROP TABLE watchlist_before');
  }
  if (!existing.has('order_serials')) {
    db.exec(`INSERT OR IGNORE INTO order_serials (account_id, serial, our_ref)
      SELECT o.account_id, upper(j.value), o.our_ref FROM orders o, json_each(o.dossier, '$.serialNumbers') j`);
  }
}

export function insertAccount(
  db: Db,
  account: { id: string; name: string; token: string; emailDomain: string; alertEmail?: string | null },
): void {
  prepared(
    db,
    'INSERT INTO accounts (id, name, token_hash, email_domain, alert_email, block) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(block), 0) + 1 FROM accounts))',
  ).run(account.id, account.name, hashToken(account.token), account.emailDomain, account.alertEmail ?? null);
}

export function backorderInserter(db: Db) {
  const statement = prepared(
    db,
    `INSERT INTO backorders
    (rowid, account_id, id, status, noted_at, expected_at, your_reference, distributor_number, ean13, quantity, title, publisher, price_amount, price_currency, purge_at, cancellable)
    VALUES (${blockRowid('backorders')}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (accountId: string, line: BackorderLine) =>
    statement.run(
      accountId,
      accountId,
      line.id,
      line.status,
      line.notedAt,
      line.expectedAt,
      line.yourReference,
      line.distributorNumber,
      line.ean13,
      line.quantity,
      line.title,
      line.publisher,
      line.price?.amount ?? null,
      line.price?.currency ?? null,
      line.purgeAt,
      line.cancellable ? 1 : 0,
    );
}

export function insertShipment(db: Db, accountId: string, shipment: ShipmentDetail): void {
  prepared(
    db,
    `INSERT INTO shipments (account_id, id, ordered_at, your_reference, order_number, nature, parcel_count, shipment_number, status, parcels)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    accountId,
    shipment.id,
    shipment.orderedAt,
    shipment.yourReference,
    shipment.orderNumber,
    shipment.nature,
    shipment.parcelCount,
    shipment.shipmentNumber,
    shipment.status,
    JSON.stringify(shipment.parcels),
  );
  const line = prepared(
    db,
    `INSERT INTO shipment_lines (account_id, shipment_id, position, ean13, article_code, title, quantity_ordered, quantity_shipped, parcel_number, noted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  shipment.lines.forEach((l, position) =>
    line.run(
      accountId,
      shipment.id,
      position,
      l.ean13,
      l.articleCode,
      l.title,
      l.quantityOrdered,
      l.quantityShipped,
      l.parcelNumber,
      l.noted ? 1 : 0,
    ),
  );
}

export function insertTitle(
  db: Db,
  title: Omit<UnavailableTitle, 'followed'> & { available?: boolean; availableAt?: string | null },
): void {
  prepared(
    db,
    `INSERT INTO titles (ean13, title, author, publisher, price_amount, price_currency, school, available, available_at, expected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(
    title.ean13,
    title.title,
    title.author,
    title.publisher,
    title.price?.amount ?? null,
    title.price?.currency ?? null,
    title.school ? 1 : 0,
    title.available ? 1 : 0,
    title.availableAt ?? null,
    title.expectedAt,
  );
}

export function insertWatch(db: Db, accountId: string, item: WatchItem): void {
  insertTitle(db, { ...item, school: false, expectedAt: item.available ? null : item.availableAt });
  prepared(db, 'UPDATE titles SET available = ?, available_at = ? WHERE ean13 = ?').run(
    item.available ? 1 : 0,
    item.availableAt,
    item.ean13,
  );
  followTitle(db, accountId, item);
}

/**
 * Follows a title of the catalogue (nothing when it is already followed or unknown): the row is numbered in the
 * account's block and carries the title's fields. Parameters: account, subscribedAt, yourReference, notifiedAt, ean13.
 */
export const followTitleSql = (engine: Engine) =>
  `INSERT INTO watchlist (rowid, account_id, ean13, subscribed_at, your_reference, notified_at, ${titleCopies.join(', ')})
   SELECT ${blockRowid('watchlist', '?', engine)}, ?, t.ean13, ?, ?, ?, ${titleCopies.map((column) => `t.${column}`).join(', ')}
   FROM titles t WHERE t.ean13 = ? ON CONFLICT DO NOTHING`;

export function followTitle(
  db: Db,
  accountId: string,
  item: { ean13: string; subscribedAt: string; yourReference: string; notifiedAt?: string | null },
): boolean {
  return (
    prepared(db, followTitleSql('sqlite')).run(
      accountId,
      accountId,
      item.subscribedAt,
      item.yourReference,
      item.notifiedAt ?? null,
      item.ean13,
    ).changes > 0
  );
}

/** A dossier of the account; `contactEmail` is the address a guest gives to open it (POST /guest-access). */
export function insertOrder(db: Db, accountId: string, dossier: OrderDossier, contactEmail: string | null = null): void {
  prepared(
    db,
    `INSERT INTO orders (account_id, our_ref, your_ref, customer, created_at, current_step, expected_delivery_at, serial_numbers, dossier, contact_email)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    accountId,
    dossier.ourRef,
    dossier.yourRef,
    dossier.customer,
    dossier.createdAt,
    dossier.currentStep,
    dossier.expectedDeliveryAt,
    ' ' + dossier.serialNumbers.join(' ') + ' ',
    JSON.stringify(dossier),
    contactEmail,
  );
}

export function insertCase(db: Db, accountId: string, detail: CaseDetail): void {
  prepared(
    db,
    `INSERT INTO cases (rowid, account_id, id, created_at, status, primary_email, short_description, cc, category, order_ref, serial_number)
     VALUES (${blockRowid('cases')}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    accountId,
    accountId,
    detail.id,
    detail.createdAt,
    detail.status,
    detail.primaryEmail,
    detail.shortDescription,
    JSON.stringify(detail.cc),
    detail.category ?? 'other',
    detail.orderRef ?? null,
    detail.serialNumber ?? null,
  );
  const message = prepared(
    db,
    'INSERT INTO case_messages (account_id, case_id, id, at, sender, author, subject, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const m of detail.messages) message.run(accountId, detail.id, m.id, m.at, m.from, m.author, m.subject, m.text);
}
