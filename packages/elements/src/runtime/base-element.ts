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
/** What a request needs from its element: its configuration and its collection URL (a resource's first argument). */
export interface Connection {
  readonly config: ComptoirConfig;
  /** The collection URL, resolved; throws an `ApiError` of kind `config` when it is unusable. */
  readonly endpoint: () => string;
}

/** URL of an item of a collection and below it: `${endpoint}/${id}/…`, each segment encoded. */
export function itemUrlOf(endpoint: string, ...segments: string[]): string {
  return [endpoint.replace(/\/+$/, ''), ...segments.map(encodeURIComponent)].join('/');
}

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[comptoir] ${message}`);
}

/**
 * The base of every Comptoir element: configuration (own attributes > `<comptoir-config>` > `configure()`),
 * language, typed events and a registration that tolerates the bundle being loaded twice. What is documented here
 * holds for every element.
 *
 * @event {CustomEvent<ComptoirLoadDetail>} comptoir-load - Data arrived. `detail.count` is the number of matching items.
 * @event {CustomEvent<ComptoirErrorDetail>} comptoir-error - Loading failed. `detail.kind` (network, timeout, http,
 * invalid-response, aborted, config), `detail.status`, `detail.message`.
 *
 * @csspart state - The loading, empty and error states (also `loading`, `empty` and `error` on the same element).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart error-detail - The technical detail of an error (folded).
 * @csspart button - Every button (each also has its own part: `retry`, `open`, `back`…).
 * @csspart retry - The Retry button of the error state.
 * @csspart open - The button that opens a row's detail.
 * @csspart notice - A message after an action (done, failed, with Undo).
 * @csspart search - The search field with its label.
 * @csspart search-input - The search input.
 * @csspart pager - The page navigation.
 * @csspart export - The export menu with its button.
 * @csspart export-button - The button that opens the export menu.
 * @csspart export-menu - The export formats.
 * @csspart badge - A status badge.
 * @csspart print-heading - What a printed list shows (its title, filters and the day): on paper only.
 * @csspart column-chooser - The column chooser of a table, with its button.
 * @csspart column-chooser-button - The button that opens the column chooser.
 * @csspart column-chooser-menu - The column chooser's checkboxes.
 *
 * @cssproperty --comptoir-color-surface - Background (#ffffff; dark: #161b22).
 * @cssproperty --comptoir-color-surface-alt - Background of headers and alternate surfaces (#f5f6f8; dark: #1f2630).
 * @cssproperty --comptoir-color-text - Text (#1c2330; dark: #e6e9ee).
 * @cssproperty --comptoir-color-text-muted - Secondary text (#556070; dark: #a5afbd).
 * @cssproperty --comptoir-color-border - Borders and rules (#d5d9e0; dark: #3a4452).
 * @cssproperty --comptoir-color-accent - Buttons, links, the current step (#0b5cad; dark: #6cb4ff).
 * @cssproperty --comptoir-color-accent-text - Text on the accent color (#ffffff; dark: #0d1117).
 * @cssproperty --comptoir-color-focus - Focus ring (#0b5cad; dark: #6cb4ff).
 * @cssproperty --comptoir-color-success - Text of success badges and done steps (#17672f; dark: #7ee29b).
 * @cssproperty --comptoir-color-success-bg - Background of success badges (#e3f4e8; dark: #15351f).
 * @cssproperty --comptoir-color-warning - Text of warning badges (#8a4b00; dark: #ffc470).
 * @cssproperty --comptoir-color-warning-bg - Background of warning badges (#fff1dc; dark: #3d2a0d).
 * @cssproperty --comptoir-color-danger - Text of danger badges and errors (#a4161a; dark: #ff9a9a).
 * @cssproperty --comptoir-color-danger-bg - Background of danger badges and errors (#fde7e7; dark: #43181a).
 * @cssproperty --comptoir-color-info - Text of information badges (#0b4f8a; dark: #9ccbff).
 * @cssproperty --comptoir-color-info-bg - Background of information badges (#e3effa; dark: #132c47).
 * @cssproperty --comptoir-color-neutral-bg - Background of neutral badges (#eceef2; dark: #2a313c).
 * @cssproperty --comptoir-radius - Corner radius of buttons, fields and badges (6px).
 * @cssproperty --comptoir-space - The base spacing unit (0.5rem, never under 8px).
 * @cssproperty --comptoir-font-size - Text size (0.875rem, never under 14px); the font family is the host's.
 * @cssproperty --comptoir-row-height - Height of a table row (2.5rem).
 * @cssproperty --comptoir-state-min-height - Minimum height of the loading, empty and error states (12rem).
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
  private readonly internals = this.attachInternals();

  /**
   * While the page language's terms load, the element is hidden (CSS state `localizing`) and `updateComplete` waits.
   * @ignore
   */
  localizing(loading: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (loading) states?.add('localizing');
    else states?.delete('localizing');
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localize.ready();
    return super.getUpdateComplete();
  }

  private readonly onConfigure = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('comptoir-configure', this.onConfigure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('comptoir-configure', this.onConfigure);
  }

  /**
   * The language in use (for the localization controller).
   * @ignore
   */
  resolvedLang(): string {
    return this.lang || this.provided?.lang || pageConfig().lang || document.documentElement.lang || navigator.language || 'en';
  }

  /** The effective configuration for a request. */
  protected config(): ComptoirConfig {
    return mergeConfig(pageConfig(), this.provided, { fetch: this.fetch, headers: this.headers, transform: this.transform });
  }

  /**
   * What every request of the element depends on, as one object that stays the same while nothing changes: a
   * resource's first argument, so that a change reloads it. The page configuration is among its parts: a page whose script calls `configure()` after the element started loading (a
   * token handed over a moment later) gets the request made again with it, instead of a 401 that stays.
   */
  protected connection(): Connection {
    const parts = [this.endpoint, this.provided, this.fetch, this.headers, this.transform, pageConfig()];
    const last = this.lastConnection;
    if (last && parts.every((part, i) => part === last.parts[i])) return last.connection;
    const connection: Connection = { config: this.config(), endpoint: () => this.endpointUrl() };
    this.lastConnection = { parts, connection };
    return connection;
  }
  private lastConnection?: { parts: unknown[]; connection: Connection };

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
    return itemUrlOf(this.endpointUrl(), id, ...rest);
  }

  /**
   * Moves focus to `selector` in the shadow root once the render that the state just changed is done (call it after
   * the change), so that an action that replaces what had focus (New case, Back, Edit, Cancel, Save) never leaves a
   * keyboard or screen-reader user on the page's <body>.
   */
  protected focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /**
   * Dispatches a typed event that bubbles and crosses shadow roots. Returns false when a listener cancelled it.
   * @ignore
   */
  emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: DetailOf<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
