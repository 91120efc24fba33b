// The schema on PostgreSQL: the same tables and columns as SQLite's (schema.sql.ts), so that the server's queries run on
// both, with PostgreSQL's own means where SQLite's differ: a `search` vector per searched table (a generated column,
// accent- and case-insensitive through `unaccent`, in a GIN index), PL/pgSQL triggers for the kept counts, copies and
// data versions, sequences for row numbers. Migrations are numbered and run once each (postgres.ts).
//
// The GIN indexes hold the words alone: with the account as a first column (btree_gin), every search also intersected
// the account's million entries, which cost a 1M-line search 30 ms more than the words' own entries (7 ms); the
// account is checked on the matched rows, which a page reads anyway. Totals are counted elsewhere (migration 2).
import { backorderStatuses, caseStatuses, shipmentNatures, shipmentStatuses } from '@comptoir/contract';
import { emptyLast, rank, termsSorted, termsStatuses, termsTables } from './list.js';
import { countedStatus, statusCountTables, titleCopies } from './schema.sql.js';

/** The tables whose statements raise their version in `data_versions` (the lists' tables, and what their searches read). */
export const versionedTables = ['backorders', 'shipments', 'shipment_lines', 'titles', 'watchlist', 'orders', 'order_serials', 'cases'];

/** The words of a row's searched columns, as one vector (the columns may be empty). */
const vector = (columns: string[]) => `comptoir_vector(${columns.map((column) => `coalesce(${column}, '')`).join(` || ' ' || `)})`;

const countTrigger = (table: (typeof statusCountTables)[number]) => {
  const { column, changedBy } = countedStatus[table];
  return /* sql */ `
CREATE TRIGGER ${table}_count AFTER INSERT OR DELETE OR UPDATE OF ${changedBy}, account_id ON ${table}
  FOR EACH ROW EXECUTE FUNCTION comptoir_count('${column}');`;
};

const first = /* sql */ `
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Words as the SQLite index sees them: punctuation separates, accents and case do not count ("ete" finds "Été", composed
-- or not). unaccent also spells out ligatures and special letters (œ, æ, ß, ø), so "coeur" finds "cœur" here, where
-- SQLite's tokenizer does not (search.test.ts lists each difference).
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'comptoir') THEN
    CREATE TEXT SEARCH CONFIGURATION comptoir (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION comptoir ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
CREATE OR REPLACE FUNCTION comptoir_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('comptoir'::regconfig, regexp_replace(normalize($1, NFC), '[[:punct:]’‘«»“”–—…·]+', ' ', 'g'))
$$;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  email_domain TEXT NOT NULL,
  block BIGINT UNIQUE,
  alert_email TEXT
);
CREATE FUNCTION accounts_block() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW.block IS NULL THEN NEW.block := (SELECT coalesce(max(block), 0) + 1 FROM accounts); END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accounts_block BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_block();

-- Rows per account and status, kept by the triggers below: an unfiltered or status-filtered list reads its total here.
CREATE TABLE status_counts (
  tbl TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (tbl, account_id, status)
);
CREATE FUNCTION comptoir_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE counted text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE status_counts SET n = n - 1
    WHERE tbl = TG_TABLE_NAME AND account_id = OLD.account_id AND status = to_jsonb(OLD) ->> counted;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO status_counts (tbl, account_id, status, n) VALUES (TG_TABLE_NAME, NEW.account_id, to_jsonb(NEW) ->> counted, 1)
    ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = status_counts.n + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TABLE backorders (
  rowid BIGSERIAL PRIMARY KEY,
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
  price_amount DOUBLE PRECISION,
  price_currency TEXT,
  purge_at TEXT NOT NULL,
  cancellable INTEGER NOT NULL,
  search tsvector GENERATED ALWAYS AS (${vector(['title', 'publisher', 'your_reference', 'distributor_number', 'ean13'])}) STORED,
  UNIQUE (account_id, id)
);
CREATE INDEX backorders_noted ON backorders (account_id, noted_at, rowid);
CREATE INDEX backorders_status_noted ON backorders (account_id, status, noted_at, rowid);
CREATE INDEX backorders_expected_asc ON backorders (account_id, (${emptyLast('expected_at').asc}), rowid);
CREATE INDEX backorders_expected_desc ON backorders (account_id, (${emptyLast('expected_at').desc}), rowid);
CREATE INDEX backorders_status_rank ON backorders (account_id, (${rank('status', backorderStatuses)}), rowid);
CREATE INDEX backorders_title ON backorders (account_id, title, rowid);
CREATE INDEX backorders_publisher ON backorders (account_id, publisher, rowid);
CREATE INDEX backorders_purge ON backorders (account_id, purge_at, rowid);
CREATE INDEX backorders_ean ON backorders (account_id, ean13);
CREATE INDEX backorders_reference ON backorders (account_id, your_reference, rowid);
CREATE INDEX backorders_number ON backorders (account_id, distributor_number, rowid);
CREATE INDEX backorders_quantity ON backorders (account_id, quantity, rowid);
CREATE INDEX backorders_search ON backorders USING gin (search);

CREATE TABLE shipments (
  rowid BIGSERIAL PRIMARY KEY,
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
CREATE INDEX shipments_ordered ON shipments (account_id, ordered_at, rowid);
CREATE INDEX shipments_status ON shipments (account_id, status, ordered_at, rowid);
CREATE INDEX shipments_status_rank ON shipments (account_id, (${rank('status', shipmentStatuses)}), rowid);
CREATE INDEX shipments_nature_rank ON shipments (account_id, (${rank('nature', shipmentNatures)}), rowid);
CREATE INDEX shipments_parcels_asc ON shipments (account_id, (${emptyLast('parcel_count', 'number').asc}), rowid);
CREATE INDEX shipments_parcels_desc ON shipments (account_id, (${emptyLast('parcel_count', 'number').desc}), rowid);
CREATE INDEX shipments_nature ON shipments (account_id, nature, ordered_at, rowid);
CREATE INDEX shipments_status_nature ON shipments (account_id, status, nature);
CREATE INDEX shipments_order_number ON shipments (account_id, order_number);
CREATE INDEX shipments_reference ON shipments (account_id, your_reference, rowid);
CREATE INDEX shipments_number ON shipments (account_id, shipment_number);

CREATE TABLE shipment_lines (
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
CREATE INDEX shipment_lines_ean ON shipment_lines (account_id, ean13);

CREATE TABLE titles (
  ean13 TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT NOT NULL,
  price_amount DOUBLE PRECISION,
  price_currency TEXT,
  school INTEGER NOT NULL,
  available INTEGER NOT NULL,
  available_at TEXT,
  expected_at TEXT,
  search tsvector GENERATED ALWAYS AS (${vector(['title', 'author', 'publisher', 'ean13'])}) STORED
);
CREATE INDEX titles_catalog_title ON titles (available, title, ean13);
CREATE INDEX titles_catalog_publisher ON titles (available, publisher, ean13);
CREATE INDEX titles_catalog_expected_asc ON titles (available, (${emptyLast('expected_at').asc}), ean13);
CREATE INDEX titles_catalog_expected_desc ON titles (available, (${emptyLast('expected_at').desc}), ean13);
CREATE INDEX titles_catalog_ean ON titles (available, ean13);
CREATE INDEX titles_search ON titles USING gin (search);

CREATE TABLE watchlist (
  rowid BIGSERIAL PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  ean13 TEXT NOT NULL REFERENCES titles(ean13),
  subscribed_at TEXT NOT NULL,
  your_reference TEXT NOT NULL DEFAULT '',
  notified_at TEXT,
  title TEXT,
  author TEXT,
  publisher TEXT,
  price_amount DOUBLE PRECISION,
  price_currency TEXT,
  available INTEGER,
  available_at TEXT,
  expected_at TEXT,
  status TEXT GENERATED ALWAYS AS (CASE available WHEN 1 THEN 'available' ELSE 'unavailable' END) STORED,
  search tsvector GENERATED ALWAYS AS (${vector(['title', 'author', 'publisher', 'ean13', 'your_reference'])}) STORED,
  UNIQUE (account_id, ean13)
);
CREATE INDEX watchlist_ean ON watchlist (ean13);
CREATE INDEX watchlist_subscribed ON watchlist (account_id, subscribed_at, ean13);
CREATE INDEX watchlist_title ON watchlist (account_id, title, ean13);
CREATE INDEX watchlist_publisher ON watchlist (account_id, publisher, ean13);
CREATE INDEX watchlist_price_asc ON watchlist (account_id, (${emptyLast('price_amount', 'number').asc}), ean13);
CREATE INDEX watchlist_price_desc ON watchlist (account_id, (${emptyLast('price_amount', 'number').desc}), ean13);
CREATE INDEX watchlist_available ON watchlist (account_id, available, ean13);
CREATE INDEX watchlist_status ON watchlist (account_id, status, subscribed_at, ean13);
CREATE INDEX watchlist_available_at_asc ON watchlist (account_id, (${emptyLast('coalesce(available_at, expected_at)').asc}), ean13);
CREATE INDEX watchlist_available_at_desc ON watchlist (account_id, (${emptyLast('coalesce(available_at, expected_at)').desc}), ean13);
CREATE INDEX watchlist_to_announce ON watchlist (account_id, ean13) WHERE available = 1 AND notified_at IS NULL;
CREATE INDEX watchlist_search ON watchlist USING gin (search);
-- A row written by another program without the copies gets them; a title's change reaches every row that follows it;
-- a title that is no longer available will be announced again when it comes back.
CREATE FUNCTION watchlist_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  SELECT ${titleCopies.map((column) => `t.${column}`).join(', ')} INTO ${titleCopies.map((column) => `NEW.${column}`).join(', ')}
  FROM titles t WHERE t.ean13 = NEW.ean13;
  RETURN NEW;
END $$;
CREATE TRIGGER watchlist_copy BEFORE INSERT ON watchlist FOR EACH ROW WHEN (NEW.title IS NULL) EXECUTE FUNCTION watchlist_copy();
CREATE FUNCTION titles_copy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE watchlist SET ${titleCopies.map((column) => `${column} = NEW.${column}`).join(', ')},
    notified_at = CASE WHEN NEW.available = 0 AND OLD.available = 1 THEN NULL ELSE notified_at END
  WHERE ean13 = NEW.ean13;
  RETURN NULL;
END $$;
CREATE TRIGGER titles_copy AFTER UPDATE OF ${titleCopies.join(', ')} ON titles FOR EACH ROW EXECUTE FUNCTION titles_copy();

CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
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
  claimed_until TEXT,
  UNIQUE (account_id, kind, subject_key)
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE orders (
  account_id TEXT NOT NULL REFERENCES accounts(id),
  our_ref TEXT NOT NULL,
  your_ref TEXT NOT NULL,
  customer TEXT NOT NULL,
  created_at TEXT NOT NULL,
  current_step TEXT NOT NULL,
  expected_delivery_at TEXT,
  serial_numbers TEXT NOT NULL,
  dossier TEXT NOT NULL,
  contact_email TEXT,
  PRIMARY KEY (account_id, our_ref)
);
CREATE INDEX orders_your_ref_sorted ON orders (account_id, your_ref, our_ref);
CREATE INDEX orders_created ON orders (account_id, created_at, our_ref);
CREATE INDEX orders_step_created ON orders (account_id, current_step, created_at, our_ref);
CREATE INDEX orders_our_ref_upper ON orders (account_id, upper(our_ref));
CREATE INDEX orders_your_ref_upper ON orders (account_id, upper(your_ref));
CREATE INDEX orders_any_our_ref ON orders (upper(our_ref));
CREATE INDEX orders_any_your_ref ON orders (upper(your_ref));
CREATE TABLE order_serials (
  account_id TEXT NOT NULL,
  serial TEXT NOT NULL,
  our_ref TEXT NOT NULL,
  PRIMARY KEY (serial, account_id, our_ref)
);
CREATE FUNCTION orders_serials() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM order_serials WHERE account_id = OLD.account_id AND our_ref = OLD.our_ref;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO order_serials (account_id, serial, our_ref)
      SELECT NEW.account_id, upper(value), NEW.our_ref FROM jsonb_array_elements_text(NEW.dossier::jsonb -> 'serialNumbers')
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER orders_serials AFTER INSERT OR DELETE OR UPDATE OF dossier, our_ref, account_id ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_serials();

CREATE TABLE attachment_blobs (name TEXT PRIMARY KEY, bytes BYTEA NOT NULL);
CREATE TABLE rate_buckets (key TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, at BIGINT NOT NULL);

CREATE TABLE stock (
  sku TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  price_amount DOUBLE PRECISION NOT NULL,
  price_currency TEXT NOT NULL
);
CREATE TABLE reservations (
  account_id TEXT NOT NULL REFERENCES accounts(id),
  our_ref TEXT NOT NULL,
  sku TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  until TEXT NOT NULL,
  PRIMARY KEY (account_id, our_ref, sku)
);
CREATE INDEX reservations_sku ON reservations (sku, until);

CREATE TABLE cases (
  rowid BIGSERIAL PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  primary_email TEXT NOT NULL,
  short_description TEXT NOT NULL,
  cc TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT 'other',
  order_ref TEXT,
  serial_number TEXT,
  search tsvector GENERATED ALWAYS AS (${vector(['id', 'primary_email', 'short_description'])}) STORED,
  UNIQUE (account_id, id)
);
CREATE INDEX cases_created ON cases (account_id, created_at, rowid);
CREATE INDEX cases_status_rank ON cases (account_id, (${rank('status', caseStatuses)}), rowid);
CREATE INDEX cases_email ON cases (account_id, primary_email, rowid);
CREATE INDEX cases_any_id ON cases (upper(id));
CREATE INDEX cases_description ON cases (account_id, short_description, rowid);
CREATE INDEX cases_search ON cases USING gin (search);

CREATE TABLE case_messages (
  rowid BIGSERIAL PRIMARY KEY,
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
CREATE INDEX case_messages_case ON case_messages (account_id, case_id, at);

CREATE TABLE attachments (
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
CREATE INDEX attachments_message ON attachments (account_id, message_id);

${statusCountTables.map(countTrigger).join('\n')}

-- A version per table, raised by every statement that writes to it (in the writer's transaction): the server keys its
-- cached totals by the versions of the tables a list reads, so that a write by any instance or program is seen at once.
CREATE TABLE data_versions (tbl TEXT PRIMARY KEY, n BIGINT NOT NULL);
CREATE FUNCTION comptoir_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO data_versions (tbl, n) VALUES (TG_TABLE_NAME, 1) ON CONFLICT (tbl) DO UPDATE SET n = data_versions.n + 1;
  RETURN NULL;
END $$;
${versionedTables.map((table) => `CREATE TRIGGER ${table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION comptoir_version();`).join('\n')}
`;

/** A status as its position in the list's codes (0 for a code the contract does not know), as `<table>_terms` keeps it. */
const statusPosition = (table: (typeof termsTables)[number], column: string) =>
  `coalesce(array_position(ARRAY[${termsStatuses[table].map((code) => `'${code}'`).join(', ')}]::text[], ${column}), 0)`;

/**
 * The statement that fills `<table>_terms` for rows already there, as of a migration (`sorted`: from migration 3, with
 * the column its words are kept in order of, `termsSorted`); `fillTerms` is the present one (the bulk import's).
 */
const termsFill = (table: (typeof termsTables)[number], sorted: boolean) => {
  const column = sorted ? (termsSorted as Partial<Record<string, string>>)[table] : undefined;
  return `INSERT INTO ${table}_terms (block, rowid, status, term${column ? `, ${column}` : ''})
   SELECT a.block, x.rowid, ${statusPosition(table, 'x.status')}, unnest(tsvector_to_array(x.search))${column ? `, x.${column}` : ''}
   FROM ${table} x JOIN accounts a ON a.id = x.account_id`;
};
export const fillTerms = (table: (typeof termsTables)[number]) => termsFill(table, true);

// Per entry: the account's number (accounts.block, 8 bytes, not its name), the row, the status's position, the word.
const termsOf = (table: (typeof termsTables)[number]) => /* sql */ `
CREATE TABLE ${table}_terms (block BIGINT NOT NULL, rowid BIGINT NOT NULL, status SMALLINT NOT NULL, term TEXT COLLATE "C" NOT NULL);
${termsFill(table, false)};
CREATE INDEX ${table}_terms_words ON ${table}_terms (block, term, rowid) INCLUDE (status);
CREATE FUNCTION ${table}_terms() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM ${table}_terms WHERE block = (SELECT block FROM accounts WHERE id = OLD.account_id)
      AND term = ANY(tsvector_to_array(OLD.search)) AND rowid = OLD.rowid;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO ${table}_terms (block, rowid, status, term)
    SELECT (SELECT block FROM accounts WHERE id = NEW.account_id), NEW.rowid, ${statusPosition(table, 'NEW.status')},
      unnest(tsvector_to_array(NEW.search));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER ${table}_terms AFTER INSERT OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_terms();
CREATE TRIGGER ${table}_terms_changed AFTER UPDATE ON ${table} FOR EACH ROW
  WHEN (OLD.search IS DISTINCT FROM NEW.search OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.rowid IS DISTINCT FROM NEW.rowid)
  EXECUTE FUNCTION ${table}_terms();`;

const terms = `${termsTables.map(termsOf).join('\n')}`;

/**
 * Migration 3: a word's rows in the order of a column (the backorders' title), so that a search sorted by it reads
 * its page as a range of the words' btree, in order ("secret" by title: 1 ms, where walking the title index to the
 * first match, "LE SECRET DE …" after 562,000 lines, or sorting 62,000 matches, took 150-950 ms at a million lines).
 * The column is copied with the words, in the column's own collation (the database's, as the list's); the entries are
 * filled again, the index rebuilt with the column after the word, and the triggers also follow the column's changes
 * (a title changed in case or accents keeps its words, not its place).
 */
const sortedTermsOf = (table: keyof typeof termsSorted) => {
  const column = termsSorted[table];
  return /* sql */ `
DROP INDEX ${table}_terms_words;
TRUNCATE ${table}_terms;
ALTER TABLE ${table}_terms ADD COLUMN ${column} TEXT;
${termsFill(table, true)};
CREATE INDEX ${table}_terms_words ON ${table}_terms (block, term, ${column}, rowid) INCLUDE (status);
CREATE OR REPLACE FUNCTION ${table}_terms() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  -- The old entries by their whole key (the column is in it before the row: without it, each word's every entry would
  -- be read, 58 ms a deleted line at a million).
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM ${table}_terms WHERE block = (SELECT block FROM accounts WHERE id = OLD.account_id)
      AND term = ANY(tsvector_to_array(OLD.search)) AND ${column} = OLD.${column} AND rowid = OLD.rowid;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO ${table}_terms (block, rowid, status, term, ${column})
    SELECT (SELECT block FROM accounts WHERE id = NEW.account_id), NEW.rowid, ${statusPosition(table, 'NEW.status')},
      unnest(tsvector_to_array(NEW.search)), NEW.${column};
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER ${table}_terms_changed ON ${table};
CREATE TRIGGER ${table}_terms_changed AFTER UPDATE ON ${table} FOR EACH ROW
  WHEN (OLD.search IS DISTINCT FROM NEW.search OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.rowid IS DISTINCT FROM NEW.rowid
    OR OLD.${column} IS DISTINCT FROM NEW.${column})
  EXECUTE FUNCTION ${table}_terms();`;
};
const sortedTerms = (Object.keys(termsSorted) as (keyof typeof termsSorted)[]).map(sortedTermsOf).join('\n');

/** The migrations, in order; the database keeps how many have run (`comptoir_migrations`). Never edit one that shipped. */
export const postgresMigrations: readonly string[] = [first, terms, sortedTerms];

/** The tables the server owns, for `--reset` (children first). */
export const postgresTables = [
  ...termsTables.map((table) => `${table}_terms`),
  'attachments',
  'case_messages',
  'cases',
  'reservations',
  'stock',
  'rate_buckets',
  'attachment_blobs',
  'order_serials',
  'orders',
  'outbox',
  'watchlist',
  'titles',
  'shipment_lines',
  'shipments',
  'backorders',
  'status_counts',
  'data_versions',
  'accounts',
  'meta',
  'comptoir_migrations',
];
