import { serve, type ServerType } from '@hono/node-server';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db.js';
import { seedDatabase, testSizes } from '../src/seed.js';
import { importSqlite, openPostgres } from '../src/postgres.js';
import { sqliteSql, type Engine, type Sql } from '../src/sql.js';

export const TODAY = '2026-11-22';
export const CENTRE = 'demo-token-centre';
export const QUAIS = 'demo-token-quais';

/**
 * The engine the suite runs on: SQLite (a file in a temporary folder), or PostgreSQL when `COMPTOIR_TEST_POSTGRES_URL`
 * names a server where it may create databases (`npm run test:postgres` starts a throwaway one): each test server
 * then gets a database of its own, with the same seed.
 */
export const testPostgresUrl = process.env.COMPTOIR_TEST_POSTGRES_URL;
export const testEngine: Engine = testPostgresUrl ? 'postgres' : 'sqlite';
let databasesMade = 0;

/** A new, empty database on the test PostgreSQL server: its URL, and how to drop it. */
export async function makePostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `comptoir_test_${process.pid}_${++databasesMade}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: testPostgresUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

export interface TestServer {
  url: string;
  engine: Engine;
  /** The server's own database connection. */
  sql: Sql;
  /** Another connection to the same database, as another program (an ERP sync, a second instance) would hold. */
  outside: () => Promise<Sql>;
  dataDir: string;
  /** fetch against the server with a bearer token. */
  api: (path: string, init?: RequestInit & { token?: string | null }) => Promise<Response>;
  storedFiles: () => string[];
  close: () => Promise<void>;
}

/** A real server on a free loopback port, over a real SQLite file in a fresh temporary folder. */
export async function startServer(
  options: {
    rateLimit?: number;
    corsOrigins?: string[];
    authFailuresPerMinute?: number;
    /** A database file to start from, instead of the seed. */ file?: string;
    /** The server's clock (default: TODAY at 10:00 UTC). */
    now?: () => Date;
    trustProxy?: boolean;
    guestLookupFailuresPerMinute?: number;
    log?: boolean;
    /** On PostgreSQL: import the seed as a large file is imported (indexes and triggers off, rebuilt after). */
    bulkImport?: boolean;
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-test-'));
  if (options.file) copyFileSync(options.file, join(dataDir, 'comptoir.db'));
  const db = openDatabase(dataDir);
  if (!options.file) seedDatabase(db, { today: TODAY, sizes: testSizes });
  let sql: Sql = sqliteSql(db);
  let outside = async (): Promise<Sql> => sqliteSql(new Database(join(dataDir, 'comptoir.db')));
  let drop = async () => {};
  if (testPostgresUrl) {
    // The same rows, imported into a database of this server's own.
    const made = await makePostgresDatabase();
    const target = await openPostgres(made.url, { poolSize: 4 });
    await importSqlite(db, target, options.bulkImport ? { bulkRows: 0 } : {});
    db.close();
    sql = target;
    outside = () => openPostgres(made.url, { poolSize: 2 });
    drop = made.drop;
  }
  const opened: Sql[] = [];
  const app = createApp({
    sql,
    dataDir,
    rateLimit: options.rateLimit ?? 100_000,
    authFailuresPerMinute: options.authFailuresPerMinute,
    corsOrigins: options.corsOrigins ?? ['https://portal.librairie-du-centre.fr'],
    now: options.now ?? (() => new Date(`${TODAY}T10:00:00Z`)),
    trustProxy: options.trustProxy,
    guestLookupFailuresPerMinute: options.guestLookupFailuresPerMinute,
    log: options.log,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    engine: sql.engine,
    sql,
    outside: async () => {
      const other = await outside();
      opened.push(other);
      return other;
    },
    dataDir,
    api: (path, init = {}) => {
      const { token = CENTRE, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(url + path, { ...rest, headers });
    },
    storedFiles: () => readdirSync(join(dataDir, 'attachments')),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const other of opened) await other.close();
      await sql.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function problemOf(response: Response) {
  const type = response.headers.get('Content-Type') ?? '';
  const body = (await response.json()) as {
    title: string;
    status: number;
    code?: string;
    params?: Record<string, string | number>;
    detail?: string;
    errors?: { path: string; message: string }[];
  };
  return { ...body, contentType: type };
}
