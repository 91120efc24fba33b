// Size budgets (DESIGN.md): each entry of the built library with everything it loads statically, minified and gzipped.
// Chunks reached only through import() (the CSV and XLSX exporters) are listed apart: they load on demand.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'packages/elements/dist';
const budgets = [
  { entry: 'backorder-table.js', name: '<backorder-table>', limitKb: 32 },
  { entry: 'availability-watchlist.js', name: '<availability-watchlist>', limitKb: 32 },
  { entry: 'shipment-tracker.js', name: '<shipment-tracker>', limitKb: 32 },
  { entry: 'order-timeline.js', name: '<order-timeline>', limitKb: 32 },
  { entry: 'case-journal.js', name: '<case-journal>', limitKb: 32 },
  { entry: 'comptoir-config.js', name: '<comptoir-config>', limitKb: 32 },
  { entry: 'comptoir.js', name: 'all elements (CDN file)', limitKb: 55 },
];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImports = (code) =>
  [...code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

function closure(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) visit(join(dirname(file), spec));
    for (const spec of dynamicImports(code)) lazy.add(join(dirname(file), spec));
  };
  visit(entry);
  return { files: [...seen], lazy: [...lazy].filter((file) => !seen.has(file)) };
}

if (!existsSync(join(dist, 'comptoir.js'))) {
  console.error(`No build in ${dist}: run \`npm run build:elements\` first.`);
  process.exit(1);
}
let over = 0;
console.log('entry'.padEnd(28) + 'min+gzip'.padStart(10) + 'budget'.padStart(9) + '   loaded on demand');
for (const budget of budgets) {
  const { files, lazy } = closure(join(dist, budget.entry));
  const bytes = files.reduce((sum, file) => sum + gzip(file), 0);
  const kb = bytes / 1024;
  const lazyText = lazy.map((file) => `${relative(dist, file)} ${(gzip(file) / 1024).toFixed(1)} kB`).join(', ');
  const status = kb > budget.limitKb ? '  OVER BUDGET' : '';
  if (status) over++;
  console.log(budget.name.padEnd(28) + `${kb.toFixed(2)} kB`.padStart(10) + `${budget.limitKb} kB`.padStart(9) + `   ${lazyText}${status}`);
}
process.exit(over ? 1 : 0);
