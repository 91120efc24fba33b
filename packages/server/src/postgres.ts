// The PostgreSQL engine: a pool of connections (pg), the schema's migrations run once whatever the number of instances
// starting at once, and the import of a SQLite file's rows (how an empty database gets the demo data, and how a
// deployment moves from the embedded file to PostgreSQL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db } from './db.js';
import { seedDatabase, type SeedSizes } from './seed.js';
import { postgresSql, type PostgresSql } from './sql.js';
import { termsTables } from './list.js';
import { fillTerms, postgresMigrations, postgresTables } from './schema.pg.js';
import { countedStatus, statusCountTables } from './schema.sql.js';

/** Any number: the key of the advisory lock that instances take to migrate or seed one at a time. */
const LOCK = 7_326_141;

/** Numbers as numbers: counts (bigint) and rounded sums (numeric) are far below 2^53 here. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections per instance (default 10): instances × pool size must stay under the server's `max_connections`. */
  poolSize?: number;
  /** Drops the server's tables first (a fresh start, as `--reset` does for the SQLite file). */
  reset?: boolean;
}

/** Opens a pool on `url` (`postgres://user:password@host:port/database`) and brings the schema up to date. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresSql> {
  // Idle connections stay open (pg closes them after 10 s by default): a new connection is a new PostgreSQL backend,
  // whose catalogue caches start empty, and a search then pays for them on top of its own work.
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, idleTimeoutMillis: 0, types });
  // An idle connection that the server closes (a restart, a failover) is an error event of the pool, not a crash.
  pool.on('error', (error) => console.error('postgres pool:', error.message));
  await withLock(pool, async (client) => {
    if (options.reset) {
      await client.query(`DROP TABLE IF EXISTS ${postgresTables.join(', ')} CASCADE`);
      await client.query(
        `DROP FUNCTION IF EXISTS comptoir_vector, accounts_block, comptoir_count, watchlist_copy, titles_copy, orders_serials, comptoir_version, ${termsTables.map((table) => `${table}_terms`).join(', ')} CASCADE`,
      );
    }
    await client.query('CREATE TABLE IF NOT EXISTS comptoir_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
    const done = Number((await client.query('SELECT coalesce(max(version), 0) AS n FROM comptoir_migrations')).rows[0].n);
    for (const [index, migration] of postgresMigrations.entries()) {
      if (index + 1 <= done) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration);
        await client.query('INSERT INTO comptoir_migrations (version, applied_at) VALUES ($1, now())', [index + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`PostgreSQL migration ${index + 1} failed: ${(error as Error).message}`, { cause: error });
      }
    }
  });
  return postgresSql(pool);
}

async function withLock<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Tables copied by `importSqlite`, parents first; the kept counts and serial numbers are rebuilt by the triggers. */
const copied = [
  'meta',
  'accounts',
  'titles',
  'backorders',
  'shipments',
  'shipment_lines',
  'watchlist',
  'outbox',
  'orders',
  'stock',
  'reservations',
  'cases',
  'case_messages',
  'attachments',
  'attachment_blobs',
  'rate_buckets',
];
/** Tables whose row numbers come from a sequence, set past the rows copied. */
const sequences: Record<string, string> = {
  backorders: 'rowid',
  shipments: 'rowid',
  watchlist: 'rowid',
  outbox: 'id',
  cases: 'rowid',
  case_messages: 'rowid',
};

/** Above this many rows, a table is imported without its indexes and triggers (rebuilt after). */
const BULK_ROWS = 20_000;

/** Drops a table's indexes (those that back no constraint) and turns its triggers off; answers how to build them again. */
async function bareTable(client: pg.PoolClient, table: string): Promise<string[]> {
  const indexes = (
    await client.query<{ name: string; definition: string }>(
      `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = $1
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
      [table],
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  return indexes.map((index) => index.definition);
}

/** The indexes built again, the triggers back on, and what they would have kept computed for the rows loaded. */
async function dressTable(client: pg.PoolClient, table: string, indexes: string[]): Promise<void> {
  for (const definition of indexes) await client.query(definition);
  await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  const counted = (statusCountTables as readonly string[]).includes(table)
    ? countedStatus[table as (typeof statusCountTables)[number]].column
    : null;
  if (counted)
    await client.query(
      `INSERT INTO status_counts (tbl, account_id, status, n) SELECT $1, account_id, ${counted}, count(*) FROM ${table} GROUP BY account_id, ${counted}
       ON CONFLICT (tbl, account_id, status) DO UPDATE SET n = status_counts.n + excluded.n`,
      [table],
    );
  if ((termsTables as readonly string[]).includes(table)) {
    // The words' btree is built once too, after its rows.
    const termsIndexes = await bareTable(client, `${table}_terms`);
    await client.query(fillTerms(table as (typeof termsTables)[number]));
    for (const definition of termsIndexes) await client.query(definition);
  }
  if (table === 'orders')
    await client.query(`INSERT INTO order_serials (account_id, serial, our_ref)
      SELECT o.account_id, upper(j.value), o.our_ref FROM orders o, jsonb_array_elements_text(o.dossier::jsonb -> 'serialNumbers') j
      ON CONFLICT DO NOTHING`);
}

/**
 * Copies every row of a SQLite database (db.ts) into an empty PostgreSQL one, in one transaction: the same columns
 * (those PostgreSQL does not generate), by batches. Answers the rows copied per table.
 */
export async function importSqlite(
  source: Db,
  target: PostgresSql,
  options: { /** Tables with more rows are loaded bare (default 20,000). */ bulkRows?: number } = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const loaded: string[] = [];
  const client = await target.pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of copied) {
      const columns = (
        await client.query<{ column_name: string }>(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
          [table],
        )
      ).rows.map((row) => row.column_name);
      // A large table is loaded bare: its indexes are dropped and its triggers off while its rows come, then the
      // indexes are built once and what the triggers keep (counts, serial numbers) is computed in one pass each.
      const bulk = (source.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) > (options.bulkRows ?? BULK_ROWS);
      const indexes = bulk ? await bareTable(client, table) : [];
      if (bulk) loaded.push(table, ...((termsTables as readonly string[]).includes(table) ? [`${table}_terms`] : []));
      const rows = source
        .prepare(`SELECT ${columns.join(', ')} FROM ${table}`)
        .raw()
        .iterate() as IterableIterator<unknown[]>;
      const batchRows = Math.max(1, Math.floor(20_000 / columns.length));
      let batch: unknown[][] = [];
      counts[table] = 0;
      const flush = async () => {
        if (!batch.length) return;
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
        await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, batch.flat());
        counts[table]! += batch.length;
        batch = [];
      };
      for (const row of rows) {
        batch.push(row);
        if (batch.length >= batchRows) await flush();
      }
      await flush();
      if (bulk) await dressTable(client, table, indexes);
      const column = sequences[table];
      if (column)
        await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max(${column}), 0) + 1 FROM ${table}), false)`, [
          table,
          column,
        ]);
    }
    await client.query('COMMIT');
    // A loaded table's pages are marked all-visible and its statistics taken: the planner's estimates, and the
    // index-only scans that count a search (schema.pg.ts, `<table>_terms`), need both.
    for (const table of loaded) await client.query(`VACUUM (ANALYZE) ${table}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return counts;
}

/**
 * Gives an empty database the demo data (seeded in a temporary SQLite file, then imported); nothing when it has
 * data. Instances starting at once seed it once. Answers whether it seeded.
 */
export async function seedPostgres(target: PostgresSql, options: { today: string; sizes?: SeedSizes }): Promise<boolean> {
  return withLock(target.pool, async (client) => {
    if ((await client.query('SELECT 1 FROM accounts LIMIT 1')).rowCount) return false;
    const dir = mkdtempSync(join(tmpdir(), 'comptoir-seed-'));
    const db = openDatabase(dir);
    try {
      seedDatabase(db, options);
      await importSqlite(db, target);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return true;
  });
}
