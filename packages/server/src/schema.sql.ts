import { backorderStatuses, shipmentStatuses } from '@comptoir/contract';
import { emptyLast, rank } from './list.js';

/** Tables whose rows are counted per account and status in `status_counts`. */
export const statusCountTables = ['backorders', 'shipments', 'cases'] as const;

/** Triggers that keep a table's counts in `status_counts` as rows come, go and change status. */
const countTriggers = (table: string) => /* sql */ `
CREATE TRIGGER IF NOT EXISTS ${table}_count_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO status_counts (tbl, account_id, status, n) VALUES ('${table}', NEW.account_id, NEW.status, 1)
    ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS ${table}_count_delete AFTER DELETE ON ${table} BEGIN
  UPDATE status_counts SET n = n - 1 WHERE tbl = '${table}' AND account_id = OLD.account_id AND status = OLD.status;
END;
CREATE TRIGGER IF NOT EXISTS ${table}_count_update AFTER UPDATE OF status, account_id ON ${table} BEGIN
  UPDATE status_counts SET n = n - 1 WHERE tbl = '${table}' AND account_id = OLD.account_id AND status = OLD.status;
  INSERT INTO status_counts (tbl, account_id, status, n) VALUES ('${table}', NEW.account_id, NEW.status, 1)
    ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = n + 1;
END;`;

/** The database schema. Every table that holds customer data has `account_id`, and every query filters on it. */
export const schema = /* sql */ `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  email_domain TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS backorders (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  id TEXT NOT NULL,
  status TEXT NOT NULL,
  noted_at TEXT NOT NULL,
  expected_at TEXT,
  your_reference TEXT NOT NULL,
  distributor_number TEXT NOT NULL,
  ean13 TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  price_amount REAL,
  price_currency TEXT,
  purge_at TEXT NOT NULL,
  cancellable INTEGER NOT NULL,
  UNIQUE (account_id, id)
);
CREATE INDEX IF NOT EXISTS backorders_noted ON backorders (account_id, noted_at, rowid);
CREATE INDEX IF NOT EXISTS backorders_status_noted ON backorders (account_id, status, noted_at, rowid);
DROP INDEX IF EXISTS backorders_expected;
CREATE INDEX IF NOT EXISTS backorders_expected_asc ON backorders (account_id, ${emptyLast('expected_at').asc}, rowid);
CREATE INDEX IF NOT EXISTS backorders_expected_desc ON backorders (account_id, ${emptyLast('expected_at').desc}, rowid);
CREATE INDEX IF NOT EXISTS backorders_status_rank ON backorders (account_id, ${rank('status', backorderStatuses)}, rowid);
CREATE INDEX IF NOT EXISTS backorders_title ON backorders (account_id, title, rowid);
CREATE INDEX IF NOT EXISTS backorders_publisher ON backorders (account_id, publisher, rowid);
CREATE INDEX IF NOT EXISTS backorders_purge ON backorders (account_id, purge_at, rowid);
CREATE INDEX IF NOT EXISTS backorders_ean ON backorders (account_id, ean13);
CREATE INDEX IF NOT EXISTS backorders_reference ON backorders (account_id, your_reference);
CREATE INDEX IF NOT EXISTS backorders_number ON backorders (account_id, distributor_number);
CREATE INDEX IF NOT EXISTS backorders_quantity ON backorders (account_id, quantity, rowid);

CREATE VIRTUAL TABLE IF NOT EXISTS backorders_fts USING fts5(
  title, publisher, your_reference, distributor_number, ean13,
  content = 'backorders', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS backorders_ai AFTER INSERT ON backorders BEGIN
  INSERT INTO backorders_fts (rowid, title, publisher, your_reference, distributor_number, ean13)
  VALUES (new.rowid, new.title, new.publisher, new.your_reference, new.distributor_number, new.ean13);
END;
CREATE TRIGGER IF NOT EXISTS backorders_ad AFTER DELETE ON backorders BEGIN
  INSERT INTO backorders_fts (backorders_fts, rowid, title, publisher, your_reference, distributor_number, ean13)
  VALUES ('delete', old.rowid, old.title, old.publisher, old.your_reference, old.distributor_number, old.ean13);
END;

CREATE TABLE IF NOT EXISTS shipments (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  id TEXT NOT NULL,
  ordered_at TEXT NOT NULL,
  your_reference TEXT NOT NULL,
  order_number TEXT NOT NULL,
  nature TEXT NOT NULL,
  parcel_count INTEGER,
  shipment_number TEXT NOT NULL,
  status TEXT NOT NULL,
  parcels TEXT NOT NULL,
  UNIQUE (account_id, id)
);
CREATE INDEX IF NOT EXISTS shipments_ordered ON shipments (account_id, ordered_at, rowid);
CREATE INDEX IF NOT EXISTS shipments_status ON shipments (account_id, status, ordered_at, rowid);
CREATE INDEX IF NOT EXISTS shipments_status_rank ON shipments (account_id, ${rank('status', shipmentStatuses)}, rowid);
CREATE INDEX IF NOT EXISTS shipments_order_number ON shipments (account_id, order_number);
CREATE INDEX IF NOT EXISTS shipments_reference ON shipments (account_id, your_reference);
CREATE INDEX IF NOT EXISTS shipments_number ON shipments (account_id, shipment_number);

CREATE TABLE IF NOT EXISTS shipment_lines (
  account_id TEXT NOT NULL,
  shipment_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  ean13 TEXT NOT NULL,
  article_code TEXT NOT NULL,
  title TEXT NOT NULL,
  quantity_ordered INTEGER NOT NULL,
  quantity_shipped INTEGER NOT NULL,
  parcel_number TEXT,
  noted INTEGER NOT NULL,
  PRIMARY KEY (account_id, shipment_id, position)
);
CREATE INDEX IF NOT EXISTS shipment_lines_ean ON shipment_lines (account_id, ean13);

CREATE TABLE IF NOT EXISTS titles (
  ean13 TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT NOT NULL,
  price_amount REAL,
  price_currency TEXT,
  school INTEGER NOT NULL,
  available INTEGER NOT NULL,
  available_at TEXT,
  expected_at TEXT
);
CREATE INDEX IF NOT EXISTS titles_unavailable ON titles (available, title);
CREATE VIRTUAL TABLE IF NOT EXISTS titles_fts USING fts5(
  title, author, publisher, ean13, content = 'titles', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS titles_ai AFTER INSERT ON titles BEGIN
  INSERT INTO titles_fts (rowid, title, author, publisher, ean13) VALUES (new.rowid, new.title, new.author, new.publisher, new.ean13);
END;

CREATE TABLE IF NOT EXISTS watchlist (
  account_id TEXT NOT NULL REFERENCES accounts(id),
  ean13 TEXT NOT NULL REFERENCES titles(ean13),
  subscribed_at TEXT NOT NULL,
  your_reference TEXT NOT NULL DEFAULT '',
  notified_at TEXT,
  PRIMARY KEY (account_id, ean13)
);

CREATE TABLE IF NOT EXISTS orders (
  account_id TEXT NOT NULL REFERENCES accounts(id),
  our_ref TEXT NOT NULL,
  your_ref TEXT NOT NULL,
  customer TEXT NOT NULL,
  created_at TEXT NOT NULL,
  current_step TEXT NOT NULL,
  expected_delivery_at TEXT,
  serial_numbers TEXT NOT NULL,
  dossier TEXT NOT NULL,
  PRIMARY KEY (account_id, our_ref)
);
CREATE INDEX IF NOT EXISTS orders_your_ref ON orders (account_id, your_ref);

CREATE TABLE IF NOT EXISTS cases (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  primary_email TEXT NOT NULL,
  short_description TEXT NOT NULL,
  cc TEXT NOT NULL,
  UNIQUE (account_id, id)
);
CREATE INDEX IF NOT EXISTS cases_created ON cases (account_id, created_at, rowid);

CREATE TABLE IF NOT EXISTS case_messages (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  id TEXT NOT NULL,
  at TEXT NOT NULL,
  sender TEXT NOT NULL,
  author TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (account_id, id)
);
CREATE INDEX IF NOT EXISTS case_messages_case ON case_messages (account_id, case_id, at);

CREATE TABLE IF NOT EXISTS attachments (
  account_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  type TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  PRIMARY KEY (account_id, id)
);
CREATE INDEX IF NOT EXISTS attachments_message ON attachments (account_id, message_id);

-- Rows per account and status of the listed tables, kept by triggers: an unfiltered or status-filtered list counts its
-- total from here instead of counting a million index entries (see list.ts, statusCounts).
CREATE TABLE IF NOT EXISTS status_counts (
  tbl TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (tbl, account_id, status)
);

${statusCountTables.map(countTriggers).join('\n')}
`;
