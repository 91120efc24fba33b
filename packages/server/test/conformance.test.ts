// The conformance suite (`comptoir-conformance`, @comptoir/contract) against the reference server: it passes; and
// against deliberately broken implementations (a proxy in front of the reference server): it fails, naming the check.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runConformance } from '@comptoir/contract/conformance';
import { startServer, CENTRE, QUAIS, type TestServer } from './harness.js';

const origin = 'https://portal.librairie-du-centre.fr';
let server: TestServer;
before(async () => {
  server = await startServer({ corsOrigins: [origin] });
});
after(() => server.close());

/** The request as a faulty implementation reads it: without one of its parameters. */
const without = (name: string) => (url: URL) => {
  const copy = new URL(url);
  copy.searchParams.delete(name);
  return copy;
};

/** A proxy that rewrites the JSON list pages of the reference server, as a faulty implementation would answer. */
async function brokenProxy(
  rewrite: (page: Record<string, unknown>, url: URL) => Record<string, unknown>,
  mapUrl: (url: URL) => URL = (url) => url,
): Promise<Server & { url: string }> {
  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    const asked = new URL(request.url!, server.url);
    const url = mapUrl(asked);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstream = await fetch(url, {
      method: request.method,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    let body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('Content-Type') ?? '';
    if (type.startsWith('application/json')) {
      const json = JSON.parse(body.toString()) as Record<string, unknown>;
      if (Array.isArray(json.items)) body = Buffer.from(JSON.stringify(rewrite(json, asked)));
    }
    const headers: Record<string, string> = { 'Content-Type': type };
    for (const name of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Headers', 'WWW-Authenticate'])
      if (upstream.headers.get(name)) headers[name] = upstream.headers.get(name)!;
    response.writeHead(upstream.status, headers);
    response.end(body);
  };
  const proxy = createServer((request, response) => {
    forward(request, response).catch((error: unknown) => {
      response.writeHead(502);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return Object.assign(proxy, { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
}

describe('comptoir-conformance', () => {
  it('passes on the reference server, writes and isolation included', async () => {
    const results = await runConformance({ baseUrl: `${server.url}/api`, token: CENTRE, otherToken: QUAIS, origin, writes: true });
    const failed = results.filter((result) => !result.ok);
    assert.deepEqual(failed, [], failed.map((result) => `${result.name}: ${result.detail}`).join('\n'));
    assert.ok(results.length > 30, `${results.length} checks`);
  });

  const faults: [string, (page: Record<string, unknown>, url: URL) => Record<string, unknown>, RegExp, ((url: URL) => URL)?][] = [
    ['drops total', ({ total: _total, ...page }) => page, /answers the contract's page/],
    ['reverses the order of a sorted page', (page) => ({ ...page, items: [...(page.items as unknown[])].reverse() }), /sort=/],
    // The page asked for is dropped on the way: every page is the first one, numbered as asked.
    ['ignores page', (page, url) => ({ ...page, page: Number(url.searchParams.get('page') ?? 1) }), /paging/, without('page')],
    ['ignores the status filter', (page) => page, /status= keeps only matching items/, without('status')],
  ];
  for (const [fault, rewrite, failing, mapUrl] of faults) {
    it(`fails on an implementation that ${fault}, naming the check`, async () => {
      const proxy = await brokenProxy(rewrite, mapUrl);
      try {
        const results = await runConformance({ baseUrl: `${proxy.url}/api`, token: CENTRE, otherToken: QUAIS });
        const failed = results.filter((result) => !result.ok);
        assert.ok(
          failed.some((result) => failing.test(result.name)),
          `expected a failed check matching ${failing}; failed: ${failed.map((result) => result.name).join(' | ') || 'none'}`,
        );
        assert.ok(
          failed.every((result) => result.detail && /GET|POST|DELETE|OPTIONS/.test(result.detail)),
          'each failure names its request',
        );
      } finally {
        proxy.close();
      }
    });
  }

  it('the command exits 0 on the reference server and 1 on a broken one, with a readable report', async () => {
    // Asynchronously: the servers it calls run in this process.
    const cli = (baseUrl: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [
            '--conditions=comptoir-source',
            '--import',
            'tsx',
            'packages/contract/src/conformance/cli.ts',
            '--base-url',
            baseUrl,
            '--token',
            CENTRE,
            '--other-token',
            QUAIS,
          ],
          (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    const good = await cli(`${server.url}/api`);
    assert.equal(good.status, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /✔ \/backorders: paging/);
    assert.match(good.stdout, / passed, 0 failed/);
    const proxy = await brokenProxy(({ total: _total, ...page }) => page);
    try {
      const bad = await cli(`${proxy.url}/api`);
      assert.equal(bad.status, 1, bad.stdout);
      assert.match(bad.stdout, /✘ \/backorders: answers the contract's page\n\s+GET http/);
    } finally {
      proxy.close();
    }
    const usage = await cli('');
    assert.equal(usage.status, 2);
  });
});
