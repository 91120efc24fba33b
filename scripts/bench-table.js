// Browser benchmark (not a test): <backorder-table> against <vaadin-grid> and bare <lit-virtualizer> in one Chromium run.
// Prints first-rows time, scroll frame times, sort and filter times, their ratios, and what 10 mount/unmount cycles leave.
// Usage: node scripts/bench-table.js [--runs 5]
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './find-chrome.js';
import { minifyLiterals } from './minify-literals.js';

const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 5;
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
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (error) => console.error('page error:', error));
process.stderr.write(`opening ${url}\n`);
await page.goto(url);
await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kinds = ['comptoir', 'vaadin', 'virtualizer'];
const results = {};
for (const count of [10_000, 100_000]) {
  for (const kind of kinds) results[`${kind}:${count}`] = [];
  for (let run = 0; run < runs; run++) {
    for (const kind of kinds) {
      process.stderr.write(`  run ${run + 1}/${runs}: ${kind}, ${count} rows\n`);
      results[`${kind}:${count}`].push(await page.evaluate(([k, c]) => window.benchRun(k, c), [kind, count]));
    }
  }
}

const fmt = (value) => (value === undefined ? '—' : value.toFixed(1));
console.log(`Chromium ${browser.version()}, medians of ${runs} runs (ms)\n`);
console.log(
  'rows'.padEnd(9) +
    'element'.padEnd(14) +
    'first rows'.padStart(11) +
    'scroll p95'.padStart(11) +
    'scroll mean'.padStart(12) +
    'sort'.padStart(9) +
    'filter'.padStart(9) +
    'cold sort'.padStart(11) +
    'cold filter'.padStart(13),
);
const summary = {};
for (const count of [10_000, 100_000]) {
  for (const kind of kinds) {
    const list = results[`${kind}:${count}`];
    const row = Object.fromEntries(
      ['firstRows', 'scrollP95', 'scrollMean', 'sort', 'filter', 'coldSort', 'coldFilter'].map((key) => [
        key,
        list[0][key] === undefined ? undefined : median(list.map((r) => r[key])),
      ]),
    );
    summary[`${kind}:${count}`] = row;
    console.log(
      count.toLocaleString('en').padEnd(9) +
        kind.padEnd(14) +
        fmt(row.firstRows).padStart(11) +
        fmt(row.scrollP95).padStart(11) +
        fmt(row.scrollMean).padStart(12) +
        fmt(row.sort).padStart(9) +
        fmt(row.filter).padStart(9) +
        fmt(row.coldSort).padStart(11) +
        fmt(row.coldFilter).padStart(13),
    );
  }
}

let failures = 0;
console.log('\nratios (comptoir / other; below 1 is faster)');
for (const count of [10_000, 100_000]) {
  const c = summary[`comptoir:${count}`];
  for (const other of ['vaadin', 'virtualizer']) {
    const o = summary[`${other}:${count}`];
    console.log(
      `  ${count.toLocaleString('en')} rows vs ${other}: first rows ${(c.firstRows / o.firstRows).toFixed(2)}, scroll p95 ${(c.scrollP95 / o.scrollP95).toFixed(2)}, sort ${(c.sort / o.sort).toFixed(2)}, filter ${(c.filter / o.filter).toFixed(2)}`,
    );
  }
  // Each run's own ratio too: the spread says how much the verdict owes to this machine's noise.
  const perRun = results[`comptoir:${count}`].map((r, i) => r.firstRows / results[`vaadin:${count}`][i].firstRows);
  console.log(`  ${count.toLocaleString('en')} rows, first rows vs vaadin run by run: ${perRun.map((r) => r.toFixed(2)).join(' ')}`);
  const ratio = c.firstRows / summary[`vaadin:${count}`].firstRows;
  if (ratio > 0.6) {
    failures++;
    console.log(`  target missed: first rows at ${count} should be <= 0.6x vaadin-grid (is ${ratio.toFixed(2)})`);
  }
}
const big = summary['comptoir:100000'];
// Sorts and searches, warm (after the idle time of scrolling) and cold (right after the first paint).
for (const key of ['sort', 'filter', 'coldSort', 'coldFilter']) {
  if (big[key] > 100) {
    failures++;
    console.log(`  target missed: ${key} of 100 000 rows takes ${big[key].toFixed(1)} ms (budget 100 ms)`);
  }
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
