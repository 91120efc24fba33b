import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackorderLine, CaseDetail, OrderDossier, ShipmentDetail, UnavailableTitle, WatchItem } from '@comptoir/contract';
import { schema, statusCountTables } from './schema.sql.js';

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
  db.exec(schema);
  // Counts of a file written before the count triggers existed are rebuilt once (a grouped scan of each status index).
  if (!db.prepare("SELECT 1 FROM meta WHERE key = 'status_counts'").get()) {
    db.transaction(() => {
      db.exec('DELETE FROM status_counts');
      for (const table of statusCountTables) {
        db.exec(
          `INSERT INTO status_counts (tbl, account_id, status, n) SELECT '${table}', account_id, status, count(*) FROM ${table} GROUP BY account_id, status`,
        );
      }
      db.exec("INSERT INTO meta (key, value) VALUES ('status_counts', '1')");
    })();
  }
  return db;
}

export function insertAccount(db: Db, account: { id: string; name: string; token: string; emailDomain: string }): void {
  db.prepare('INSERT INTO accounts (id, name, token_hash, email_domain) VALUES (?, ?, ?, ?)').run(
    account.id,
    account.name,
    hashToken(account.token),
    account.emailDomain,
  );
}

export function backorderInserter(db: Db) {
  const statement = db.prepare(`INSERT INTO backorders
    (account_id, id, status, noted_at, expected_at, your_reference, distributor_number, ean13, quantity, title, publisher, price_amount, price_currency, purge_at, cancellable)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return (accountId: string, line: BackorderLine) =>
    statement.run(
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
  db.prepare(
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
  const line = db.prepare(
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
  db.prepare(
    `INSERT OR IGNORE INTO titles (ean13, title, author, publisher, price_amount, price_currency, school, available, available_at, expected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  db.prepare('UPDATE titles SET available = ?, available_at = ? WHERE ean13 = ?').run(item.available ? 1 : 0, item.availableAt, item.ean13);
  db.prepare('INSERT INTO watchlist (account_id, ean13, subscribed_at, your_reference, notified_at) VALUES (?, ?, ?, ?, ?)').run(
    accountId,
    item.ean13,
    item.subscribedAt,
    item.yourReference,
    item.notifiedAt,
  );
}

export function insertOrder(db: Db, accountId: string, dossier: OrderDossier): void {
  db.prepare(
    `INSERT INTO orders (account_id, our_ref, your_ref, customer, created_at, current_step, expected_delivery_at, serial_numbers, dossier)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  );
}

export function insertCase(db: Db, accountId: string, detail: CaseDetail): void {
  db.prepare(
    'INSERT INTO cases (account_id, id, created_at, status, primary_email, short_description, cc) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(accountId, detail.id, detail.createdAt, detail.status, detail.primaryEmail, detail.shortDescription, JSON.stringify(detail.cc));
  const message = db.prepare(
    'INSERT INTO case_messages (account_id, case_id, id, at, sender, author, subject, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const m of detail.messages) message.run(accountId, detail.id, m.id, m.at, m.from, m.author, m.subject, m.text);
}
