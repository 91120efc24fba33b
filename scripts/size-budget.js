// Size budgets (DESIGN.md, issue 16), minified and gzipped:
// - each CDN file with everything it loads statically (its shared chunks included) plus the terms of one language
//   (every language's terms load on demand, only the page's; the heaviest language counts); other chunks reached only
//   through import() (the CSV and XLSX exporters…) are listed apart: they load on demand;
// - two element files loaded together weigh less than the all-in-one file (they share Lit and the runtime);
// - in an application's build (Vite, from the npm package's dist/ as an application resolves it), one element with its
//   share of Lit, the runtime and zod.
import { readFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const cdn = 'packages/elements/cdn';
const elements = ['backorder-table', 'availability-watchlist', 'shipment-tracker', 'order-timeline', 'case-journal'];
// A per-element CDN file shares Lit, zod and the runtime with the others (two files on a page load them once), and pays
// for it alone: the shared chunk holds the union of what the elements use, and each file is compressed apart (about
// 2.5 kB more than the same element built alone). What only some uses need (the client-mode engine, the export
// columns, the cancel dialog, the case forms) loads on demand to keep each file within 32 kB.
const budgets = [
  ...elements.map((tag) => ({ entries: [`${tag}.js`], name: `<${tag}>`, limitKb: 32 })),
  { entries: ['comptoir-config.js'], name: '<comptoir-config>', limitKb: 32 },
  { entries: ['comptoir.js'], name: 'all elements (comptoir.js)', limitKb: 55 },
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const staticImports = (code) =>
  [...code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

/** The files a page downloads for these entries before anything runs, and the ones it loads later on demand. */
function closure(entries) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) visit(join(dirname(file), spec));
    for (const spec of dynamicImports(code)) lazy.add(join(dirname(file), spec));
  };
  for (const entry of entries) visit(join(cdn, entry));
  return { files: [...seen], lazy: [...lazy].filter((file) => !seen.has(file)) };
}
const weigh = (files) => files.reduce((sum, file) => sum + gzip(readFileSync(file)), 0) / 1024;
/** The terms chunks among on-demand ones (`…l10n.fr-HASH.js`), by language, and the rest. */
function languages(lazy) {
  const byLanguage = new Map();
  const rest = [];
  for (const file of lazy) {
    const code = /\.l10n\.([a-z]{2,3})-[\w-]+\.js$/.exec(file)?.[1];
    if (code) byLanguage.set(code, [...(byLanguage.get(code) ?? []), file]);
    else rest.push(file);
  }
  return { byLanguage, rest };
}
/** What a page downloads for these entries: the closure, plus its heaviest language's terms. */
function pageWeight(entries) {
  const { files, lazy } = closure(entries);
  const { byLanguage, rest } = languages(lazy);
  let heaviest = { code: '', kb: 0 };
  for (const [code, chunks] of byLanguage) if (weigh(chunks) > heaviest.kb) heaviest = { code, kb: weigh(chunks) };
  return { kb: weigh(files) + heaviest.kb, heaviest, languages: [...byLanguage.keys()], rest };
}

if (!existsSync(join(cdn, 'comptoir.js')) || !existsSync('packages/elements/dist/index.js')) {
  console.error('No build in packages/elements/{cdn,dist}: run `npm run build:elements` first.');
  process.exit(1);
}
let over = 0;
const row = (name, kb, limitKb, extra = '') => {
  const status = kb > limitKb ? '  OVER BUDGET' : '';
  if (status) over++;
  console.log(name.padEnd(44) + `${kb.toFixed(2)} kB`.padStart(10) + `${limitKb.toFixed(2)} kB`.padStart(11) + `   ${extra}${status}`);
};
console.log('CDN files (packages/elements/cdn)'.padEnd(44) + 'min+gzip'.padStart(10) + 'budget'.padStart(11) + '   loaded on demand');
for (const budget of budgets) {
  const { kb, heaviest, languages: codes, rest } = pageWeight(budget.entries);
  if (codes.length < 3) {
    console.error(`${budget.name}: terms in ${codes.join(', ') || 'no language'} only; every file ships en, fr and de.`);
    over++;
  }
  row(
    budget.name,
    kb,
    budget.limitKb,
    `with ${heaviest.code} terms ${heaviest.kb.toFixed(1)} kB (of ${codes.join(', ')}); ` +
      rest.map((file) => `${relative(cdn, file).replace(/^chunks\//, '')} ${(gzip(readFileSync(file)) / 1024).toFixed(1)} kB`).join(', '),
  );
}
const all = pageWeight(['comptoir.js']).kb;
for (const pair of [
  ['backorder-table', 'availability-watchlist'],
  ['shipment-tracker', 'case-journal'],
  ['order-timeline', 'case-journal'],
]) {
  row(`${pair.join(' + ')} (< comptoir.js)`, pageWeight(pair.map((tag) => `${tag}.js`)).kb, all);
}

// An application's build: Vite bundles `import '@comptoir/elements/<tag>'` as a stock app would (no condition of ours,
// so the package's dist/ and its dependencies from node_modules), minified; the whole output is the element's cost.
console.log('\nIn an application (Vite, npm package)'.padEnd(45) + 'min+gzip'.padStart(10) + 'budget'.padStart(11));
// The entry sits inside the workspace, so that `@comptoir/elements` resolves through node_modules as in an application.
mkdirSync('node_modules/.cache', { recursive: true });
const work = mkdtempSync(resolve('node_modules/.cache/comptoir-size-'));
try {
  for (const tag of elements) {
    const entry = join(work, `${tag}.js`);
    writeFileSync(entry, `import '@comptoir/elements/${tag}';\n`);
    const output = await build({
      root: resolve('.'),
      configFile: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        rolldownOptions: { input: entry, output: { minify: true } },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
    // Only what loads with the element: the entry and its static imports, not the on-demand exporters.
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const needed = new Set();
    const visit = (name) => {
      if (needed.has(name)) return;
      needed.add(name);
      for (const next of byName.get(name)?.imports ?? []) visit(next);
    };
    for (const chunk of chunks.filter((chunk) => chunk.isEntry)) visit(chunk.fileName);
    const kb = (names) => names.reduce((sum, name) => sum + gzip(byName.get(name).code), 0) / 1024;
    const lazy = [...needed].flatMap((name) => byName.get(name).dynamicImports).filter((name) => !needed.has(name));
    const { byLanguage } = languages(lazy);
    const heaviest = Math.max(0, ...[...byLanguage.values()].map(kb));
    row(`<${tag}> with Lit`, kb([...needed]) + heaviest, 32, `with the heaviest language's terms ${heaviest.toFixed(1)} kB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(over ? 1 : 0);
