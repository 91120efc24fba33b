import { createContext } from '@lit/context';

/** Adapts a foreign JSON body to the contract before validation. */
export type Transform = (body: unknown, request: { url: string; method: string }) => unknown;

export interface ComptoirConfig {
  /** Base of the conventional paths (`${baseUrl}/backorders`…). */
  baseUrl?: string;
  lang?: string;
  /** `fetch` credentials mode (cookies): omit, same-origin (default), include. */
  credentials?: RequestCredentials;
  /** A replacement for `fetch`, e.g. to add `Authorization: Bearer …` or to route through the host's client. */
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  transform?: Transform;
  /**
   * Milliseconds a request may take, its automatic retries included, before the element shows its error and Retry
   * (default 20 000).
   */
  timeout?: number;
  /** Automatic retries of a failed GET, within `timeout` (default 2). */
  retries?: number;
}

/** Shared by copies of the bundle loaded twice, so a provider of one copy serves elements of the other. */
export const configContext = createContext<ComptoirConfig>(Symbol.for('comptoir.config'));

const pageConfigKey = Symbol.for('comptoir.page-config');
type WithPageConfig = typeof globalThis & { [pageConfigKey]?: ComptoirConfig };

/** Configuration for every Comptoir element of the page; a provider or the element's own attributes win over it. */
export function configure(config: ComptoirConfig): void {
  (globalThis as WithPageConfig)[pageConfigKey] = { ...pageConfig(), ...config };
  document.dispatchEvent(new CustomEvent('comptoir-configure'));
}

const noConfig: ComptoirConfig = Object.freeze({});
/** The page configuration: the same object until `configure()` is called again (elements reload when it changes). */
export function pageConfig(): ComptoirConfig {
  return (globalThis as WithPageConfig)[pageConfigKey] ?? noConfig;
}

/** Later layers win, but only with values they really set. */
export function mergeConfig(...layers: (ComptoirConfig | undefined)[]): ComptoirConfig {
  const merged: ComptoirConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined && value !== null && value !== '') (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
