import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, problemOf, QUAIS, type TestServer } from './harness.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function form(text: string | null, files: [string, Uint8Array<ArrayBuffer>, string?][]) {
  const body = new FormData();
  if (text !== null) body.set('text', text);
  for (const [name, bytes, type] of files) body.append('files', new File([bytes], name, { type: type ?? 'application/octet-stream' }));
  return body;
}

async function aCaseOf(token: string) {
  const page = await (await server.api('/api/cases?pageSize=1', { token })).json();
  return page.items[0].id as string;
}

describe('account isolation', () => {
  it("answers 404 to account A for every id of account B, without any of B's data", async () => {
    const quaisCase = await aCaseOf(QUAIS);
    const quaisLine = (await (await server.api('/api/backorders?pageSize=1', { token: QUAIS })).json()).items[0];
    const quaisShipment = (await (await server.api('/api/shipments?pageSize=1', { token: QUAIS })).json()).items[0];
    const quaisWatch = (await (await server.api('/api/watchlist?pageSize=1', { token: QUAIS })).json()).items[0];
    const quaisOrder = (await (await server.api('/api/orders?pageSize=1', { token: QUAIS })).json()).items[0];
    const secrets = [quaisLine.title, quaisLine.yourReference, quaisShipment.orderNumber, quaisOrder.ourRef, 'librairie-des-quais'];
    const attempts: [string, RequestInit?][] = [
      [`/api/backorders/${quaisLine.id}`],
      [`/api/backorders/${quaisLine.id}`, { method: 'DELETE' }],
      [`/api/shipments/${quaisShipment.id}`],
      [`/api/orders/${quaisOrder.ourRef}`],
      [`/api/orders/${quaisOrder.ourRef}/documents/offer`],
      [`/api/cases/${quaisCase}`],
      [`/api/cases/${quaisCase}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cc: [] }) }],
      [`/api/cases/${quaisCase}/messages`, { method: 'POST', body: form('hello', []) }],
      [`/api/cases/${quaisCase}/attachments/whatever`],
      [
        `/api/watchlist/${quaisWatch.ean13}`,
        { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ yourReference: 'x' }) },
      ],
    ];
    for (const [path, init] of attempts) {
      const response = await server.api(path, init);
      const text = await response.text();
      assert.equal(response.status, 404, `${init?.method ?? 'GET'} ${path}: ${text}`);
      for (const secret of secrets) {
        assert.ok(!text.includes(secret), `${path} leaks ${secret}`);
        assert.ok(![...response.headers.values()].some((v) => v.includes(secret)), `${path} header leaks ${secret}`);
      }
    }
    // B's row is still there for B.
    assert.equal((await server.api(`/api/backorders/${quaisLine.id}`, { token: QUAIS })).status, 200);
    // In the query: searching A's list for B's reference finds nothing.
    const search = await (await server.api(`/api/backorders?q=${encodeURIComponent(quaisLine.yourReference)}`)).json();
    assert.equal(search.total, 0);
    // In the body: following titles stays in A's account.
    const before = (await (await server.api('/api/watchlist', { token: QUAIS })).json()).total;
    await server.api('/api/watchlist', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ ean13: quaisWatch.ean13 }] }),
    });
    assert.equal((await (await server.api('/api/watchlist', { token: QUAIS })).json()).total, before);
  });

  it("never serves B's attachment to A", async () => {
    const quaisCase = await aCaseOf(QUAIS);
    const sent = await server.api(`/api/cases/${quaisCase}/messages`, {
      method: 'POST',
      token: QUAIS,
      body: form('see file', [['bon.pdf', pdf]]),
    });
    assert.equal(sent.status, 201, await sent.clone().text());
    const attachment = (await sent.json()).attachments[0];
    const own = await server.api(`/api/cases/${quaisCase}/attachments/${attachment.id}`, { token: QUAIS });
    assert.equal(own.status, 200);
    assert.match(own.headers.get('Content-Disposition')!, /^attachment; filename="bon.pdf"/);
    assert.equal(own.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(own.headers.get('Content-Type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await own.arrayBuffer()), pdf);
    const stolen = await server.api(`/api/cases/${quaisCase}/attachments/${attachment.id}`);
    assert.equal(stolen.status, 404);
    const sideways = await server.api(`/api/cases/${await aCaseOf('demo-token-centre')}/attachments/${attachment.id}`);
    assert.equal(sideways.status, 404);
  });
});

describe('CORS', () => {
  const allowed = 'https://portal.librairie-du-centre.fr';
  it('allows the configured origin, with credentials', async () => {
    const response = await server.api('/api/backorders?pageSize=1', { headers: { Origin: allowed } });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), allowed);
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), 'true');
    const preflight = await server.api('/api/backorders', {
      method: 'OPTIONS',
      token: null,
      headers: { Origin: allowed, 'Access-Control-Request-Method': 'DELETE', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), allowed);
  });

  for (const origin of [
    'https://evil.example',
    'null',
    'https://portal.librairie-du-centre.fr.evil.example',
    'http://portal.librairie-du-centre.fr',
    'https://evil-portal.librairie-du-centre.fr',
  ]) {
    it(`gives nothing to ${origin}`, async () => {
      const response = await server.api('/api/backorders?pageSize=1', { headers: { Origin: origin } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
      const preflight = await server.api('/api/backorders', {
        method: 'OPTIONS',
        token: null,
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), null);
    });
  }
});

describe('uploads', () => {
  let caseId: string;
  before(async () => {
    caseId = await aCaseOf('demo-token-centre');
  });
  const post = (body: FormData | string, headers: Record<string, string> = {}) =>
    server.api(`/api/cases/${caseId}/messages`, { method: 'POST', body, headers });

  it('accepts a message with up to 3 real files, typed by content', async () => {
    const response = await post(
      form('Voici les pièces.', [
        ['bon.pdf', pdf],
        ['photo.png', png],
        ['notes.txt', new TextEncoder().encode('colis 2 ouvert')],
      ]),
    );
    assert.equal(response.status, 201, await response.clone().text());
    const message = await response.json();
    assert.deepEqual(
      message.attachments.map((a: { type: string }) => a.type),
      ['application/pdf', 'image/png', 'text/plain; charset=utf-8'],
    );
    assert.equal(server.storedFiles().length >= 3, true);
    for (const name of server.storedFiles()) assert.match(name, /^[0-9a-f-]{36}$/);
  });

  const big = new Uint8Array(5 * 1024 * 1024 + 1);
  big.set(pdf);
  // Each refusal with its stable code and params (what the elements translate).
  const attacks: [string, string, () => FormData | string, Record<string, string>?][] = [
    [
      '4 files',
      'too-many-attachments { max: 3 }',
      () =>
        form('x', [
          ['a.pdf', pdf],
          ['b.pdf', pdf],
          ['c.pdf', pdf],
          ['d.pdf', pdf],
        ]),
    ],
    ['size cap + 1 byte', `attachment-too-large { name: big.pdf, max: ${5 * 1024 * 1024} }`, () => form('x', [['big.pdf', big]])],
    ['0 bytes', 'attachment-empty { name: empty.pdf }', () => form('x', [['empty.pdf', new Uint8Array()]])],
    ['x.pdf.exe', 'attachment-type { name: x.pdf.exe, accepted: pdf, png, jpg, jpeg, txt, csv }', () => form('x', [['x.pdf.exe', pdf]])],
    ['../../x', 'attachment-name { name: ../../x.pdf }', () => form('x', [['../../x.pdf', pdf]])],
    ['a 300-character name', `attachment-name { name: ${'a'.repeat(80)} }`, () => form('x', [['a'.repeat(296) + '.pdf', pdf]])],
    ['a PNG named .pdf', 'attachment-content { name: scan.pdf, extension: pdf }', () => form('x', [['scan.pdf', png]])],
    [
      'SVG with script',
      'attachment-type { name: logo.svg, accepted: pdf, png, jpg, jpeg, txt, csv }',
      () => form('x', [['logo.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')]]),
    ],
    [
      'SVG named .txt',
      'attachment-content { name: logo.txt, extension: txt }',
      () => form('x', [['logo.txt', new TextEncoder().encode('<svg onload="alert(1)"/>')]]),
    ],
    ['no text', 'invalid-request', () => form(null, [['a.pdf', pdf]])],
    [
      'malformed multipart',
      'invalid-request',
      () =>
        '--xyz\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello\r\n--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-',
      { 'Content-Type': 'multipart/form-data; boundary=xyz' },
    ],
    ['not multipart', 'unsupported-media-type', () => JSON.stringify({ text: 'x' }), { 'Content-Type': 'application/json' }],
  ];
  for (const [name, code, body, headers] of attacks) {
    it(`refuses ${name} with a 4xx problem, stores nothing, stays up`, async () => {
      const filesBefore = server.storedFiles().length;
      const messagesBefore = Number(await server.sql.value('SELECT count(*) FROM case_messages'));
      const response = await post(body(), headers);
      assert.ok(response.status >= 400 && response.status < 500, `${name}: ${response.status}`);
      const problem = await problemOf(response);
      assert.equal(problem.contentType, 'application/problem+json');
      assert.ok(problem.detail, name);
      const params = Object.entries(problem.params ?? {}).map(([key, value]) => `${key}: ${value}`);
      assert.equal(params.length ? `${problem.code} { ${params.join(', ')} }` : problem.code, code, name);
      assert.equal(server.storedFiles().length, filesBefore, name);
      assert.equal(Number(await server.sql.value('SELECT count(*) FROM case_messages')), messagesBefore, name);
      assert.equal((await server.api('/api/backorders?pageSize=1')).status, 200);
    });
  }
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-account budget, per account', async () => {
    const limited = await startServer({ rateLimit: 5 });
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.api('/api/backorders?pageSize=1')).status);
      assert.deepEqual(statuses.slice(0, 5), [200, 200, 200, 200, 200]);
      const refused = await limited.api('/api/backorders?pageSize=1');
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('Retry-After')) >= 1);
      const problem = await problemOf(refused);
      assert.equal(problem.code, 'rate-limited');
      assert.equal(problem.params?.retryAfter, Number(refused.headers.get('Retry-After')));
      assert.equal(problem.status, 429);
      assert.equal((await limited.api('/api/backorders?pageSize=1', { token: QUAIS })).status, 200);
    } finally {
      await limited.close();
    }
  });
});
