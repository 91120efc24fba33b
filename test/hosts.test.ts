// Host applications built from the packed tarballs, outside the workspace, as adopters get them: `npm pack` of each
// package, then in test/hosts/<host> an `npm ci` from the registry (lock files in the repository; the tarballs are
// `file:` dependencies, with no integrity in the lock: they are packed anew on every run), a strict type-check where the host has one, a production build, and the page in Chromium.
// Hosts: a stock Vite + Vue 3 application, a Vite + React 19 TSX application, a React 18 application using
// @comptoir/react, a plain HTML page loading the CDN files, and Preact and Solid type-checks. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, matchesGlob, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { seedBackorders } from '@comptoir/contract/fixtures';
import { chromeArgs, findChrome } from '../scripts/find-chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const hosts = join(root, 'test/hosts');
const packs = join(hosts, '.packs');
const unpacked = mkdtempSync(join(tmpdir(), 'comptoir-packed-'));
const servers: Server[] = [];
let browser: Browser;
const packed: Record<string, string[]> = {};

const run = (cwd: string, command: string, ...args: string[]) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
/** Serves a folder (and, for the plain page, the API's answers for the seed rows). Resolves with its base URL. */
function serve(folders: Record<string, string>, api = false): Promise<string> {
  const server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://host');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (api && url.pathname === '/api/backorder-processing') {
      const processing = {
        nextRunAt: '2021-12-06',
        lastRunAt: '2021-11-29',
        billingThreshold: { amount: 50, currency: 'EUR' },
        availableTotal: null,
      };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(processing));
      return;
    }
    if (api && url.pathname === '/api/backorders') {
      // The plain page's own token reaches the API through configure().
      if (request.headers.authorization !== 'Bearer host-token') {
        response.writeHead(401, { 'content-type': 'application/problem+json' });
        response.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
        return;
      }
      const statuses = (url.searchParams.get('status') ?? '').split(',').filter(Boolean);
      const items = seedBackorders.filter((line) => !statuses.length || statuses.includes(line.status));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ items, total: items.length, page: 1, pageSize: 50 }));
      return;
    }
    const prefix = Object.keys(folders).find((candidate) => url.pathname.startsWith(candidate))!;
    let file = normalize(join(folders[prefix]!, url.pathname.slice(prefix.length)));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end('not found');
    }
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );
}

/** Opens a host page and runs the same user story on it: rows, a property change, an element event. */
async function exercise(url: string) {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(url);
  const table = tab.locator('backorder-table');
  const rows = table.locator('.body [role="row"]');
  await rows.first().waitFor();
  assert.equal(await rows.count(), seedBackorders.length, 'every seed row shows');
  await tab.locator('#only-available').click();
  await tab.waitForFunction(() => document.querySelector('backorder-table')?.getAttribute('status') === 'available');
  const available = seedBackorders.filter((line) => line.status === 'available');
  await table
    .locator('.count')
    .filter({ hasText: `${available.length} élément` })
    .waitFor();
  assert.equal(await rows.count(), available.length, 'the property change filtered the rows');
  await rows.first().click();
  await tab.locator('#selected').filter({ hasText: available[0]!.title }).waitFor();
  assert.deepEqual(errors, []);
  return tab;
}

before(async () => {
  // What adopters download: `npm pack` of each package, under a stable name the hosts' lock files point at.
  mkdirSync(packs, { recursive: true });
  for (const name of ['contract', 'elements', 'react']) {
    const [info] = JSON.parse(run(join(root, 'packages', name), 'npm', 'pack', '--json', '--pack-destination', packs)) as {
      filename: string;
      files: { path: string }[];
    }[];
    renameSync(join(packs, info!.filename), join(packs, `comptoir-${name}.tgz`));
    packed[name] = info!.files.map((file) => file.path).sort();
  }
  execFileSync('tar', ['xzf', join(packs, 'comptoir-elements.tgz'), '-C', unpacked]);
  browser = await chromium.launch({ executablePath: findChrome(), args: [...chromeArgs] });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(unpacked, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships compiled files, types, the manifest, README and LICENSE; no sources or tests', () => {
    for (const [name, files] of Object.entries(packed)) {
      for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts'])
        assert.ok(files.includes(required), `@comptoir/${name} ships ${required}`);
      for (const file of files) {
        assert.ok(
          !/(^|\/)src\/|\.ts$(?<!\.d\.ts)|\.test\.|\/test\/|vite\.config|tsconfig/.test(file),
          `@comptoir/${name} does not ship ${file}`,
        );
      }
      for (const file of files.filter((path) => path.endsWith('.js') && path.startsWith('dist/')))
        assert.ok(files.includes(file.replace(/\.js$/, '.d.ts')) || file.startsWith('dist/_helpers/'), `${file} has its declarations`);
    }
    const elements = packed.elements!;
    for (const required of [
      'custom-elements.json',
      'html-custom-data.json',
      'web-types.json',
      'cdn/comptoir.js',
      'dist/backorder-table/backorder-table.js',
      'dist/backorder-table/backorder-table.d.ts.map',
      'dist/types/jsx-react.d.ts',
      'dist/types/jsx-preact.d.ts',
      'dist/types/jsx-solid.d.ts',
      'dist/types/vue.d.ts',
    ])
      assert.ok(elements.includes(required), `@comptoir/elements ships ${required}`);
    for (const tag of [
      'backorder-table',
      'availability-watchlist',
      'shipment-tracker',
      'order-timeline',
      'case-journal',
      'comptoir-config',
    ])
      assert.ok(elements.includes(`cdn/${tag}.js`), `a CDN file for <${tag}>`);
    console.log(
      Object.entries(packed)
        .map(([name, files]) => `@comptoir/${name}: ${files.length} files`)
        .join(', '),
    );
  });

  it('points every export and sideEffects entry of the packed package.json at a file it ships', () => {
    for (const [name, files] of Object.entries(packed)) {
      const manifest = JSON.parse(run(packs, 'tar', 'xzf', `comptoir-${name}.tgz`, '-O', 'package/package.json')) as {
        exports: unknown;
        sideEffects: boolean | string[];
        scripts?: unknown;
      };
      assert.equal(manifest.scripts, undefined, `@comptoir/${name} ships no workspace scripts`);
      const targets: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string') targets.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(manifest.exports);
      assert.ok(targets.length > 0);
      for (const target of targets) {
        const pattern = target.replace(/^\.\//, '').replace('*', '**');
        assert.ok(
          files.some((file) => file === pattern || matchesGlob(file, pattern)),
          `@comptoir/${name}: export target ${target} is shipped`,
        );
      }
      for (const glob of Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []) {
        const pattern = glob.replace(/^\.\//, '');
        assert.ok(
          files.some((file) => file === pattern || matchesGlob(file, pattern)),
          `@comptoir/${name}: sideEffects ${glob} matches a shipped file`,
        );
      }
    }
  });

  it('compiles decorators away and leaves Lit and zod to the application', () => {
    const code = readFileSync(join(unpacked, 'package/dist/backorder-table/backorder-table.component.js'), 'utf8');
    assert.doesNotMatch(code, /^\s*@\w+\(/m, 'no decorator syntax');
    assert.match(code, /from "lit"/);
    assert.match(code, /from "@comptoir\/contract\/backorders"/);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package/custom-elements.json'), 'utf8')) as { modules: { path: string }[] };
    for (const mod of manifest.modules) assert.match(mod.path, /^dist\/.*\.js$/, 'manifest paths are the package files');
  });
});

describe('host applications from the packed tarballs', () => {
  for (const [host, title, typecheck] of [
    ['vue', 'a stock Vite + Vue 3 application (no compiler option)', true],
    ['react19', 'a Vite + React 19 TSX application, strict tsc without skipLibCheck', true],
    ['react18', 'a React 18 application through @comptoir/react', true],
  ] as const) {
    it(title, async () => {
      const dir = join(hosts, host);
      run(dir, 'npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline');
      if (typecheck) run(dir, 'npm', 'run', 'typecheck');
      run(dir, 'npm', 'run', 'build');
      const base = await serve({ '/': join(dir, 'dist') });
      const tab = await exercise(`${base}/`);
      if (host === 'react19') {
        // React state reaches the element as a property, not as a string attribute.
        assert.equal(await tab.evaluate(() => Array.isArray(document.querySelector('backorder-table')!.items)), true);
      }
      await tab.close();
    });
  }

  it('Preact and Solid applications type-check their JSX with the generated typings (and wrong uses fail)', () => {
    const dir = join(hosts, 'typings');
    run(dir, 'npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline');
    run(dir, 'npm', 'run', 'typecheck');
  });

  it('a plain HTML page loading the CDN file, and two element files sharing one Lit', async () => {
    const base = await serve({ '/cdn/': join(unpacked, 'package/cdn'), '/': join(hosts, 'html') }, true);
    const tab = await exercise(`${base}/`);
    await tab.close();
    // Two per-element files on one page: one copy of Lit and of the runtime.
    const two = await browser.newPage();
    await two.goto(`${base}/cdn/`); // any page of the origin
    const versions = await two.evaluate(async () => {
      await import('/cdn/backorder-table.js' as string);
      await import('/cdn/shipment-tracker.js' as string);
      const page = globalThis as unknown as { litHtmlVersions?: string[]; litElementVersions?: string[] };
      return { lit: page.litHtmlVersions ?? [], element: page.litElementVersions ?? [], defined: !!customElements.get('shipment-tracker') };
    });
    assert.equal(versions.lit.length, 1, `one lit-html (${versions.lit.join(', ')})`);
    assert.equal(versions.element.length, 1, 'one LitElement');
    assert.equal(versions.defined, true);
    await two.close();
  });
});
