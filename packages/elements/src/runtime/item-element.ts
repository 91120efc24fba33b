import type * as z from 'zod/mini';
import { property } from 'lit/decorators.js';
import { request } from './api-client.js';
import { ComptoirElement, itemUrlOf } from './base-element.js';
import { Resource } from './resource.js';

/** An element with a list and the detail of one item (shipments, order dossiers, cases). */
export class ComptoirItemElement extends ComptoirElement {
  /** Current page of the list. Reflected. */
  @property({ type: Number, reflect: true }) page = 1;

  /**
   * The item whose id `id()` gives (an open shipment, dossier or case), loaded from `itemUrl(id)`; null without an id.
   * The value keeps the id it was loaded for: while another item loads, the previous one stays but is not the one asked.
   */
  protected itemResource<T>(id: () => string, schema: z.ZodMiniType<T>) {
    return new Resource(this, {
      args: () => [this.connection(), id()] as const,
      load: async ([connection, current], signal) =>
        current
          ? {
              id: current,
              item: await request({ url: itemUrlOf(connection.endpoint(), current), schema, signal, config: connection.config }),
            }
          : null,
    });
  }
}
