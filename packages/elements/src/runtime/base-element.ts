import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configContext, mergeConfig, pageConfig, type ComptoirConfig, type Transform } from './config.js';
import { Localizer } from './localize.js';
import { ApiError, type ApiErrorKind } from './errors.js';
import { resolveUrl } from './api-client.js';

export const VERSION = '0.1.0';

/** Details of the common events; element events add theirs to `GlobalEventHandlersEventMap` the same way. */
export interface ComptoirLoadDetail {
  count: number;
}
export interface ComptoirErrorDetail {
  kind: ApiErrorKind;
  status?: number;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'comptoir-load': CustomEvent<ComptoirLoadDetail>;
    'comptoir-error': CustomEvent<ComptoirErrorDetail>;
  }
}

type DetailOf<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const warned = new Set<string>();
/** Vaadin's rule: bad values from the app never throw; warn once. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[comptoir] ${message}`);
}

/**
 * The base of every Comptoir element: configuration (own attributes > `<comptoir-config>` > `configure()`),
 * language, typed events and a registration that tolerates the bundle being loaded twice.
 */
export class ComptoirElement extends LitElement {
  static readonly version: string = VERSION;

  /** Registers the element unless the tag is taken; warns when another version holds it. Never throws. */
  static define(tag: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      try {
        registry.define(tag, this);
      } catch (error) {
        warnOnce(`<${tag}> could not be registered: ${String(error)}`);
      }
      return;
    }
    if (existing !== this && existing.version !== this.version) {
      warnOnce(
        `<${tag}> is already registered by Comptoir ${existing.version ?? '(unknown version)'}; this copy (${this.version}) is not used.`,
      );
    }
  }

  /** Path of the element's collection under `base-url` (`backorders`…). */
  static resourcePath = '';

  /** URL of the element's collection resource; item URLs are `${endpoint}/${id}`. Wins over `<comptoir-config base-url>`. */
  @property() endpoint?: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected provided?: ComptoirConfig;

  /** Language of the element; else the nearest `<comptoir-config lang>`, else `<html lang>`. */
  @property({ reflect: true }) override lang = '';

  /** `dark` or `light`; without it, the user's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** A replacement for `fetch` (e.g. to add an `Authorization` header). JS property only. */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Extra request headers. JS property only: secrets never go in attributes. */
  @property({ attribute: false }) headers?: Record<string, string>;
  /** Adapts a foreign JSON body to the contract before validation. JS property only. */
  @property({ attribute: false }) transform?: Transform;

  protected readonly localize = new Localizer(this);

  private readonly onConfigure = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('comptoir-configure', this.onConfigure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('comptoir-configure', this.onConfigure);
  }

  resolvedLang(): string {
    return this.lang || this.provided?.lang || pageConfig().lang || document.documentElement.lang || navigator.language || 'en';
  }

  /** The effective configuration for a request. */
  protected config(): ComptoirConfig {
    return mergeConfig(pageConfig(), this.provided, { fetch: this.fetch, headers: this.headers, transform: this.transform });
  }

  /** What every request of the element depends on; a resource's args start with these, so a change reloads it. */
  protected connection(): unknown[] {
    return [this.endpoint, this.provided?.baseUrl, this.fetch, this.headers, this.transform];
  }

  /** The collection URL, resolved; an `ApiError` of kind `config` naming the attribute when it is unusable. */
  protected endpointUrl(): string {
    if (this.endpoint) return resolveUrl(this.endpoint, 'endpoint');
    const baseUrl = this.config().baseUrl;
    const path = (this.constructor as typeof ComptoirElement).resourcePath;
    if (!baseUrl) throw new ApiError({ kind: 'config', url: '', attribute: 'endpoint' });
    return resolveUrl(`${baseUrl.replace(/\/+$/, '')}/${path}`, 'base-url');
  }

  /** URL of an item of the collection and below it: `${endpoint}/${id}/…`, each segment encoded. */
  protected itemUrl(id: string, ...rest: string[]): string {
    return [this.endpointUrl().replace(/\/+$/, ''), id, ...rest].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
  }

  /** Dispatches a typed event that bubbles and crosses shadow roots. Returns false when a listener cancelled it. */
  emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: DetailOf<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
