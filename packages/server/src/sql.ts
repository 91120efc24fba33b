// The storage interface: SQL statements, run on one of two engines. The server's queries are written once, with `?`
// placeholders, in the SQL both engines speak; where they differ (full-text search, a row's number in its account's
// block), `engine` says which fragment to write. SQLite (better-sqlite3, embedded) is the default; PostgreSQL (pg) is
// opened with `DATABASE_URL=postgres://…` (postgres.ts).
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type pg from 'pg';

export type Engine = 'sqlite' | 'postgres';
export type Params = readonly unknown[];

export interface Sql {
  readonly engine: Engine;
  all<T = Record<string, unknown>>(text: string, params?: Params): Promise<T[]>;
  get<T = Record<string, unknown>>(text: string, params?: Params): Promise<T | undefined>;
  /** The first column of the first row (undefined when there is no row). */
  value<T = unknown>(text: string, params?: Params): Promise<T | undefined>;
  /** The first column of every row. */
  column<T = unknown>(text: string, params?: Params): Promise<T[]>;
  /** Runs a write; answers how many rows it changed. */
  run(text: string, params?: Params): Promise<number>;
  /**
   * Runs `work` in one transaction, committed when it returns, rolled back when it throws. On SQLite the transaction
   * is immediate (it holds the database's one write lock from its start) and other calls wait for it. On PostgreSQL it
   * reads committed data statement by statement; what must not interleave with a concurrent transaction takes `lock`
   * first. It is run again (up to five times) when the database reports a deadlock, a serialization failure or a
   * duplicate key (two transactions drew the same free number), so `work` must have no effect outside the database.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: waits for, then holds until the transaction ends, the lock of that name (an advisory lock on
   * PostgreSQL, so that two instances checking then writing the same thing take turns; nothing to do on SQLite, whose
   * transaction already excludes every other writer).
   */
  lock(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface SqliteSql extends Sql {
  readonly engine: 'sqlite';
  readonly db: Database.Database;
  /** Runs synchronous code on the database itself (SQLite's own list engine), after any transaction in progress. */
  withDb<T>(work: (db: Database.Database) => T): Promise<T>;
}

export interface PostgresSql extends Sql {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
}

export const isSqlite = (sql: Sql): sql is SqliteSql => sql.engine === 'sqlite';

const statements = new WeakMap<Database.Database, Map<string, Statement<unknown[]>>>();
/** Prepared statements are reused: the server's SQL varies only with the filters in use. */
export function prepared(db: Database.Database, text: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare<unknown[]>(text)));
  return statement;
}

/** The SQLite engine over an open better-sqlite3 database (db.ts opens it and brings its schema up to date). */
export function sqliteSql(db: Database.Database): SqliteSql {
  // A transaction awaits its work; calls from outside it wait until it ends, so that they neither join it nor see it.
  let busy: Promise<void> | null = null;
  const idle = async () => {
    while (busy) await busy;
  };
  const direct = {
    all: <T>(text: string, params: Params = []) =>
      prepared(db, text)
        .pluck(false)
        .all(...params) as T[],
    get: <T>(text: string, params: Params = []) =>
      prepared(db, text)
        .pluck(false)
        .get(...params) as T | undefined,
    value: <T>(text: string, params: Params = []) =>
      prepared(db, text)
        .pluck(true)
        .get(...params) as T | undefined,
    column: <T>(text: string, params: Params = []) =>
      prepared(db, text)
        .pluck(true)
        .all(...params) as T[],
    run: (text: string, params: Params = []) => prepared(db, text).run(...params).changes,
  };
  const inside: SqliteSql = {
    engine: 'sqlite',
    db,
    all: async (text, params) => direct.all(text, params),
    get: async (text, params) => direct.get(text, params),
    value: async (text, params) => direct.value(text, params),
    column: async (text, params) => direct.column(text, params),
    run: async (text, params) => direct.run(text, params),
    withDb: async (work) => work(db),
    transaction: (work) => work(inside),
    lock: async () => {},
    close: async () => {},
  };
  const outside: SqliteSql = {
    engine: 'sqlite',
    db,
    all: async (text, params) => (busy && (await idle()), direct.all(text, params)),
    get: async (text, params) => (busy && (await idle()), direct.get(text, params)),
    value: async (text, params) => (busy && (await idle()), direct.value(text, params)),
    column: async (text, params) => (busy && (await idle()), direct.column(text, params)),
    run: async (text, params) => (busy && (await idle()), direct.run(text, params)),
    withDb: async (work) => (busy && (await idle()), work(db)),
    lock: async () => {},
    async transaction(work) {
      await idle();
      let release!: () => void;
      busy = new Promise((resolve) => (release = resolve));
      try {
        db.exec('BEGIN IMMEDIATE');
        const result = await work(inside);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        busy = null;
        release();
      }
    },
    close: async () => {
      await idle();
      db.close();
    },
  };
  return outside;
}

const converted = new Map<string, string>();
/** `?` placeholders as PostgreSQL's `$1, $2…` (a `?` inside a quoted string or identifier stays). */
export function numbered(text: string): string {
  let result = converted.get(text);
  if (result !== undefined) return result;
  let n = 0;
  let quote: string | null = null;
  result = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      result += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      result += char;
    } else result += char === '?' ? `$${++n}` : char;
  }
  if (converted.size > 2000) converted.clear();
  converted.set(text, result);
  return result;
}

/** Serialization failures, deadlocks and duplicate keys: the transaction is run again. */
const retried = new Set(['40001', '40P01', '23505']);

/** The PostgreSQL engine over a pool (postgres.ts creates it, with the type parsers that make numbers numbers). */
export function postgresSql(pool: pg.Pool): PostgresSql {
  const over = (client: pg.Pool | pg.PoolClient) => ({
    all: async <T>(text: string, params: Params = []) => (await client.query(numbered(text), params as unknown[])).rows as T[],
    rows: async (text: string, params: Params = []) =>
      (await client.query({ text: numbered(text), values: params as unknown[], rowMode: 'array' })).rows as unknown[][],
    run: async (text: string, params: Params = []) => (await client.query(numbered(text), params as unknown[])).rowCount ?? 0,
  });
  const make = (client: pg.Pool | pg.PoolClient, transaction: PostgresSql['transaction']): PostgresSql => {
    const q = over(client);
    return {
      engine: 'postgres',
      pool,
      all: (text, params) => q.all(text, params),
      get: async (text, params) => (await q.all(text, params))[0] as never,
      value: async (text, params) => (await q.rows(text, params))[0]?.[0] as never,
      column: async (text, params) => (await q.rows(text, params)).map((row) => row[0]) as never,
      run: (text, params) => q.run(text, params),
      lock: async (name) => void (await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name])),
      transaction,
      close: () => pool.end(),
    };
  };
  const transaction: PostgresSql['transaction'] = async (work) => {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      let inner: PostgresSql | undefined;
      try {
        await client.query('BEGIN');
        inner = make(client, (nested) => nested(inner!));
        const result = await work(inner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (attempt < 5 && retried.has((error as { code?: string }).code ?? '')) {
          // A moment, different for each, so that the transactions that collided do not collide again.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
          continue;
        }
        throw error;
      } finally {
        client.release();
      }
    }
  };
  return make(pool, transaction);
}
