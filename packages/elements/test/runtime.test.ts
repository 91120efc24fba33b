import { expect, fixture, html } from '@open-wc/testing';
import { ApiError } from '../src/runtime/errors.js';
import { DEFAULT_TIMEOUT, clearCache, parseRetryAfter, request } from '../src/runtime/api-client.js';
import { configure } from '../src/runtime/config.js';
import { registerLoaders, registerTranslation, type Localizer, type Translation } from '../src/runtime/localize.js';
import { reasonOf } from '../src/runtime/problem.js';
import { ComptoirElement } from '../src/runtime/base-element.js';
import { asDay, asMoment, guardFormula, toCsv, type ExportColumn } from '../src/runtime/export.js';
import { toXlsx } from '../src/runtime/xlsx.js';
import { strFromU8, unzipSync } from 'fflate';
import { safeUrl } from '../src/runtime/url-guard.js';
import { formatDay, formatMoney } from '../src/runtime/format.js';
import '../src/config/comptoir-config.js';
import { ItemPage, TestList, delay, json, never, page, problem, shadowText, stateOf, stubFetch, until } from './helpers.js';

async function list(fetchStub: typeof fetch, attrs: { endpoint?: string; lang?: string } = {}, setup?: (el: TestList) => void) {
  const el = document.createElement('test-list');
  if (attrs.endpoint !== undefined) el.endpoint = attrs.endpoint;
  el.lang = attrs.lang ?? 'en';
  el.fetch = fetchStub;
  setup?.(el);
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.querySelectorAll('test-list, comptoir-config').forEach((el) => el.remove());
  clearCache();
});

describe('runtime: states', () => {
  it('renders loading, then data with the count, and is accessible in both', async () => {
    let answer!: (response: Response) => void;
    const el = await list(
      stubFetch(() => new Promise((resolve) => (answer = resolve))),
      { endpoint: '/api/items' },
    );
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    expect(el.hasAttribute('loading')).to.equal(true);
    await expect(el).to.be.accessible();
    answer(json(page('Dune', 'Frigiel')));
    await until(() => stateOf(el) === 'data');
    await el.updateComplete;
    expect(el.hasAttribute('loading')).to.equal(false);
    expect(shadowText(el)).to.contain('Dune').and.contain('2 lines');
    await expect(el).to.be.accessible();
  });

  /** name, answer, error kind, message, whether Retry is offered (only where asking again may help) */
  const cases: [string, () => Response | Promise<Response>, string, RegExp, boolean?][] = [
    ['network', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /cannot be reached/],
    ['HTTP 500 with problem+json', () => problem(500, 'Database down'), 'http', /server had a problem/],
    ['HTTP 401', () => problem(401, 'Unauthorized'), 'http', /not signed in/, false],
    ['HTTP 403', () => problem(403, 'Forbidden'), 'http', /not allowed/, false],
    ['HTTP 404', () => new Response('<h1>Not found</h1>', { status: 404 }), 'http', /Nothing was found/, false],
    [
      'an HTML page instead of JSON',
      () => new Response('<!doctype html><p>Login</p>', { status: 200 }),
      'invalid-response',
      /not in the expected form/,
    ],
    ['truncated JSON', () => new Response('{"items": [{"id": "1", "na', { status: 200 }), 'invalid-response', /not in the expected form/],
    // The page's own fetch throws (a bug, a refused session): named as such, not as an unreachable server.
    [
      'a host fetch that throws',
      () => Promise.reject(new Error('session store unavailable')),
      'config',
      /check “fetch”[\s\S]*session store unavailable/,
      false,
    ],
  ];
  for (const [name, respond, kind, message, retry = true] of cases) {
    it(`renders ${name} as a ${kind} error${retry ? ' with Retry' : ', without Retry'}, accessibly`, async () => {
      const errors: CustomEvent[] = [];
      const el = await list(stubFetch(respond), { endpoint: '/api/items' });
      el.addEventListener('comptoir-error', (event) => errors.push(event));
      await until(() => stateOf(el) === 'error', 3000, name);
      const state = el.shadowRoot!.querySelector('[data-state="error"]')!;
      expect(state.getAttribute('data-kind')).to.equal(kind);
      expect(state.getAttribute('role')).to.equal('alert');
      expect(shadowText(el)).to.match(message);
      expect(Boolean(el.shadowRoot!.querySelector('button[part~="retry"]')), 'Retry offered').to.equal(retry);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal(kind);
      await expect(el).to.be.accessible();
    });
  }

  it('names the first failing paths of a body of the wrong shape', async () => {
    const el = await list(
      stubFetch(() => json({ items: [{ id: 1, name: 'x' }], total: '1', page: 1, pageSize: 50 })),
      { endpoint: '/api/items' },
    );
    await until(() => stateOf(el) === 'error');
    const detail = el.shadowRoot!.querySelector('details')!.textContent!;
    expect(detail).to.contain('items.0.id').and.contain('expected string');
    expect(detail).to.contain('total');
  });

  it('times out a request that never answers', async () => {
    const el = await list(stubFetch(never), { endpoint: '/api/items' }, (element) => (element.timeout = 100));
    await until(() => stateOf(el) === 'error');
    expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal('timeout');
    expect(shadowText(el)).to.contain('took too long');
  });

  it('names the attribute when the endpoint is unusable, without fetching', async () => {
    const stub = stubFetch(() => json(page()));
    const el = await list(stub, { endpoint: 'javascript:alert(1)' });
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('misconfigured: check “endpoint”');
    expect(el.shadowRoot!.querySelector('button[part~="retry"]')).to.not.exist;
    expect(stub.calls).to.have.length(0);
  });

  it('names base-url when neither endpoint nor a usable base-url is given', async () => {
    const stub = stubFetch(() => json(page()));
    const el = await list(stub, {});
    await until(() => stateOf(el) === 'error');
    expect(shadowText(el)).to.contain('“endpoint”');
    const provider = await fixture<HTMLElement>(
      html`<comptoir-config base-url="http://[bad"><test-list lang="en"></test-list></comptoir-config>`,
    );
    const inner = provider.querySelector('test-list')!;
    await until(() => stateOf(inner) === 'error');
    expect(shadowText(inner)).to.contain('“base-url”');
  });

  it('Retry asks again and shows the data', async () => {
    let fail = true;
    const stub = stubFetch(() => (fail ? problem(503, 'Busy') : json(page('Dune'))));
    const el = await list(stub, { endpoint: '/api/items' });
    await until(() => stateOf(el) === 'error');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await until(() => stateOf(el) === 'data');
    expect(shadowText(el)).to.contain('Dune');
  });

  it('keeps the last data visible, marked as refreshing, while a reload runs', async () => {
    let answer: ((r: Response) => void) | undefined;
    const stub = stubFetch(() => (answer ? new Promise((resolve) => (answer = resolve)) : json(page('Dune'))));
    const el = await list(stub, { endpoint: '/api/items' });
    await until(() => stateOf(el) === 'data');
    answer = () => undefined;
    void el.resource.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')!.classList.contains('refreshing')).to.equal(true);
    expect(shadowText(el)).to.contain('Dune');
    expect(el.hasAttribute('loading')).to.equal(true);
    answer(json(page('Dune', 'Frigiel')));
    await until(() => shadowText(el).includes('Frigiel'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')!.classList.contains('refreshing')).to.equal(false);
  });
});

describe('runtime: requests', () => {
  it('bounds the whole request, retries included: a server that never answers ends in a timeout once', async () => {
    // With the defaults, a reader waits at most 20 s for the error state and its Retry.
    expect(DEFAULT_TIMEOUT).to.be.at.most(20_000);
    const stub = stubFetch(never);
    const error = await request({ url: '/api/silent', schema: ItemPage, config: { fetch: stub, retries: 2, timeout: 300 } }).then(
      () => expect.fail('should fail'),
      (failure: ApiError) => failure,
    );
    expect(error.kind).to.equal('timeout');
    // No retry is started that could not finish in the time left, and the attempt was aborted at the deadline.
    expect(stub.calls).to.have.length(1);
    expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('sends changes with keepalive, so that a reload right after them loses nothing', async () => {
    const stub = stubFetch(() => new Response(null, { status: 204 }));
    await request({ method: 'DELETE', url: '/api/items/1', config: { fetch: stub } });
    await request({ method: 'POST', url: '/api/items', body: { a: 1 }, config: { fetch: stub } });
    await request({ url: '/api/items', config: { fetch: stub } });
    expect(stub.calls.map((call) => [call.init.method, call.init.keepalive])).to.deep.equal([
      ['DELETE', true],
      ['POST', true],
      ['GET', false],
    ]);
  });

  it('retries a failing GET with backoff, and stops at the bound', async () => {
    const stub = stubFetch(() => problem(503, 'Busy'));
    const started = performance.now();
    await request({ url: '/api/retry', schema: ItemPage, config: { fetch: stub, retries: 2 } }).then(
      () => expect.fail('should fail'),
      (error: ApiError) => {
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(503);
      },
    );
    expect(stub.calls).to.have.length(3);
    expect(performance.now() - started).to.be.greaterThan(300); // 150 ms + 300 ms at least, with jitter
  });

  it('succeeds when a retry succeeds', async () => {
    let count = 0;
    const stub = stubFetch(() => (++count < 3 ? Promise.reject(new TypeError('reset')) : json(page('Dune'))));
    const value = await request({ url: '/api/retry-ok', schema: ItemPage, config: { fetch: stub, retries: 2 } });
    expect(value.items[0]!.name).to.equal('Dune');
    expect(stub.calls).to.have.length(3);
  });

  it('never retries writes, nor client errors', async () => {
    const stub = stubFetch(() => problem(503, 'Busy'));
    await request({ method: 'POST', url: '/api/write', body: { a: 1 }, config: { fetch: stub, retries: 3 } }).catch(() => undefined);
    expect(stub.calls).to.have.length(1);
    const notFound = stubFetch(() => problem(404, 'Gone'));
    await request({ url: '/api/nf', schema: ItemPage, config: { fetch: notFound, retries: 3 } }).catch(() => undefined);
    expect(notFound.calls).to.have.length(1);
  });

  it('honours Retry-After, and gives up at once when it asks for too long', async () => {
    let count = 0;
    const stub = stubFetch(() => (++count === 1 ? problem(429, 'Slow down', {}, { 'Retry-After': '1' }) : json(page('ok'))));
    const started = performance.now();
    await request({ url: '/api/ra', schema: ItemPage, config: { fetch: stub, retries: 1 } });
    expect(performance.now() - started).to.be.greaterThan(950);
    const long = stubFetch(() => problem(429, 'Slow down', {}, { 'Retry-After': '120' }));
    const error = await request({ url: '/api/ra2', schema: ItemPage, config: { fetch: long, retries: 3 } }).catch((e: ApiError) => e);
    expect(long.calls).to.have.length(1);
    expect((error as ApiError).retryAfter).to.equal(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).to.equal(0);
    expect(parseRetryAfter('nonsense')).to.equal(undefined);
  });

  it('shares identical GETs in flight, and revalidates with the ETag', async () => {
    const original = window.fetch;
    const seen: Headers[] = [];
    window.fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      seen.push(headers);
      await delay(20);
      if (headers.get('If-None-Match') === '"v1"') return new Response(null, { status: 304 });
      return json(page('Dune'), { headers: { ETag: '"v1"' } });
    }) as typeof fetch;
    try {
      const [a, b] = await Promise.all([
        request({ url: '/api/shared', schema: ItemPage }),
        request({ url: '/api/shared', schema: ItemPage }),
      ]);
      expect(seen).to.have.length(1);
      expect(a).to.deep.equal(b);
      const again = await request({ url: '/api/shared', schema: ItemPage });
      expect(seen).to.have.length(2);
      expect(seen[1]!.get('If-None-Match')).to.equal('"v1"');
      expect(again.items[0]!.name).to.equal('Dune');
    } finally {
      window.fetch = original;
    }
  });

  it('runs the transform hook before validation', async () => {
    const stub = stubFetch(() => json({ rows: [{ ref: 'A', label: 'Adapted' }] }));
    const value = await request({
      url: '/api/foreign',
      schema: ItemPage,
      config: {
        fetch: stub,
        transform: (body) => {
          const rows = (body as { rows: { ref: string; label: string }[] }).rows;
          return { items: rows.map((r) => ({ id: r.ref, name: r.label })), total: rows.length, page: 1, pageSize: 50 };
        },
      },
    });
    expect(value.items[0]).to.deep.equal({ id: 'A', name: 'Adapted' });
  });
});

describe('runtime: lifecycle', () => {
  it('never renders a stale answer: A → B → C with A answering last shows C', async () => {
    const delays: Record<string, number> = { '/api/a': 300, '/api/b': 150, '/api/c': 10 };
    const stub = stubFetch(async (url) => {
      await delay(delays[url.pathname]!);
      return json(page(url.pathname.slice(-1).toUpperCase()));
    });
    const el = await list(stub, { endpoint: '/api/a' });
    await el.updateComplete;
    el.endpoint = '/api/b';
    await el.updateComplete;
    el.endpoint = '/api/c';
    await el.updateComplete;
    await delay(450);
    expect(shadowText(el)).to.contain('C').and.not.contain('A 1');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('C');
    expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
    expect(stub.calls[1]!.init.signal!.aborted).to.equal(true);
  });

  it('aborts its request when removed, and reloads when put back', async () => {
    const stub = stubFetch(never);
    const el = await list(stub, { endpoint: '/api/items' });
    await until(() => stub.calls.length === 1);
    el.remove();
    expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
    el.fetch = stubFetch(() => json(page('back')));
    document.body.append(el);
    await until(() => stateOf(el) === 'data');
    expect(shadowText(el)).to.contain('back');
  });

  it('emits comptoir-load with the count, bubbling and composed', async () => {
    const events: CustomEvent[] = [];
    document.addEventListener('comptoir-load', (e) => events.push(e), { once: true });
    await list(
      stubFetch(() => json(page('a', 'b', 'c'))),
      { endpoint: '/api/items' },
    );
    await until(() => events.length === 1);
    expect(events[0]!.detail).to.deep.equal({ count: 3 });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('tolerates a second define and warns when another version holds the tag', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => TestList.define('test-list')).to.not.throw();
      class OtherCopy extends ComptoirElement {
        static override readonly version = '9.9.9';
      }
      expect(() => OtherCopy.define('test-list')).to.not.throw();
      expect(customElements.get('test-list')).to.equal(TestList);
      expect(warnings.join()).to.contain('already registered by Comptoir 0.1.0');
    } finally {
      console.warn = warn;
    }
  });
});

describe('runtime: language', () => {
  it('switches language from the element, the provider and <html lang>', async () => {
    const stub = stubFetch(() => json(page('a', 'b')));
    const provider = await fixture<HTMLElement>(
      html`<comptoir-config lang="fr"><test-list endpoint="/api/items"></test-list></comptoir-config>`,
    );
    const el = provider.querySelector('test-list')!;
    el.fetch = stub;
    await until(() => stateOf(el) === 'data');
    // The French terms load on demand: the element is hidden until they are there, and updateComplete waits for them.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 éléments');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 lines');
    el.lang = '';
    provider.removeAttribute('lang');
    document.documentElement.lang = 'fr';
    await until(() => el.shadowRoot!.querySelector('.count')!.textContent === '2 éléments');
    document.documentElement.lang = 'en';
  });

  it('configure() sets the page default, and the element wins', async () => {
    configure({ lang: 'fr' });
    try {
      const el = await list(
        stubFetch(() => json(page('a'))),
        { endpoint: '/api/items', lang: '' },
      );
      await until(() => stateOf(el) === 'data');
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 élément');
      el.lang = 'en';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 line');
    } finally {
      configure({ lang: undefined });
    }
  });

  it('configure() after the element started loading repeats its request with the new settings', async () => {
    // A page whose own script hands the token over a moment after the element's file ran (a CMS page's second script).
    const stub = stubFetch((_url, init) =>
      new Headers(init.headers).get('authorization') === 'Bearer late' ? json(page('a', 'b')) : problem(401, 'Unauthorized'),
    );
    const el = await list(stub, { endpoint: '/api/items' });
    await until(() => stub.calls.length >= 1);
    try {
      configure({ headers: { Authorization: 'Bearer late' } });
      await until(() => stateOf(el) === 'data');
      expect(shadowText(el)).to.contain('2 lines');
      expect(new Headers(stub.calls.at(-1)!.init.headers).get('authorization')).to.equal('Bearer late');
    } finally {
      configure({ headers: undefined });
    }
  });

  it('speaks German, and falls back to English for a language nobody registered, never to a raw key', async () => {
    for (const [lang, count] of [
      ['es-MX', '2 lines'],
      ['xx', '2 lines'],
      ['de', '2 Zeilen'],
      ['de-AT', '2 Zeilen'],
    ]) {
      const el = await list(
        stubFetch(() => json(page('a', 'b'))),
        { endpoint: '/api/items', lang },
      );
      await until(() => stateOf(el) === 'data');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.count')!.textContent, lang).to.equal(count);
      el.remove();
    }
  });

  it('a regional language takes its language’s terms, and a registered language reaches elements already shown', async () => {
    const el = await list(
      stubFetch(() => json(page('a', 'b'))),
      { endpoint: '/api/items', lang: 'fr-CA' },
    );
    await until(() => stateOf(el) === 'data');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 éléments');
    el.lang = 'pt-BR';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 lines');
    // Registered through the page's registry (the one every copy of the library shares).
    registerTranslation({ $code: 'pt', $name: 'Português', $dir: 'ltr', count: (count: number) => `${count} linhas` });
    await until(() => el.shadowRoot!.querySelector('.count')!.textContent === '2 linhas');
  });

  it('shows nothing of a language until its terms arrive, then shows them', async () => {
    let arrive!: (module: { default: Translation }) => void;
    registerLoaders({ yy: () => new Promise((resolve) => (arrive = resolve)) });
    const el = await list(
      stubFetch(() => json(page('a', 'b'))),
      { endpoint: '/api/items', lang: 'yy' },
    );
    await until(() => stateOf(el) === 'data');
    expect(el.matches(':state(localizing)')).to.equal(true);
    expect(getComputedStyle(el).visibility).to.equal('hidden');
    let settled = false;
    void el.updateComplete.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve));
    expect(settled, 'updateComplete waits for the terms').to.equal(false);
    arrive({ default: { $code: 'yy', $name: 'Test', $dir: 'ltr', count: (count: number) => `${count} yy` } });
    await el.updateComplete;
    expect(settled).to.equal(true);
    expect(el.matches(':state(localizing)')).to.equal(false);
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 yy');
  });

  it('a language whose terms cannot load falls back to English, with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      registerLoaders({ zz: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
      const el = await list(
        stubFetch(() => json(page('a', 'b'))),
        { endpoint: '/api/items', lang: 'zz' },
      );
      await until(() => stateOf(el) === 'data');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 lines');
      expect(getComputedStyle(el).visibility).to.equal('visible');
      expect(warnings.join('\n')).to.contain('"zz" terms could not be loaded');
    } finally {
      console.warn = warn;
    }
  });

  it('formats French days and euros as the portal did', () => {
    expect(formatDay('2021-11-24', 'fr')).to.equal('24/11/2021');
    expect(formatDay('2021-11-24', 'en')).to.equal('24 Nov 2021');
    expect(formatMoney({ amount: 24.9, currency: 'EUR' }, 'fr')).to.equal('24,90\u00a0€');
    expect(formatMoney({ amount: 1234.5, currency: 'EUR' }, 'fr')).to.equal('1\u202f234,50\u00a0€');
    expect(formatMoney({ amount: 24.9, currency: 'EUR' }, 'en')).to.equal('€24.90');
  });
});

describe("runtime: a server's refusal in the reader's words", () => {
  const refusal = (code: string | undefined, params?: Record<string, string | number>) =>
    new ApiError({
      kind: 'http',
      url: '/api/cases/1/messages',
      method: 'POST',
      status: 400,
      problem: { type: 'about:blank', title: 'Invalid attachment', status: 400, code, params, detail: 'the content is not a png file' },
    });
  const localizerOf = async (lang: string) => {
    const el = await list(
      stubFetch(() => json(page('a'))),
      { endpoint: '/api/items', lang },
    );
    return (el as unknown as { localize: Localizer }).localize;
  };
  const fakePng = refusal('attachment-content', { name: 'fake.png', extension: 'png' });

  it("gives the sentence of the problem code in the element's language, never the server's detail", async () => {
    expect(await reasonOf(await localizerOf('fr'), fakePng)).to.equal('« fake.png » n’est pas un vrai fichier PNG.');
    expect(await reasonOf(await localizerOf('en'), fakePng)).to.equal('“fake.png” is not a real PNG file.');
    expect(await reasonOf(await localizerOf('de-AT'), fakePng)).to.equal('„fake.png“ ist keine echte PNG-Datei.');
    // A language the library does not ship: English.
    expect(await reasonOf(await localizerOf('es-MX'), fakePng)).to.equal('“fake.png” is not a real PNG file.');
    expect(await reasonOf(await localizerOf('fr'), refusal('too-many-attachments', { max: 3 }))).to.equal('Au plus 3 pièces jointes.');
    expect(await reasonOf(await localizerOf('fr'), refusal('attachment-too-large', { name: 'gros.pdf', max: 5 * 1024 * 1024 }))).to.equal(
      '« gros.pdf » dépasse 5 Mo.',
    );
  });

  it("falls back to the element's sentence for the status with an unknown code or none", async () => {
    const l = await localizerOf('fr');
    for (const error of [refusal('quota-exceeded'), refusal(undefined)]) {
      const reason = await reasonOf(l, error);
      expect(reason).to.equal('Le serveur a refusé la demande (HTTP 400).');
    }
  });

  it('uses a sentence the page registered for its own language', async () => {
    registerTranslation({
      $code: 'es',
      $name: 'Español',
      $dir: 'ltr',
      'problem:attachment-content': ({ name }: { name: string }) => `«${name}» no es un archivo válido.`,
    });
    expect(await reasonOf(await localizerOf('es'), fakePng)).to.equal('«fake.png» no es un archivo válido.');
  });
});

describe('runtime: guards', () => {
  it('guards spreadsheet cells against formulas, keeping numbers as numbers', async () => {
    expect(guardFormula('=HYPERLINK("http://evil","x")')).to.equal(`'=HYPERLINK("http://evil","x")`);
    for (const start of ['+', '-', '@', '\t', '\r', '＝']) expect(guardFormula(`${start}1`)).to.equal(`'${start}1`);
    expect(guardFormula('PETIT ROBERT')).to.equal('PETIT ROBERT');
    const csv = await toCsv({
      columns: [
        { header: 'Titre', value: (row: { title: string; quantity: number }) => row.title },
        { header: 'Qté', value: (row: { title: string; quantity: number }) => row.quantity },
      ],
      rows: [
        { title: '=1+2', quantity: -3 },
        { title: 'L\'anglais; "CE1"', quantity: 1 },
      ],
      lang: 'fr',
    });
    expect(csv.startsWith('\uFEFFTitre;Qté\r\n')).to.equal(true);
    expect(csv).to.contain(`'=1+2;-3`);
    expect(csv).to.contain(`"L'anglais; ""CE1""";1`);
  });

  it("writes CSV in the reader's convention: separators, decimal mark, days and local times", async () => {
    type Row = { price: number; day: string; at: string };
    const columns: ExportColumn<Row>[] = [
      { header: 'Prix', value: (row) => row.price, format: 'money' },
      { header: 'Jour', value: (row) => asDay(row.day) },
      { header: 'Créé le', value: (row) => asMoment(row.at) },
    ];
    // 00:30 where the reader is: the day and time their clock showed, whatever the time zone.
    const local = new Date(2026, 8, 15, 0, 30);
    const rows: Row[] = [{ price: 37.28, day: '2026-09-15', at: local.toISOString() }];
    const fr = await toCsv({ columns, rows, lang: 'fr' });
    expect(fr).to.equal('\uFEFFPrix;Jour;Créé le\r\n37,28;2026-09-15;2026-09-15 00:30');
    const de = await toCsv({ columns, rows, lang: 'de-AT' });
    expect(de).to.equal('\uFEFFPrix;Jour;Créé le\r\n37,28;2026-09-15;2026-09-15 00:30');
    const en = await toCsv({ columns, rows, lang: 'en' });
    expect(en).to.equal('\uFEFFPrix,Jour,Créé le\r\n37.28,2026-09-15,2026-09-15 00:30');
  });

  it('writes XLSX with typed cells (numbers, days, local times, text) and no guard character', async () => {
    type Row = { title: string; price: number; day: string; at: string };
    const columns: ExportColumn<Row>[] = [
      { header: 'Titre', value: (row) => row.title, width: 40 },
      { header: 'Prix', value: (row) => row.price, format: 'money' },
      { header: 'Jour', value: (row) => asDay(row.day) },
      { header: 'Créé le', value: (row) => asMoment(row.at) },
    ];
    const local = new Date(2026, 8, 15, 0, 30);
    const rows: Row[] = [{ title: '=1+2 & <b>', price: 37.28, day: '2021-07-27', at: local.toISOString() }];
    const blob = await toXlsx('Suivi des notés', columns, rows);
    expect(blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files).sort()).to.deep.equal([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(strFromU8(files['xl/workbook.xml']!)).to.contain('<sheet name="Suivi des notés"');
    // Text is text (an inline string is never a formula), escaped, without a visible guard.
    expect(sheet).to.contain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+2 &amp; &lt;b&gt;</t></is></c>');
    expect(sheet).to.not.contain('<f>');
    expect(sheet).to.contain('<c r="B2" s="4"><v>37.28</v></c>');
    // 27/07/2021 is Excel day 44404; 15/09/2026 00:30 on the reader's clock is 46280 + 30 min.
    expect(sheet).to.contain('<c r="C2" s="2"><v>44404</v></c>');
    expect(Number(/<c r="D2" s="3"><v>([\d.]+)<\/v><\/c>/.exec(sheet)?.[1])).to.be.closeTo(46280 + 30 / 1440, 1e-9);
    expect(sheet).to.contain('<pane ySplit="1"');
    expect(sheet).to.contain('<c r="A1" t="inlineStr" s="1">');
  });

  it('links only http:, https: and relative URLs', () => {
    expect(safeUrl('https://www.laposte.fr/suivi?code=1')).to.equal('https://www.laposte.fr/suivi?code=1');
    expect(safeUrl('http://example.com/')).to.equal('http://example.com/');
    expect(safeUrl('/api/documents/1.pdf')).to.equal(new URL('/api/documents/1.pdf', document.baseURI).href);
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'mailto:a@b.c',
      '',
      null,
    ]) {
      expect(safeUrl(bad as string), String(bad)).to.equal(null);
    }
  });
});
