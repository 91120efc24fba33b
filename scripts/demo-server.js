// The demo portal's pages (hash → the element on it), and the reference server started on a data folder of its own
// (a fresh database seeded with the demo's rows), serving the built demo: used by the end-to-end tests, the
// interactions benchmark and the screenshots.
import { spawn } from 'node:child_process';

export const demoPages = {
  notes: 'backorder-table',
  alertes: 'availability-watchlist',
  logistique: 'shipment-tracker',
  dossier: 'order-timeline',
  cas: 'case-journal',
};

/** The reference server's command line on a data folder, from its sources (for `process.execPath`). */
export const serverArgs = (dataDir, args = []) => [
  '--conditions=comptoir-source',
  '--import',
  'tsx',
  'packages/server/src/main.ts',
  '--data-dir',
  dataDir,
  ...args,
];

let databasesMade = 0;
/**
 * With COMPTOIR_E2E_POSTGRES_URL (a server where databases may be created), each server gets a new PostgreSQL
 * database instead of the data folder's SQLite file: the end-to-end tests then run the elements on that engine.
 */
async function freshDatabaseUrl() {
  const admin = process.env.COMPTOIR_E2E_POSTGRES_URL;
  if (!admin) return undefined;
  const { default: pg } = await import('pg');
  const name = `comptoir_e2e_${process.pid}_${++databasesMade}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

const databases = new Map();
/** The environment of the server's command line on `dataDir`: its PostgreSQL database when it has one (see below). */
export const serverEnv = (dataDir) => (databases.has(dataDir) ? { ...process.env, DATABASE_URL: databases.get(dataDir) } : process.env);

/** Starts the server on a free port (`args`: more of its options, `--today` say); resolves with its process and base URL once it listens. */
export async function startDemoServer(dataDir, args = []) {
  const databaseUrl = await freshDatabaseUrl();
  if (databaseUrl) databases.set(dataDir, databaseUrl);
  const server = spawn(process.execPath, serverArgs(dataDir, ['--port', '0', '--quiet', ...args]), {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv(dataDir),
  });
  const base = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(`http://localhost:${match[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { server, base };
}
