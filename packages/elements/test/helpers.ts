import { html, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { pageOf } from '@comptoir/contract';
import { ComptoirElement } from '../src/runtime/base-element.js';
import { Resource } from '../src/runtime/resource.js';
import { request } from '../src/runtime/api-client.js';
import { tokens, viewStyles } from '../src/runtime/styles.js';
import { renderError, renderLoading } from '../src/runtime/views.js';

declare global {
  interface Window {
    __unhandled: string[];
  }
}

// An unhandled rejection anywhere during a test fails that test.
afterEach(() => {
  const unhandled = window.__unhandled.splice(0);
  if (unhandled.length) throw new Error(`Unhandled rejection: ${unhandled.join('\n')}`);
});

export type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

export interface FetchStub {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  calls: { url: URL; init: RequestInit }[];
}

/** A fetch that answers through `handler`, records calls and honours the abort signal like the real one. */
export function stubFetch(handler: Handler): FetchStub {
  const stub = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    stub.calls.push({ url, init });
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      Promise.resolve(handler(url, init)).then(resolve, reject);
    });
  }) as FetchStub;
  stub.calls = [];
  return stub;
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

export const problem = (status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const never = () => new Promise<Response>(() => undefined);

export const Item = z.object({ id: z.string(), name: z.string() });
export const ItemPage = pageOf(Item);
export const page = (...names: string[]) => ({
  items: names.map((name, i) => ({ id: String(i + 1), name })),
  total: names.length,
  page: 1,
  pageSize: 50,
});

/** A minimal element on the runtime, standing for any list element in the runtime's tests. */
export class TestList extends ComptoirElement {
  static override resourcePath = 'items';
  static override styles = [tokens, viewStyles];

  readonly resource = new Resource(this, {
    args: () => [this.connection()] as const,
    load: ([connection], signal) =>
      request({
        url: connection.endpoint(),
        schema: ItemPage,
        signal,
        config: { ...connection.config, timeout: this.timeout, retries: this.retries },
      }),
    count: (value) => value.total,
  });

  timeout = 2000;
  retries = 0;

  override render(): TemplateResult {
    return html`${
      this.resource.render({
        loading: () => renderLoading(this.localize, 3),
        complete: (value, refreshing) =>
          html`<ul class=${refreshing ? 'refreshing' : ''}>
              ${value.items.map((item) => html`<li>${item.name}</li>`)}
            </ul>
            <p class="count">${this.localize.t('count', value.total)}</p>`,
        error: (error) => renderError(this.localize, error, () => void this.resource.reload()),
      }) as TemplateResult
    }`;
  }
}
TestList.define('test-list');

declare global {
  interface HTMLElementTagNameMap {
    'test-list': TestList;
  }
}

/** Waits until `predicate` holds (checked each frame), or fails after `timeout` ms. */
export async function until(predicate: () => boolean, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const stateOf = (el: Element) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'data';

/** Runs `action` and returns the files it offered for download (the blobs given to URL.createObjectURL). */
export async function downloads(action: () => void | Promise<void>, count = 1, timeout = 5000): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return original.call(URL, blob);
  };
  try {
    await action();
    await until(() => blobs.length >= count, timeout, 'download');
  } finally {
    URL.createObjectURL = original;
  }
  return blobs;
}

/** Opens an element's export menu and chooses a format. */
export function chooseExport(el: Element, format: 'csv' | 'xlsx', root: ParentNode = el.shadowRoot!): void {
  root.querySelector<HTMLElement>('details.export summary')!.click();
  const label = format === 'csv' ? 'CSV' : '.xlsx';
  [...root.querySelectorAll<HTMLButtonElement>('.export .menu button')].find((b) => b.textContent!.includes(label))!.click();
}

/** Puts a Comptoir element in the page, in French, on `endpoint` with `fetch`; `setup` runs before it connects. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  endpoint: string,
  fetch: typeof globalThis.fetch,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => undefined,
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & { endpoint?: string; fetch?: typeof globalThis.fetch };
  el.endpoint = endpoint;
  el.lang = 'fr';
  el.fetch = fetch;
  setup(el);
  document.body.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}
