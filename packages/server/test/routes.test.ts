// The contract is the single source of the API: the server mounts exactly the contract's route table.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { routes } from '@comptoir/contract';
import { createApp } from '../src/app.js';
import { startServer, problemOf, type TestServer } from './harness.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const contractPath = (path: string) => `/api${path.replace(/\{(\w+)\}/g, ':$1')}`;
/** Served beside the contract, without a token: the document itself and its docs page. */
const documentation = new Set(['GET /api/openapi.json', 'GET /api/docs', 'GET /api/docs/:asset']);

describe('the route table', () => {
  it('is what the server mounts: no route on one side only', () => {
    const app = createApp({ sql: server.sql, dataDir: server.dataDir });
    const mounted = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
        .map((route) => `${route.method} ${route.path}`)
        .filter((route) => !documentation.has(route)),
    );
    const contract = new Set(routes.map((route) => `${route.method.toUpperCase()} ${contractPath(route.path)}`));
    assert.deepEqual(
      [...mounted].filter((route) => !contract.has(route)),
      [],
      'on the server only',
    );
    assert.deepEqual(
      [...contract].filter((route) => !mounted.has(route)),
      [],
      'in the contract only',
    );
    assert.equal(mounted.size, routes.length);
  });

  for (const route of routes) {
    it(`${route.method.toUpperCase()} ${route.path} reaches its handler over HTTP`, async () => {
      const path = route.path.replace(/\{(\w+)\}/g, 'no-such-$1');
      const response = await server.api(`/api${path}`, {
        method: route.method.toUpperCase(),
        ...('body' in route ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {}),
      });
      // Whatever the handler says about a made-up id or an empty body, it is not the router's "no route".
      if (response.status === 404) assert.doesNotMatch((await problemOf(response)).detail ?? '', /^No route/);
      else assert.ok(response.status < 500, `${response.status}`);
    });
  }
});
