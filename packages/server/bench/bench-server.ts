// The server side of the benchmark, in its own process so that the load generator does not share its event loop.
// Arguments: the data folder (its SQLite file), and a PostgreSQL URL to serve that database instead.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db.js';
import { openPostgres } from '../src/postgres.js';
import { sqliteSql } from '../src/sql.js';

const [dataDir, databaseUrl] = process.argv.slice(2) as [string, string | undefined];
const sql = databaseUrl ? await openPostgres(databaseUrl, { poolSize: 10 }) : sqliteSql(openDatabase(dataDir));
const app = createApp({ sql, dataDir, rateLimit: 1e9 });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
