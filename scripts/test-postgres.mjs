#!/usr/bin/env node
// `npm run test:postgres`: the server suite (conformance suite included) on PostgreSQL. A throwaway cluster is made with
// Debian's PostgreSQL binaries (initdb in a temporary folder, a free loopback port, run as the `postgres` user when
// this runs as root, which PostgreSQL refuses to run as), the suite runs with COMPTOIR_TEST_POSTGRES_URL pointing at it
// (each test server makes a database of its own), and the cluster is stopped and removed, whatever the outcome.
// Usage: node scripts/test-postgres.mjs [test files…]   (default: every server test)
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = '/usr/lib/postgresql';
const installed = () => {
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  return versions.sort((a, b) => Number(b) - Number(a)).map((version) => join(root, version, 'bin'))[0];
};
function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!installed() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    // As find-chrome.js does for Chromium: Debian's package, on a Debian machine run as root.
    console.log("test:postgres: installing Debian's postgresql");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
  }
  const bin = installed();
  if (!bin) {
    console.error('test:postgres: no PostgreSQL binaries in /usr/lib/postgresql (apt-get install -y postgresql, or set PG_BIN)');
    process.exit(2);
  }
  return bin;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const bin = binDir();
const asRoot = process.getuid?.() === 0;
const user = asRoot ? 'postgres' : null;
const dir = mkdtempSync(join(tmpdir(), 'comptoir-pg-'));
const data = join(dir, 'data');
if (asRoot) {
  const ids = execFileSync('id', ['-u', user]).toString().trim();
  const gid = execFileSync('id', ['-g', user]).toString().trim();
  chownSync(dir, Number(ids), Number(gid));
  chmodSync(dir, 0o700);
}
/** A PostgreSQL binary, as the cluster's owner. */
const pgRun = (name, args) =>
  asRoot
    ? execFileSync('runuser', ['-u', user, '--', join(bin, name), ...args], { stdio: 'pipe' })
    : execFileSync(join(bin, name), args, { stdio: 'pipe' });

let started = false;
const stop = () => {
  if (started) {
    try {
      pgRun('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch (error) {
      console.error('test:postgres: stopping the cluster failed:', error.stderr?.toString() ?? error.message);
    }
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let code = 1;
try {
  const port = await freePort();
  pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Durability is not what is tested: no fsync, so that the suite's many small databases come fast.
  pgRun('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  started = true;
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`test:postgres: ${version} on ${url} (cluster in ${dir})`);
  const files = process.argv.slice(2);
  const tests = files.length
    ? files
    : readdirSync('packages/server/test')
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => join('packages/server/test', name));
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=comptoir-source', '--import', 'tsx', '--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, COMPTOIR_TEST_POSTGRES_URL: url },
    });
    child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  if (code !== 0 && existsSync(join(dir, 'server.log'))) {
    console.error('test:postgres: the last lines of the PostgreSQL log:');
    console.error(execFileSync('tail', ['-n', '30', join(dir, 'server.log')]).toString());
  }
} catch (error) {
  console.error('test:postgres:', error.stderr?.toString() || error.message);
  code = 1;
} finally {
  stop();
}
process.exit(code);
