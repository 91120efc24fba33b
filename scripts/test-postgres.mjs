#!/usr/bin/env node
// `npm run test:postgres`: the server suite (conformance suite included) on PostgreSQL. A throwaway cluster is made
// (pg-cluster.mjs: Debian's binaries, initdb in a temporary folder, a free port), the suite runs with
// COMPTOIR_TEST_POSTGRES_URL pointing at it (each test server makes a database of its own), and the cluster is stopped
// and removed, whatever the outcome.
// Usage: node scripts/test-postgres.mjs [test files…]   (default: every server test)
//        node scripts/test-postgres.mjs --e2e           (the end-to-end tests of the built demo, their servers on PostgreSQL)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCluster } from './pg-cluster.mjs';

let cluster;
let code = 1;
process.on('SIGINT', () => {
  cluster?.stop();
  process.exit(130);
});
try {
  // Durability is not what is tested: no fsync, so that the suite's many small databases come fast.
  cluster = await startCluster({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  console.log(`test:postgres: ${cluster.version} on ${cluster.url} (cluster in ${cluster.dir})`);
  const e2e = process.argv.includes('--e2e');
  const files = process.argv.slice(2).filter((arg) => arg !== '--e2e');
  const tests = e2e
    ? ['test/e2e.test.ts']
    : files.length
      ? files
      : readdirSync('packages/server/test')
          .filter((name) => name.endsWith('.test.ts'))
          .map((name) => join('packages/server/test', name));
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=comptoir-source', '--import', 'tsx', '--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, [e2e ? 'COMPTOIR_E2E_POSTGRES_URL' : 'COMPTOIR_TEST_POSTGRES_URL']: cluster.url },
    });
    child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  if (code !== 0 && existsSync(cluster.log)) {
    console.error('test:postgres: the last lines of the PostgreSQL log:');
    console.error(execFileSync('tail', ['-n', '30', cluster.log]).toString());
  }
} catch (error) {
  console.error('test:postgres:', error.message);
  code = 1;
} finally {
  cluster?.stop();
}
process.exit(code);
