// A throwaway PostgreSQL cluster, for the tests (test-postgres.mjs) and the server benchmark: Debian's binaries (installed
// with apt-get on a Debian machine run as root when missing), `initdb` in a temporary folder, a free loopback port, the
// `postgres` user when run as root (PostgreSQL refuses to run as root). `stop()` stops it and removes the folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = '/usr/lib/postgresql';
const installed = () => {
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  return versions.sort((a, b) => Number(b) - Number(a)).map((version) => join(root, version, 'bin'))[0];
};

/** The folder of PostgreSQL's binaries: PG_BIN, else Debian's newest (installed first when missing and allowed). */
export function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!installed() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    // As find-chrome.js does for Chromium: Debian's package, on a Debian machine run as root.
    console.log("pg-cluster: installing Debian's postgresql");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
  }
  const bin = installed();
  if (!bin) throw new Error('no PostgreSQL binaries in /usr/lib/postgresql (apt-get install -y postgresql, or set PG_BIN)');
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

/**
 * Starts a cluster; `settings` are extra `-c name=value` server settings. Answers its superuser URL (database
 * `postgres`), its version, its log file and `stop`.
 */
export async function startCluster(settings = {}) {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'comptoir-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (asRoot) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    chmodSync(dir, 0o700);
  }
  const run = (name, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, name), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, name), args, { stdio: 'pipe' });
  let started = false;
  const stop = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch (error) {
        console.error('pg-cluster: stopping failed:', error.stderr?.toString() ?? error.message);
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    // C.UTF-8: byte order (as SQLite sorts) with Unicode letters and case (the full-text words of every script).
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    const options = { listen_addresses: '127.0.0.1', max_connections: 200, ...settings };
    const flags = Object.entries(options).map(([name, value]) => `-c ${name}=${value}`);
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-o', `-p ${port} -k ${dir} ${flags.join(' ')}`, 'start']);
    started = true;
    const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, log, dir, stop };
  } catch (error) {
    stop();
    throw new Error(error.stderr?.toString() || error.message, { cause: error });
  }
}
