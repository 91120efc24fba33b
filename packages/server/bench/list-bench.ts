/**
 * Server benchmark (not a test): one account with 1M backorder lines in a real SQLite file; list pages with
 * filter, sort and search are requested under load on loopback, and p50/p95 are printed against the 10 ms budget.
 * Each scenario runs with 1 request at a time (the answer time of a page: the budget applies to it), then with
 * `--concurrency` at a time (the same under load: a single-threaded server queues them, so the tail grows).
 * Usage: npm run bench:server [-- --rows 1000000 --requests 400 --concurrency 4]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBackorders } from '@comptoir/contract/fixtures';
import { backorderInserter, insertAccount, openDatabase } from '../src/db.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROWS = arg('rows', 1_000_000);
const REQUESTS = arg('requests', 400);
const LOADED = arg('concurrency', 4);
const BUDGET_P95_MS = 10;

const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-bench-'));
const db = openDatabase(dataDir);
let started = performance.now();
insertAccount(db, { id: 'bench', name: 'Bench', token: 'bench-token-000', emailDomain: 'bench.example' });
const insert = backorderInserter(db);
db.transaction(() => {
  for (const line of generateBackorders(42, ROWS, '2026-11-22')) insert('bench', line);
})();
db.exec('ANALYZE');
console.log(`inserted ${ROWS.toLocaleString('en')} backorder lines in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const sample = db.prepare("SELECT ean13, your_reference FROM backorders WHERE account_id = 'bench' LIMIT 1 OFFSET 5000").get() as {
  ean13: string;
  your_reference: string;
};
db.close();

// The server runs in its own process (one core), the load comes from this one (the other core).
const child = spawn(
  process.execPath,
  ['--conditions=comptoir-source', '--import', 'tsx', new URL('./bench-server.ts', import.meta.url).pathname, dataDir],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const [line] = (await once(child.stdout!, 'data')) as [Buffer];
const port = /listening (\d+)/.exec(String(line))?.[1];
if (!port) throw new Error(`server did not start: ${String(line)}`);
const base = `http://127.0.0.1:${port}/api/backorders`;

const scenarios: [string, string][] = [
  ['first page, default sort', ''],
  ['status filter', '?status=reprint-in-progress'],
  ['two statuses, sort by expected date', '?status=reprint-in-progress,temporarily-out-of-stock&sort=expectedAt'],
  ['sort by title', '?sort=title'],
  ['sort by purge date desc, page 20', '?sort=-purgeAt&page=20'],
  ['search a title word', '?q=jardin'],
  ['search two words + status', '?q=jardin%20loire&status=available'],
  ['search an EAN', `?q=${sample.ean13}`],
  ['search your reference', `?q=${encodeURIComponent(sample.your_reference)}`],
  ['page size 200 (4x the default page; information)', '?pageSize=200'],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
let failures = 0;
for (const CONCURRENCY of [1, LOADED]) {
  console.log(
    `\n${REQUESTS} requests per scenario, ${CONCURRENCY} at a time, over loopback HTTP${CONCURRENCY === 1 ? ` (budget: p95 <= ${BUDGET_P95_MS} ms)` : ' (for information)'}\n`,
  );
  console.log(
    'scenario'.padEnd(52) + 'first ms'.padStart(9) + 'p50 ms'.padStart(8) + 'p95 ms'.padStart(8) + 'max ms'.padStart(8) + '  rows',
  );
  for (const [name, query] of scenarios) {
    const url = base + query;
    const headers = { Authorization: 'Bearer bench-token-000' };
    // The first request pays for the count and the full-text matches (cached until the account's data changes).
    started = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    const first = performance.now() - started;
    const times: number[] = [];
    let total = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next++;
          started = performance.now();
          const response = await fetch(url, { headers });
          const body = (await response.json()) as { total: number };
          times.push(performance.now() - started);
          if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
          total = body.total;
        }
      }),
    );
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const over = CONCURRENCY === 1 && p95 > BUDGET_P95_MS && !name.includes('information');
    if (over) failures++;
    console.log(
      name.padEnd(52) +
        first.toFixed(2).padStart(9) +
        percentile(times, 50).toFixed(2).padStart(8) +
        p95.toFixed(2).padStart(8) +
        times[times.length - 1]!.toFixed(1).padStart(8) +
        `  ${total.toLocaleString('en')}${over ? '  OVER BUDGET' : ''}`,
    );
  }
}
child.kill();
rmSync(dataDir, { recursive: true, force: true });
console.log(failures ? `\n${failures} scenario(s) over the p95 budget` : '\nall scenarios within the p95 budget');
process.exit(failures ? 1 : 0);
