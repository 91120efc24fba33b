/**
 * Server benchmark (not a test): every list of one account at 1M rows in a real SQLite file (backorders, shipments,
 * watchlist, unavailable catalogue, orders, cases; a second account holds a tenth as many, so every query is scoped for
 * real). Requests go over loopback HTTP to a server in its own process, one at a time.
 *
 * Two figures per query, printed apart:
 * - **cold**: the first request of a query the server has never answered (new words, new status set, new sort), after
 *   the server has warmed up on other requests, as a running portal's server is. Budget: 50 ms each.
 * - **warm**: the same query asked again, p50 and p95 over `--requests` repeats. Budget: p95 10 ms.
 *
 * Usage: npm run bench:server [-- --rows 1000000 --requests 200 --data DIR --lists backorders,cases]
 *   --data DIR keeps the seeded file there and reuses it on the next run (seeding 1M rows of every list takes minutes).
 * Exits 1 when a figure is over budget.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backorderSortFields, caseSortFields, shipmentSortFields, watchSortFields, type OrderDossier } from '@comptoir/contract';
import {
  generateBackorders,
  generateCases,
  generateCatalog,
  generateShipments,
  generateWatchlist,
  seedOrder,
} from '@comptoir/contract/fixtures';
import {
  backorderInserter,
  followTitle,
  insertAccount,
  insertCase,
  insertOrder,
  insertShipment,
  insertTitle,
  openDatabase,
  type Db,
} from '../src/db.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const ROWS = Number(option('rows') ?? 1_000_000);
const REQUESTS = Number(option('requests') ?? 200);
const COLD_BUDGET_MS = 50;
const WARM_BUDGET_P95_MS = 10;
const TODAY = '2026-11-22';
const allLists = ['backorders', 'shipments', 'watchlist', 'catalog', 'orders', 'cases'] as const;
type ListName = (typeof allLists)[number];
const lists = (option('lists')?.split(',') ?? allLists) as ListName[];

const kept = option('data');
const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'comptoir-bench-'));
// A kept file is reused while its rows are what the benchmark seeds (the server's own open adds new indexes and migrates
// an older schema); change the mark when the seeded rows change.
const seededMark = `bench:${ROWS}:2`;

function seed(db: Db) {
  const other = Math.max(1, Math.round(ROWS / 10));
  const accounts = [
    ['bench', ROWS, 42],
    ['other', other, 7],
  ] as const;
  for (const [id] of accounts) insertAccount(db, { id, name: id, token: `${id}-token-000`, emailDomain: `${id}.example` });
  const timed = (name: string, fill: () => void) => {
    const started = performance.now();
    db.transaction(fill)();
    console.log(`seeded ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  timed('backorders', () => {
    const insert = backorderInserter(db);
    for (const [account, count, seed] of accounts) for (const line of generateBackorders(seed, count, TODAY)) insert(account, line);
  });
  timed('shipments', () => {
    for (const [account, count, seed] of accounts) {
      // In chunks (a million shipments with their lines do not fit in memory at once), one line each.
      for (let chunk = 0; chunk * 5000 < count; chunk++) {
        for (const shipment of generateShipments(seed * 1000 + chunk, Math.min(5000, count - chunk * 5000), TODAY)) {
          insertShipment(db, account, { ...shipment, id: `${shipment.id}-${chunk}`, lines: shipment.lines.slice(0, 1) });
        }
      }
    }
  });
  timed('catalogue and watchlist', () => {
    const catalog = generateCatalog(3, ROWS + other, TODAY);
    for (const title of catalog) insertTitle(db, title);
    const available = db.prepare('UPDATE titles SET available = 1, available_at = ? WHERE ean13 = ?');
    for (const [account, count, seed] of accounts) {
      const part = account === 'bench' ? catalog.slice(0, count) : catalog.slice(ROWS - count / 2, ROWS + count / 2);
      for (const item of generateWatchlist(seed, part, count, TODAY)) {
        if (item.available) available.run(item.availableAt, item.ean13);
        followTitle(db, account, item);
      }
    }
  });
  timed('orders', () => {
    const steps = ['quote', 'order', 'supply', 'shipment', 'invoice', 'payment'] as const;
    for (const [account, count, seed] of accounts) {
      for (let i = 0; i < count; i++) {
        const ourRef = `${seed}KL${i.toString(36).toUpperCase().padStart(5, '0')}E`;
        const day = new Date(Date.parse(`${TODAY}T00:00:00Z`) - ((i * 7919) % 700) * 86_400_000).toISOString().slice(0, 10);
        const dossier: OrderDossier = {
          ...seedOrder,
          ourRef,
          yourRef: `P${seed}-${(i * 104_729) % 1_000_003}`,
          createdAt: day,
          currentStep: steps[i % steps.length]!,
          expectedDeliveryAt: null,
          serialNumbers: [`SN-${seed}-${i}`],
          history: seedOrder.history.slice(0, 2),
          documents: [],
        };
        insertOrder(db, account, dossier);
      }
    }
  });
  timed('cases', () => {
    for (const [account, count, seed] of accounts) {
      for (let chunk = 0; chunk * 5000 < count; chunk++) {
        for (const detail of generateCases(seed * 1000 + chunk, Math.min(5000, count - chunk * 5000), TODAY, `${account}.example`)) {
          insertCase(db, account, { ...detail, id: `${detail.id}-${chunk}`, messages: detail.messages.slice(0, 1) });
        }
      }
    }
  });
  // The full-text indexes and the counts, built once at the end (the triggers are back at the next open).
  const started = performance.now();
  for (const table of db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '*_search'")
    .pluck()
    .all() as string[]) {
    db.exec(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`);
  }
  db.exec("DELETE FROM meta WHERE key LIKE 'status_counts%'");
  db.exec('ANALYZE');
  console.log(`indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench', ?)").run(seededMark);
}

{
  const db = openDatabase(dataDir, { reset: !kept || !existsSync(join(dataDir, 'comptoir.db')) });
  const mark = db.prepare("SELECT value FROM meta WHERE key = 'bench'").pluck().get();
  if (mark !== seededMark) {
    db.close();
    const fresh = openDatabase(dataDir, { reset: true });
    // Bulk loading: no journal, no fsync, a large page cache (the server reopens the file with its own settings).
    fresh.pragma('journal_mode = OFF');
    fresh.pragma('synchronous = OFF');
    fresh.pragma('cache_size = -1000000');
    // Rows first, then the full-text indexes and the counts in one pass each: per-row triggers would take many minutes.
    for (const trigger of fresh
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name GLOB '*_search_*' OR name GLOB '*_count_*')")
      .pluck()
      .all() as string[]) {
      fresh.exec(`DROP TRIGGER ${trigger}`);
    }
    seed(fresh);
    fresh.close();
  } else {
    console.log(`reusing the ${ROWS.toLocaleString('en')}-row file in ${dataDir}`);
    db.close();
  }
}

// The file is read once, so it is in the system's cache as a running server's file is: a cold query here is one the
// server has never answered, not a disk that has never been read.
{
  const file = openSync(join(dataDir, 'comptoir.db'), 'r');
  const buffer = Buffer.alloc(1 << 24);
  while (readSync(file, buffer, 0, buffer.length, null) > 0);
  closeSync(file);
}

// The server runs in its own process (one core), the load comes from this one (the other core).
const child = spawn(
  process.execPath,
  ['--conditions=comptoir-source', '--import', 'tsx', new URL('./bench-server.ts', import.meta.url).pathname, dataDir],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const [line] = (await once(child.stdout!, 'data')) as [Buffer];
const port = /listening (\d+)/.exec(String(line))?.[1];
if (!port) throw new Error(`server did not start: ${String(line)}`);
const headers = { Authorization: 'Bearer bench-token-000' };

async function get(path: string): Promise<{ ms: number; total: number; items: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api${path}`, { headers });
  const body = (await response.json()) as { total: number; items: unknown[] };
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return { ms, total: body.total, items: body.items.length };
}

interface Scenario {
  name: string;
  path: string;
}
const sortScenarios = (path: string, fields: readonly string[]): Scenario[] =>
  fields.flatMap((field) => [
    { name: `sort ${field}`, path: `${path}?sort=${field}` },
    { name: `sort -${field}`, path: `${path}?sort=-${field}` },
  ]);

/** Cold queries: each is asked once, so each is new to the server. */
const cold: Record<ListName, Scenario[]> = {
  backorders: [
    ...['jardin', 'secret', 'loire', 'histoire'].map((word) => ({ name: `words "${word}"`, path: `/backorders?q=${word}` })),
    { name: 'words "nuit" sorted by title', path: '/backorders?q=nuit&sort=title' },
    { name: 'words "maison" sorted by expected', path: '/backorders?q=maison&sort=expectedAt' },
    { name: 'status + words "jardin loire"', path: '/backorders?q=jardin%20loire&status=available' },
    { name: 'two statuses + words "mer"', path: '/backorders?q=mer&status=reprint-in-progress,temporarily-out-of-stock' },
    { name: 'status + words "jardin", page 20', path: '/backorders?q=jardin&status=reprint-under-study&page=20' },
    { name: 'status', path: '/backorders?status=reprint-in-progress' },
    ...sortScenarios('/backorders', backorderSortFields),
  ],
  shipments: [
    { name: 'status', path: '/shipments?status=partially-shipped' },
    { name: 'status + nature', path: '/shipments?status=delivered&nature=school' },
    { name: 'order number', path: '/shipments?q=11400017' },
    ...sortScenarios('/shipments', shipmentSortFields),
  ],
  watchlist: [
    ...['jardin', 'secret'].map((word) => ({ name: `words "${word}"`, path: `/watchlist?q=${word}` })),
    { name: 'status + words "loire"', path: '/watchlist?q=loire&status=available' },
    { name: 'status', path: '/watchlist?status=available' },
    ...sortScenarios('/watchlist', watchSortFields),
  ],
  catalog: [
    ...['jardin', 'histoire'].map((word) => ({ name: `words "${word}"`, path: `/catalog/unavailable?q=${word}` })),
    { name: 'school + words "secret"', path: '/catalog/unavailable?q=secret&school=true' },
    ...sortScenarios('/catalog/unavailable', ['title', 'publisher', 'expectedAt', 'ean13']),
  ],
  orders: [
    { name: 'our reference', path: '/orders?q=42kl00abce' },
    { name: 'your reference', path: '/orders?q=P42-104729' },
    { name: 'serial number', path: '/orders?q=SN-42-777' },
    ...sortScenarios('/orders', ['createdAt', 'ourRef', 'yourRef']),
  ],
  cases: [
    ...['colis', 'facture'].map((word) => ({ name: `words "${word}"`, path: `/cases?q=${word}` })),
    { name: 'status + words "retour"', path: '/cases?q=retour&status=open' },
    { name: 'status', path: '/cases?status=needs-attention' },
    { name: 'e-mail', path: '/cases?q=compta%40bench.example' },
    ...sortScenarios('/cases', caseSortFields),
  ],
};

/** Warm queries: one of each kind per list, asked again and again. */
const warm: Record<ListName, Scenario[]> = {
  backorders: [
    { name: 'first page', path: '/backorders' },
    { name: 'words', path: '/backorders?q=jardin' },
    { name: 'status + words', path: '/backorders?q=jardin%20loire&status=available' },
    { name: 'sort by title, page 20', path: '/backorders?sort=title&page=20' },
  ],
  shipments: [
    { name: 'first page', path: '/shipments' },
    { name: 'status', path: '/shipments?status=partially-shipped' },
    { name: 'sort by nature', path: '/shipments?sort=nature' },
  ],
  watchlist: [
    { name: 'first page', path: '/watchlist' },
    { name: 'words', path: '/watchlist?q=jardin' },
    { name: 'sort by title', path: '/watchlist?sort=title' },
  ],
  catalog: [
    { name: 'first page', path: '/catalog/unavailable' },
    { name: 'words', path: '/catalog/unavailable?q=jardin' },
  ],
  orders: [
    { name: 'first page', path: '/orders' },
    { name: 'serial number', path: '/orders?q=SN-42-777' },
  ],
  cases: [
    { name: 'first page', path: '/cases' },
    { name: 'words', path: '/cases?q=colis' },
    { name: 'sort by description', path: '/cases?sort=shortDescription' },
  ],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
let failures = 0;

// A running server has answered other requests before: its statements are prepared and its page cache holds the
// upper levels of the indexes. The warm-up asks each list's default page a few times (not one of the cold queries).
for (const list of lists) for (let i = 0; i < 5; i++) await get(warm[list][0]!.path);

console.log(`\nCold: the first request of a new query, ${ROWS.toLocaleString('en')} rows a list (budget ${COLD_BUDGET_MS} ms each)\n`);
console.log('list'.padEnd(12) + 'query'.padEnd(44) + 'ms'.padStart(8) + 'total'.padStart(11));
const colds: number[] = [];
for (const list of lists) {
  for (const scenario of cold[list]) {
    const { ms, total } = await get(scenario.path);
    colds.push(ms);
    const over = ms > COLD_BUDGET_MS;
    if (over) failures++;
    console.log(
      list.padEnd(12) +
        scenario.name.padEnd(44) +
        ms.toFixed(1).padStart(8) +
        total.toLocaleString('en').padStart(11) +
        (over ? '  OVER' : ''),
    );
  }
}
colds.sort((a, b) => a - b);
console.log(
  `cold: ${colds.length} queries, p50 ${percentile(colds, 50).toFixed(1)} ms, p95 ${percentile(colds, 95).toFixed(1)} ms, max ${colds.at(-1)!.toFixed(1)} ms`,
);

console.log(`\nWarm: the same query again, ${REQUESTS} requests each (budget p95 ${WARM_BUDGET_P95_MS} ms)\n`);
console.log('list'.padEnd(12) + 'query'.padEnd(44) + 'p50 ms'.padStart(8) + 'p95 ms'.padStart(8) + 'max ms'.padStart(8));
for (const list of lists) {
  for (const scenario of warm[list]) {
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await get(scenario.path)).ms);
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const over = p95 > WARM_BUDGET_P95_MS;
    if (over) failures++;
    console.log(
      list.padEnd(12) +
        scenario.name.padEnd(44) +
        percentile(times, 50).toFixed(2).padStart(8) +
        p95.toFixed(2).padStart(8) +
        times.at(-1)!.toFixed(1).padStart(8) +
        (over ? '  OVER' : ''),
    );
  }
}
child.kill();
if (!kept) rmSync(dataDir, { recursive: true, force: true });
console.log(failures ? `\n${failures} figure(s) over budget` : '\nevery figure within budget');
process.exit(failures ? 1 : 0);
