// Browser benchmark (not a test), like for like (bench/table-bench.ts says how each figure is measured):
// <backorder-table> against <vaadin-grid> and AG Grid Community, and a floor (bare <lit-virtualizer> with the same
// cells), in one Chromium run. Prints first rows, sort, filter and scroll frame times, their ratios within each run,
// the targets at 100 000 rows, and what 10 mount/unmount cycles leave; exits 1 when a target is missed.
// Usage: node scripts/bench-table.js [--runs 5] [--json FILE]
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { chromeArgs, findChrome } from './find-chrome.js';
import { minifyLiterals } from './minify-literals.js';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 5);
const jsonFile = option('--json');
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  plugins: [minifyLiterals()],
  server: { port: 0, host: '127.0.0.1' },
  // Production builds of Lit and the others, as users get them.
  resolve: { conditions: ['comptoir-source', 'production', 'browser', 'import', 'module', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
});
await server.listen();
const url = `http://127.0.0.1:${server.config.server.port ?? server.httpServer.address().port}/bench/table-bench.html`;
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--js-flags=--expose-gc'],
});
const page = await browser.newPage({ viewport: { width: 1800, height: 800 } });
page.on('pageerror', (error) => console.error('page error:', error));
process.stderr.write(`opening ${url}\n`);
await page.goto(url);
await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kinds = ['comptoir', 'vaadin', 'aggrid', 'floor'];
const metrics = ['firstRows', 'sort', 'filter', 'scrollP95', 'scrollMean', 'coldSort', 'coldFilter'];
const counts = [10_000, 100_000];
const results = {};
for (const count of counts) {
  for (const kind of kinds) results[`${kind}:${count}`] = [];
  // Interleaved: each run measures every grid once, so a slower moment of the machine weighs on all of them.
  for (let run = 0; run < runs; run++) {
    for (const kind of kinds) {
      process.stderr.write(`  run ${run + 1}/${runs}: ${kind}, ${count} rows\n`);
      results[`${kind}:${count}`].push(await page.evaluate(([k, c]) => window.benchRun(k, c), [kind, count]));
    }
  }
}

const fmt = (value) => (value === undefined ? '—' : value.toFixed(1));
console.log(`Chromium ${browser.version()}, medians of ${runs} interleaved runs (ms); every grid: 13 columns, the same cells`);
console.log('and formatters, sorted latest noted first; one ready check (the first screen painted with its titles)\n');
console.log(
  'rows'.padEnd(9) +
    'grid'.padEnd(11) +
    'first rows'.padStart(11) +
    'sort'.padStart(9) +
    'filter'.padStart(9) +
    'scroll p95'.padStart(11) +
    'scroll mean'.padStart(12) +
    'cold sort'.padStart(11) +
    'cold filter'.padStart(13),
);
const summary = {};
for (const count of counts) {
  for (const kind of kinds) {
    const list = results[`${kind}:${count}`];
    const row = Object.fromEntries(
      metrics.flatMap((key) => (list[0][key] === undefined || list[0][key] === null ? [] : [[key, median(list.map((r) => r[key]))]])),
    );
    summary[`${kind}:${count}`] = row;
    console.log(
      count.toLocaleString('en').padEnd(9) +
        kind.padEnd(11) +
        fmt(row.firstRows).padStart(11) +
        fmt(row.sort).padStart(9) +
        fmt(row.filter).padStart(9) +
        fmt(row.scrollP95).padStart(11) +
        fmt(row.scrollMean).padStart(12) +
        fmt(row.coldSort).padStart(11) +
        fmt(row.coldFilter).padStart(13),
    );
  }
}

// Ratios within each run (comptoir / other, of the same run), then their median: the machine's drift between runs
// cancels out. Below 1, Comptoir is faster.
const ratio = (count, other, key) => {
  const mine = results[`comptoir:${count}`];
  const theirs = results[`${other}:${count}`];
  const perRun = mine.map((r, i) => r[key] / theirs[i][key]).filter((value) => Number.isFinite(value));
  return { median: perRun.length ? median(perRun) : undefined, perRun };
};
console.log('\nratios comptoir / other, within each run (median; then run by run)');
for (const count of counts)
  for (const other of ['vaadin', 'aggrid', 'floor'])
    for (const key of ['firstRows', 'sort', 'filter', 'scrollP95']) {
      const r = ratio(count, other, key);
      if (r.median === undefined) continue;
      console.log(
        `  ${count.toLocaleString('en').padEnd(8)} vs ${other.padEnd(7)} ${key.padEnd(10)} ${r.median.toFixed(2)}   ${r.perRun.map((v) => v.toFixed(2)).join(' ')}`,
      );
    }

let failures = 0;
const miss = (text) => {
  failures++;
  console.log(`  target missed: ${text}`);
};
console.log('\ntargets at 100 000 rows');
{
  const count = 100_000;
  const faster = ['vaadin', 'aggrid'].reduce((best, kind) =>
    summary[`${kind}:${count}`].firstRows < summary[`${best}:${count}`].firstRows ? kind : best,
  );
  const vsPeer = ratio(count, faster, 'firstRows').median;
  const vsFloor = ratio(count, 'floor', 'firstRows').median;
  const scroll = ratio(count, 'floor', 'scrollP95').median;
  const big = summary[`comptoir:${count}`];
  const line = (ok, text) => console.log(`  ${ok ? 'met   ' : 'MISSED'} ${text}`);
  line(vsPeer <= 0.5, `first rows ${vsPeer.toFixed(2)}x the faster peer (${faster}), target <= 0.5x`);
  line(vsFloor <= 1.2, `first rows ${vsFloor.toFixed(2)}x the floor, target <= 1.2x`);
  line(big.sort <= 100, `sort ${big.sort.toFixed(1)} ms, click to paint, target <= 100 ms`);
  line(big.filter <= 100, `filter ${big.filter.toFixed(1)} ms, keystroke to paint, target <= 100 ms`);
  line(scroll <= 1.1, `scroll p95 ${scroll.toFixed(2)}x the floor's, target <= 1.1x`);
  if (vsPeer > 0.5) miss(`first rows vs ${faster}`);
  if (vsFloor > 1.2) miss('first rows vs the floor');
  if (big.sort > 100) miss('sort');
  if (big.filter > 100) miss('filter');
  if (scroll > 1.1) miss('scroll p95 vs the floor');
  for (const key of ['coldSort', 'coldFilter'])
    if (big[key] > 100) miss(`${key} of 100 000 rows takes ${big[key].toFixed(1)} ms (budget 100 ms)`);
}

// --json FILE: medians and each run's values, by row count then grid (the shape other tools read).
if (jsonFile) {
  const out = {};
  for (const count of counts) {
    out[String(count)] = {};
    for (const kind of kinds) {
      const row = summary[`${kind}:${count}`];
      out[String(count)][kind] = {
        ...Object.fromEntries(['firstRows', 'sort', 'filter', 'scrollP95'].filter((key) => key in row).map((key) => [key, row[key]])),
        runs: results[`${kind}:${count}`],
      };
    }
  }
  writeFileSync(jsonFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwrote ${jsonFile}`);
}

// Idle preparation of a big list's order never holds a frame: no long task (over 50 ms) while it runs.
const idleLongest = await page.evaluate(() => window.benchIdle(60_000));
console.log(`\nidle preparation of 60 000 rows: longest task ${idleLongest ? `${idleLongest.toFixed(1)} ms` : 'none over 50 ms'}`);
if (idleLongest > 0) {
  failures++;
  console.log('  target missed: a long task while preparing in idle slices');
}

// Leaks: after 10 mount/unmount cycles and a garbage collection, no table element, row or observer may survive.
const cdp = await page.context().newCDPSession(page);
const count = async (expression) => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return length.value;
};
const before = {
  tables: await count("customElements.get('backorder-table').prototype"),
  observers: await count('ResizeObserver.prototype'),
  rows: await count('HTMLDivElement.prototype'),
};
await page.evaluate(() => window.benchCycles(10_000, 10));
const after = {
  tables: await count("customElements.get('backorder-table').prototype"),
  observers: await count('ResizeObserver.prototype'),
  rows: await count('HTMLDivElement.prototype'),
};
console.log(
  `\nafter 10 mount/unmount cycles of 10 000 rows: ${after.tables - before.tables} table(s), ${after.observers - before.observers} ResizeObserver(s), ${after.rows - before.rows} div(s) more than before`,
);
if (after.tables > before.tables || after.observers > before.observers || after.rows - before.rows > 50) {
  failures++;
  console.log('  target missed: something is retained');
}

await browser.close();
await server.close();
console.log(failures ? `\n${failures} target(s) missed` : '\nall targets met');
process.exit(failures ? 1 : 0);
