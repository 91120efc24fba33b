// The server side of the benchmark, in its own process so that the load generator does not share its event loop.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db.js';
import { sqliteSql } from '../src/sql.js';

const dataDir = process.argv[2]!;
const db = openDatabase(dataDir);
const app = createApp({ sql: sqliteSql(db), dataDir, rateLimit: 1e9 });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
