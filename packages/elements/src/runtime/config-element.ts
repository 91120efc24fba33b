import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextEvent, provide } from '@lit/context';
import { configContext, type ComptoirConfig, type Transform } from './config.js';
import { ComptoirElement } from './base-element.js';

/**
 * Configuration for every Comptoir element inside it. An element's own attributes win.
 *
 * @tag comptoir-config
 * @summary Provides `base-url`, `lang`, `credentials` and the JS-only `fetch`, `headers`, `transform` to descendants.
 * @slot - Any content, including Comptoir elements.
 */
export class ComptoirConfigElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static define(tag = 'comptoir-config'): void {
    ComptoirElement.define.call(this as never, tag);
  }
  static readonly version = ComptoirElement.version;

  /** Base URL of the REST API; elements use the conventional paths below it (`/backorders`…). */
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /** Language of the elements inside, unless they set their own. */
  @property() override lang = '';
  /** `fetch` credentials: `omit`, `same-origin` (default) or `include`. */
  @property() credentials?: RequestCredentials;
  /** A replacement for `fetch` for the elements inside (e.g. the host's own client). JS property only. */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Extra request headers for the elements inside (e.g. `Authorization`). JS property only: secrets never go in attributes. */
  @property({ attribute: false }) headers?: Record<string, string>;
  /** Adapts a foreign JSON body to the contract before validation, for the elements inside. JS property only. */
  @property({ attribute: false }) transform?: Transform;

  @provide({ context: configContext })
  protected value: ComptoirConfig = {};

  override willUpdate(): void {
    this.value = {
      baseUrl: this.baseUrl,
      lang: this.lang || undefined,
      credentials: this.credentials,
      fetch: this.fetch,
      headers: this.headers,
      transform: this.transform,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements inside that were defined before this one (their file loaded first) asked for the configuration when
    // nobody could answer: each asks again now, whatever the order of the page's scripts.
    for (const element of this.querySelectorAll('*'))
      if (element instanceof ComptoirElement && !(element as unknown as { provided?: ComptoirConfig }).provided)
        element.dispatchEvent(
          new ContextEvent(
            configContext,
            element,
            (value: ComptoirConfig) => ((element as unknown as { provided?: ComptoirConfig }).provided = value),
            true,
          ),
        );
  }

  override render() {
    return html`<slot></slot>`;
  }
}
