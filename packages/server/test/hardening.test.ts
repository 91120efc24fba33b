// The server's answers to an attacker's or a careless integrator's requests (issue 10), over real HTTP.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { MAX_JSON_BODY_BYTES, shipmentNatures } from '@comptoir/contract';
import { startServer, problemOf, CENTRE, type TestServer } from './harness.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

describe('unknown API paths', () => {
  for (const [method, path] of [
    ['GET', '/api/nothing-here'],
    ['GET', '/api/backorders/'],
    ['GET', '/api/cases/123/messages'],
    ['DELETE', '/api/shipments'],
  ] as const) {
    it(`${method} ${path} answers a 404 problem, never a page`, async () => {
      const response = await server.api(path, { method });
      assert.equal(response.status, 404);
      const problem = await problemOf(response);
      assert.equal(problem.contentType, 'application/problem+json');
      assert.equal(problem.status, 404);
    });
  }
});

describe('body size', () => {
  // Its own server: a refused body leaves the client's pooled connection closed, which later tests would meet.
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it(`refuses a JSON body over ${MAX_JSON_BODY_BYTES} bytes with 413, and creates nothing`, async () => {
    const before = (await (await server.api('/api/cases?pageSize=1')).json()).total;
    const body = JSON.stringify({
      primaryEmail: 'a@librairie-du-centre.fr',
      shortDescription: 'Big',
      text: 'x',
      padding: 'y'.repeat(MAX_JSON_BODY_BYTES),
    });
    const response = await server.api('/api/cases', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(response.status, 413);
    assert.equal((await problemOf(response)).status, 413);
    assert.equal((await (await server.api('/api/cases?pageSize=1')).json()).total, before);
  });

  it('stops a streamed body (no Content-Length) once it passes the limit, without reading it whole', async () => {
    const url = new URL('/api/watchlist', server.url);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const endless = 256 * MAX_JSON_BODY_BYTES; // what the client would send if nobody stopped it
    const outcome = await new Promise<{ status?: number; sent: number }>((resolve) => {
      let sent = 0;
      const request = httpRequest(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${CENTRE}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode, sent });
        request.destroy();
      });
      request.on('error', () => resolve({ sent }));
      const pump = () => {
        while (sent < endless) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      pump();
    });
    assert.equal(outcome.status, 413);
    assert.ok(outcome.sent < endless / 4, `the server answered after ${outcome.sent} bytes`);
  });
});

describe('case ids', () => {
  it('400 concurrent creations give 400 × 201 with 400 distinct ids', async () => {
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        server.api('/api/cases', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ primaryEmail: 'a@librairie-du-centre.fr', shortDescription: `Cas ${i}`, text: 'Bonjour' }),
        }),
      ),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      responses.map(() => 201),
    );
    const ids = await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id));
    assert.equal(new Set(ids).size, 400);
  });
});

describe('filters', () => {
  it('refuses an unknown nature, naming the allowed values', async () => {
    const response = await server.api('/api/shipments?nature=bogus');
    assert.equal(response.status, 400);
    const problem = await problemOf(response);
    const error = problem.errors?.find((item) => item.path === 'query.nature');
    assert.ok(error, JSON.stringify(problem));
    for (const nature of shipmentNatures) assert.match(error.message, new RegExp(nature));
    assert.equal((await server.api('/api/shipments?nature=restock')).status, 200);
  });

  for (const path of ['/api/orders?status=open', '/api/catalog/unavailable?status=available']) {
    it(`refuses status= on a list without statuses (${path.split('?')[0]})`, async () => {
      const response = await server.api(path);
      assert.equal(response.status, 400);
      assert.equal((await problemOf(response)).errors?.[0]?.path, 'query.status');
    });
  }
});

describe('authentication', () => {
  for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
    it(`accepts the "${scheme}" scheme (RFC 9110: case-insensitive)`, async () => {
      const response = await server.api('/api/backorders?pageSize=1', { token: null, headers: { Authorization: `${scheme} ${CENTRE}` } });
      assert.equal(response.status, 200);
    });
  }

  it('throttles failed authentications per client address, with Retry-After', async () => {
    const throttled = await startServer({ authFailuresPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await throttled.api('/api/backorders', { token: `wrong-token-${i}` })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
      const refused = await throttled.api('/api/backorders', { token: 'wrong-token-again' });
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('Retry-After')) >= 1);
      // Requests that do authenticate do not use up the allowance of failures.
      const fresh = await startServer({ authFailuresPerMinute: 5 });
      try {
        for (let i = 0; i < 20; i++) assert.equal((await fresh.api('/api/backorders?pageSize=1')).status, 200);
        assert.equal((await fresh.api('/api/backorders', { token: 'wrong-token' })).status, 401);
      } finally {
        await fresh.close();
      }
    } finally {
      await throttled.close();
    }
  });
});
