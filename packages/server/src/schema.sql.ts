import { backorderStatuses, caseStatuses, shipmentNatures, shipmentStatuses } from '@comptoir/contract';
import { emptyLast, rank } from './list.js';
import type { Engine } from './sql.js';

/** Tables whose rows are counted per account and status in `status_counts`. */
export const statusCountTables = ['backorders', 'shipments', 'cases', 'watchlist', 'orders'] as const;
/** The column counted as the status, and the columns whose update changes it. */
export const countedStatus: Record<(typeof statusCountTables)[number], { column: string; changedBy: string }> = {
  backorders: { column: 'status', changedBy: 'status' },
  shipments: { column: 'status', changedBy: 'status' },
  cases: { column: 'status', changedBy: 'status' },
  watchlist: { column: 'status', changedBy: 'available' },
  orders: { column: 'current_step', changedBy: 'current_step' },
};

/** Triggers that keep a table's counts in `status_counts` as rows come, go and change status. */
const countTriggers = (table: (typeof statusCountTables)[number]) => {
  const { column, changedBy } = countedStatus[table];
  return /* sql */ `
CREATE TRIGGER IF NOT EXISTS ${table}_count_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO status_counts (tbl, account_id, status, n) VALUES ('${table}', NEW.account_id, NEW.${column}, 1)
    ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS ${table}_count_delete AFTER DELETE ON ${table} BEGIN
  UPDATE status_counts SET n = n - 1 WHERE tbl = '${table}' AND account_id = OLD.account_id AND status = OLD.${column};
END;
CREATE TRIGGER IF NOT EXISTS ${table}_count_update AFTER UPDATE OF ${changedBy}, account_id ON ${table} BEGIN
  UPDATE status_counts SET n = n - 1 WHERE tbl = '${table}' AND account_id = OLD.account_id AND status = OLD.${column};
  INSERT INTO status_counts (tbl, account_id, status, n) VALUES ('${table}', NEW.account_id, NEW.${column}, 1)
    ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = n + 1;
END;`;
};

/**
 * Rows of a searched table are numbered in blocks, one per account: an account's rows have `rowid >> 32 = block`.
 * A full-text query is then scoped to the account by a rowid range, which FTS5 seeks to, instead of by reading every
 * match's row (see list.ts). Our inserts number their rows in the block (`blockRowid`); a row written by another
 * program, numbered by SQLite, is moved into its block by a trigger, so it is found and counted all the same.
 */
export const blockTables = ['backorders', 'cases', 'watchlist'] as const;
export const blockOf = (accountExpression: string) => `(SELECT block FROM accounts WHERE id = ${accountExpression})`;
const inBlock = (row: 'NEW' | 'OLD') => `${row}.rowid >> 32 = ${blockOf(`${row}.account_id`)}`;
/** The next rowid in the block of the account given as the one parameter. */
export const blockRowid = (table: string, account = '?', engine: Engine = 'sqlite') =>
  engine === 'postgres'
    ? // PostgreSQL searches by the row's own vector, not by a range of row numbers: the table's sequence numbers rows,
      // so that concurrent transactions never draw the same number (the account's parameter is kept, unused).
      `(SELECT nextval('${table}_rowid_seq') FROM accounts a WHERE a.id = ${account})`
    : `(SELECT coalesce((SELECT max(rowid) FROM ${table} WHERE rowid BETWEEN a.block << 32 AND (a.block << 32) + 4294967295), a.block << 32) + 1 FROM accounts a WHERE a.id = ${account})`;

/** The backorders' searched columns, whose words `backorders_sorted` keeps in title order (sorted.ts). */
export const sortedColumns = ['title', 'publisher', 'your_reference', 'distributor_number', 'ean13'];
/** Those columns of a row (`old`, `new`, a table's alias) as one text, whose words are the row's entries. */
export const sortedText = (row: string) => sortedColumns.map((column) => `${row}.${column}`).join(" || ' ' || ");

/** The status as one word of the full-text index, as `scopeWord` (search.ts) writes it, to filter in the index. */
const statusScope = "replace(status, '-', '')";

/**
 * A full-text index over `columns` of `table` (external content), with the row's `scope` words (its status) as the
 * last column, kept by triggers. Searches name the text columns (`{title publisher} : …`), so a user's word never
 * matches a scope word.
 */
const searchTable = (table: string, columns: string[], scopeFrom = ['status']) => {
  const all = [...columns, 'scope'];
  const values = (row: 'new' | 'old') => all.map((column) => `${row}.${column}`).join(', ');
  return /* sql */ `
CREATE VIRTUAL TABLE IF NOT EXISTS ${table}_search USING fts5(
  ${all.join(', ')}, content = '${table}', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS ${table}_search_insert AFTER INSERT ON ${table} WHEN ${inBlock('NEW')} BEGIN
  INSERT INTO ${table}_search (rowid, ${all.join(', ')}) VALUES (new.rowid, ${values('new')});
END;
CREATE TRIGGER IF NOT EXISTS ${table}_block AFTER INSERT ON ${table} WHEN NOT ${inBlock('NEW')} BEGIN
  UPDATE ${table} SET rowid = ${blockRowid(table, 'NEW.account_id')} WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER IF NOT EXISTS ${table}_search_delete AFTER DELETE ON ${table} WHEN ${inBlock('OLD')} BEGIN
  INSERT INTO ${table}_search (${table}_search, rowid, ${all.join(', ')}) VALUES ('delete', old.rowid, ${values('old')});
END;
CREATE TRIGGER IF NOT EXISTS ${table}_search_update AFTER UPDATE OF rowid, account_id, ${[...scopeFrom, ...columns].join(', ')} ON ${table} BEGIN
  INSERT INTO ${table}_search (${table}_search, rowid, ${all.join(', ')}) SELECT 'delete', old.rowid, ${values('old')} WHERE ${inBlock('OLD')};
  INSERT INTO ${table}_search (rowid, ${all.join(', ')}) SELECT new.rowid, ${values('new')} WHERE ${inBlock('NEW')};
END;`;
};

/** The fields of a title that a followed title carries (kept by the triggers on titles). */
export const titleCopies = ['title', 'author', 'publisher', 'price_amount', 'price_currency', 'available', 'available_at', 'expected_at'];
const availability = "CASE available WHEN 1 THEN 'available' ELSE 'unavailable' END";
const titleScope = (row = '') =>
  `CASE ${row}available WHEN 1 THEN 'available' ELSE 'unavailable' END || CASE ${row}school WHEN 1 THEN ' school' ELSE ' general' END`;

/** The database schema. Every table that holds customer data has `account_id`, and every query filters on it. */
export const schema = /* sql */ `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  email_domain TEXT NOT NULL,
  block INTEGER,
  -- Where the account's availability alerts are mailed (none: they wait in the outbox until an address is set).
  alert_email TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS accounts_block ON accounts (block);
-- An account added by another program gets the next block too.
CREATE TRIGGER IF NOT EXISTS accounts_block AFTER INSERT ON accounts WHEN NEW.block IS NULL BEGIN
  UPDATE accounts SET block = (SELECT coalesce(max(block), 0) + 1 FROM accounts) WHERE id = NEW.id;
END;

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
  scope TEXT GENERATED ALWAYS AS (${statusScope}) VIRTUAL,
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

${searchTable('backorders', sortedColumns)}

-- The backorders' words in title order (sorted.ts): one entry per (account block, word, title, line), so that a search
-- sorted by title reads its page as ranges of this btree. The words are FTS5's (search.ts splits them by the same
-- rule), which SQL cannot split: the triggers queue the lines written, by any program, with the title and text the
-- entries were made of (the first change after the entries were made, which INSERT OR IGNORE keeps), and the server
-- brings the entries up to date from the queue before it reads them: deletes the old ones by their key, enters the new.
CREATE TABLE IF NOT EXISTS backorders_sorted (
  block INTEGER NOT NULL, term TEXT NOT NULL, title TEXT NOT NULL, line INTEGER NOT NULL, status TEXT NOT NULL,
  PRIMARY KEY (block, term, title, line)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS backorders_sorted_queue (line INTEGER PRIMARY KEY, title TEXT, words TEXT);
CREATE TRIGGER IF NOT EXISTS backorders_sorted_insert AFTER INSERT ON backorders BEGIN
  INSERT OR IGNORE INTO backorders_sorted_queue (line) VALUES (new.rowid);
END;
CREATE TRIGGER IF NOT EXISTS backorders_sorted_delete AFTER DELETE ON backorders BEGIN
  INSERT OR IGNORE INTO backorders_sorted_queue (line, title, words) VALUES (old.rowid, old.title, ${sortedText('old')});
END;
CREATE TRIGGER IF NOT EXISTS backorders_sorted_update
AFTER UPDATE OF rowid, account_id, status, ${sortedColumns.join(', ')} ON backorders BEGIN
  INSERT OR IGNORE INTO backorders_sorted_queue (line, title, words) VALUES (old.rowid, old.title, ${sortedText('old')});
  INSERT OR IGNORE INTO backorders_sorted_queue (line) VALUES (new.rowid);
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
CREATE INDEX IF NOT EXISTS shipments_nature_rank ON shipments (account_id, ${rank('nature', shipmentNatures)}, rowid);
CREATE INDEX IF NOT EXISTS shipments_parcels_asc ON shipments (account_id, ${emptyLast('parcel_count', 'number').asc}, rowid);
CREATE INDEX IF NOT EXISTS shipments_parcels_desc ON shipments (account_id, ${emptyLast('parcel_count', 'number').desc}, rowid);
-- Filters by nature, alone (in date order) or with a status (counted in the index alone).
CREATE INDEX IF NOT EXISTS shipments_nature ON shipments (account_id, nature, ordered_at, rowid);
CREATE INDEX IF NOT EXISTS shipments_status_nature ON shipments (account_id, status, nature);
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
-- The catalogue's sort orders among unavailable titles, each with the tie-breaker (ean13), so no page sorts (the
-- indexes of before, without it, are dropped).
DROP INDEX IF EXISTS titles_unavailable;
DROP INDEX IF EXISTS titles_unavailable_publisher;
DROP INDEX IF EXISTS titles_unavailable_expected_asc;
DROP INDEX IF EXISTS titles_unavailable_expected_desc;
DROP INDEX IF EXISTS titles_unavailable_ean;
DROP INDEX IF EXISTS titles_unavailable_title;
CREATE INDEX IF NOT EXISTS titles_catalog_title ON titles (available, title, ean13);
CREATE INDEX IF NOT EXISTS titles_catalog_publisher ON titles (available, publisher, ean13);
CREATE INDEX IF NOT EXISTS titles_catalog_expected_asc ON titles (available, ${emptyLast('expected_at').asc}, ean13);
CREATE INDEX IF NOT EXISTS titles_catalog_expected_desc ON titles (available, ${emptyLast('expected_at').desc}, ean13);
CREATE INDEX IF NOT EXISTS titles_catalog_ean ON titles (available, ean13);
-- The catalogue is the distributor's, shared by every account: its index has no blocks. Its scope words are the
-- title's availability and school or general, so that a search of unavailable school titles counts in the index.
CREATE VIRTUAL TABLE IF NOT EXISTS titles_search USING fts5(
  title, author, publisher, ean13, scope, content = 'titles_scoped', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIEW IF NOT EXISTS titles_scoped AS
  SELECT rowid, title, author, publisher, ean13, ${titleScope()} AS scope FROM titles;
CREATE TRIGGER IF NOT EXISTS titles_search_insert AFTER INSERT ON titles BEGIN
  INSERT INTO titles_search (rowid, title, author, publisher, ean13, scope)
  VALUES (new.rowid, new.title, new.author, new.publisher, new.ean13, ${titleScope('new.')});
END;
CREATE TRIGGER IF NOT EXISTS titles_search_update AFTER UPDATE OF title, author, publisher, ean13, available, school ON titles BEGIN
  INSERT INTO titles_search (titles_search, rowid, title, author, publisher, ean13, scope)
  VALUES ('delete', old.rowid, old.title, old.author, old.publisher, old.ean13, ${titleScope('old.')});
  INSERT INTO titles_search (rowid, title, author, publisher, ean13, scope)
  VALUES (new.rowid, new.title, new.author, new.publisher, new.ean13, ${titleScope('new.')});
END;
CREATE TRIGGER IF NOT EXISTS titles_search_delete AFTER DELETE ON titles BEGIN
  INSERT INTO titles_search (titles_search, rowid, title, author, publisher, ean13, scope)
  VALUES ('delete', old.rowid, old.title, old.author, old.publisher, old.ean13, ${titleScope('old.')});
END;

-- A followed title carries the title's fields (copied, kept by the triggers below), so that the list sorts, counts and
-- searches on its own indexes: a million followed titles never join the catalogue to be sorted.
CREATE TABLE IF NOT EXISTS watchlist (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  ean13 TEXT NOT NULL REFERENCES titles(ean13),
  subscribed_at TEXT NOT NULL,
  your_reference TEXT NOT NULL DEFAULT '',
  notified_at TEXT,
  title TEXT,
  author TEXT,
  publisher TEXT,
  price_amount REAL,
  price_currency TEXT,
  available INTEGER,
  available_at TEXT,
  expected_at TEXT,
  status TEXT GENERATED ALWAYS AS (${availability}) VIRTUAL,
  scope TEXT GENERATED ALWAYS AS (${availability}) VIRTUAL,
  UNIQUE (account_id, ean13)
);
CREATE INDEX IF NOT EXISTS watchlist_ean ON watchlist (ean13);
CREATE INDEX IF NOT EXISTS watchlist_subscribed ON watchlist (account_id, subscribed_at, ean13);
CREATE INDEX IF NOT EXISTS watchlist_title ON watchlist (account_id, title, ean13);
CREATE INDEX IF NOT EXISTS watchlist_publisher ON watchlist (account_id, publisher, ean13);
CREATE INDEX IF NOT EXISTS watchlist_price_asc ON watchlist (account_id, ${emptyLast('price_amount', 'number').asc}, ean13);
CREATE INDEX IF NOT EXISTS watchlist_price_desc ON watchlist (account_id, ${emptyLast('price_amount', 'number').desc}, ean13);
CREATE INDEX IF NOT EXISTS watchlist_available ON watchlist (account_id, available, ean13);
CREATE INDEX IF NOT EXISTS watchlist_available_at_asc ON watchlist (account_id, ${emptyLast('coalesce(available_at, expected_at)').asc}, ean13);
CREATE INDEX IF NOT EXISTS watchlist_available_at_desc ON watchlist (account_id, ${emptyLast('coalesce(available_at, expected_at)').desc}, ean13);
-- A row written by another program without the copies gets them; a title's change reaches every row that follows it.
CREATE TRIGGER IF NOT EXISTS watchlist_copy AFTER INSERT ON watchlist WHEN NEW.title IS NULL BEGIN
  UPDATE watchlist SET (${titleCopies.join(', ')}) = (SELECT ${titleCopies.join(', ')} FROM titles WHERE ean13 = NEW.ean13)
  WHERE account_id = NEW.account_id AND ean13 = NEW.ean13;
END;
CREATE TRIGGER IF NOT EXISTS titles_copy AFTER UPDATE OF ${titleCopies.join(', ')} ON titles BEGIN
  UPDATE watchlist SET ${titleCopies.map((column) => `${column} = NEW.${column}`).join(', ')} WHERE ean13 = NEW.ean13;
END;
${searchTable('watchlist', ['title', 'author', 'publisher', 'ean13', 'your_reference'], ['available'])}
-- A title that is no longer available will be announced again when it comes back.
CREATE TRIGGER IF NOT EXISTS titles_unavailable AFTER UPDATE OF available ON titles WHEN NEW.available = 0 AND OLD.available = 1 BEGIN
  UPDATE watchlist SET notified_at = NULL WHERE ean13 = NEW.ean13 AND notified_at IS NOT NULL;
END;
-- The followed titles available and not yet announced: what the alerts job reads.
CREATE INDEX IF NOT EXISTS watchlist_to_announce ON watchlist (account_id, ean13) WHERE available = 1 AND notified_at IS NULL;

-- Mails the server sends (availability alerts), kept: one per event (\`subject_key\`), sent once, retried on failure.
-- "Mail envoyé le" on a followed title is the day its mail left this outbox.
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  recipient TEXT,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  -- A server sending the mail holds it until then (a crash mid-send frees it after a while).
  claimed_until TEXT,
  UNIQUE (account_id, kind, subject_key)
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

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
  -- The address a guest gives, with the dossier's identifier, to open it without the account's sign-in.
  contact_email TEXT,
  PRIMARY KEY (account_id, our_ref)
);
CREATE INDEX IF NOT EXISTS orders_your_ref ON orders (account_id, your_ref);
CREATE INDEX IF NOT EXISTS orders_your_ref_sorted ON orders (account_id, your_ref, our_ref);
CREATE INDEX IF NOT EXISTS orders_created ON orders (account_id, created_at, our_ref);
CREATE INDEX IF NOT EXISTS orders_step_created ON orders (account_id, current_step, created_at, our_ref);
CREATE INDEX IF NOT EXISTS orders_our_ref_upper ON orders (account_id, upper(our_ref));
CREATE INDEX IF NOT EXISTS orders_your_ref_upper ON orders (account_id, upper(your_ref));
-- A guest's look-up knows no account: its identifier is found across them.
CREATE INDEX IF NOT EXISTS orders_any_our_ref ON orders (upper(our_ref));
CREATE INDEX IF NOT EXISTS orders_any_your_ref ON orders (upper(your_ref));
-- Serial numbers of a dossier's instruments, one row each, kept from the dossier by triggers (found in an index, not
-- by reading every dossier).
CREATE TABLE IF NOT EXISTS order_serials (
  account_id TEXT NOT NULL,
  serial TEXT NOT NULL,
  our_ref TEXT NOT NULL,
  PRIMARY KEY (serial, account_id, our_ref)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS orders_serials_insert AFTER INSERT ON orders BEGIN
  INSERT OR IGNORE INTO order_serials (account_id, serial, our_ref)
    SELECT NEW.account_id, upper(value), NEW.our_ref FROM json_each(NEW.dossier, '$.serialNumbers');
END;
CREATE TRIGGER IF NOT EXISTS orders_serials_delete AFTER DELETE ON orders BEGIN
  DELETE FROM order_serials WHERE account_id = OLD.account_id AND our_ref = OLD.our_ref;
END;
CREATE TRIGGER IF NOT EXISTS orders_serials_update AFTER UPDATE OF dossier, our_ref, account_id ON orders BEGIN
  DELETE FROM order_serials WHERE account_id = OLD.account_id AND our_ref = OLD.our_ref;
  INSERT OR IGNORE INTO order_serials (account_id, serial, our_ref)
    SELECT NEW.account_id, upper(value), NEW.our_ref FROM json_each(NEW.dossier, '$.serialNumbers');
END;

-- Attachments' bytes, when they are kept in the database (COMPTOIR_ATTACHMENTS=database), by their stored name.
CREATE TABLE IF NOT EXISTS attachment_blobs (
  name TEXT PRIMARY KEY,
  bytes BLOB NOT NULL
);

-- Rate limits and failed sign-ins, when instances share them (COMPTOIR_SHARED_LIMITS): a token bucket per key.
CREATE TABLE IF NOT EXISTS rate_buckets (
  key TEXT PRIMARY KEY,
  tokens REAL NOT NULL,
  at INTEGER NOT NULL
) WITHOUT ROWID;

-- The supplier's articles (offers and orders name them): today's price, and the stock every account reserves from.
CREATE TABLE IF NOT EXISTS stock (
  sku TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  price_amount REAL NOT NULL,
  price_currency TEXT NOT NULL
) WITHOUT ROWID;
-- Quantities an offer holds on stock until a day; past that day they hold nothing (no job needs to free them).
CREATE TABLE IF NOT EXISTS reservations (
  account_id TEXT NOT NULL REFERENCES accounts(id),
  our_ref TEXT NOT NULL,
  sku TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  until TEXT NOT NULL,
  PRIMARY KEY (account_id, our_ref, sku)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reservations_sku ON reservations (sku, until);

CREATE TABLE IF NOT EXISTS cases (
  rowid INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  primary_email TEXT NOT NULL,
  short_description TEXT NOT NULL,
  cc TEXT NOT NULL,
  scope TEXT GENERATED ALWAYS AS (${statusScope}) VIRTUAL,
  -- What the case is about: its kind, an order (a dossier's reference or a shipment's order number), an instrument.
  category TEXT NOT NULL DEFAULT 'other',
  order_ref TEXT,
  serial_number TEXT,
  UNIQUE (account_id, id)
);
CREATE INDEX IF NOT EXISTS cases_created ON cases (account_id, created_at, rowid);
CREATE INDEX IF NOT EXISTS cases_status_rank ON cases (account_id, ${rank('status', caseStatuses)}, rowid);
CREATE INDEX IF NOT EXISTS cases_email ON cases (account_id, primary_email, rowid);
-- A guest's look-up by a service case's number finds the case's dossier.
CREATE INDEX IF NOT EXISTS cases_any_id ON cases (upper(id));
CREATE INDEX IF NOT EXISTS cases_description ON cases (account_id, short_description, rowid);
${searchTable('cases', ['id', 'primary_email', 'short_description'])}

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
