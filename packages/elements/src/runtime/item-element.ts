import type * as z from 'zod/mini';
import { property, state } from 'lit/decorators.js';
import { request } from './api-client.js';
import { ComptoirElement, itemUrlOf } from './base-element.js';
import { ApiError } from './errors.js';
import type { ItemOf, ListQuery, PageOf, QueryParams } from './list-query.js';
import { Resource } from './resource.js';
import { restoreColumns } from './columns.js';
import { fitTables } from './table-views.js';
import { errorMessage } from './views.js';

/** An element with a list and the detail of one item (shipments, order dossiers, cases). */
export class ComptoirItemElement extends ComptoirElement {
  /** Current page of the list. Reflected. */
  @property({ type: Number, reflect: true }) page = 1;

  /**
   * The list's columns to show, comma-separated keys in any order (exports keep all). Without it, the reader's choice
   * in the column chooser, remembered in the browser per element `id`; else every column.
   */
  @property() columns = '';

  override connectedCallback(): void {
    restoreColumns(this);
    super.connectedCallback();
  }

  /** A running export of the whole list: items loaded so far, of how many; null when none runs. */
  @state() protected exportProgress: { done: number; total: number } | null = null;

  /** The list's page that `query` asks for, loaded again when the query or the connection changes. */
  protected pageResource<P extends PageOf<unknown>>(query: ListQuery<P, QueryParams>) {
    return new Resource(this, {
      args: () => [this.connection(), query.params()] as const,
      // The list drops its lowest-priority columns, then becomes cards, as the element narrows (loaded with the rows).
      load: async ([connection, params], signal) => (await Promise.all([query.fetchPage(connection, params, signal), fitTables(this)]))[0],
      count: (value) => value.total,
    });
  }

  /**
   * Exports the whole list: every page of `query` (the progress in `exportProgress`), handed to `save`. Resolves with
   * the text of the failure for a notice, or null; does nothing while another export runs.
   */
  protected async exportAll<P extends PageOf<unknown>>(
    query: ListQuery<P, QueryParams>,
    total: number,
    save: (items: ItemOf<P>[]) => Promise<void>,
  ): Promise<string | null> {
    if (this.exportProgress) return null;
    this.exportProgress = { done: 0, total };
    try {
      const { fetchAll } = await import('./list-all.js');
      const { items } = await fetchAll(query, this.connection(), query.params(), {
        onProgress: (done, total) => (this.exportProgress = { done, total }),
      });
      await save(items);
      return null;
    } catch (error) {
      return `${this.localize.t('exportFailed')} ${error instanceof ApiError ? errorMessage(this.localize, error) : ''}`;
    } finally {
      this.exportProgress = null;
    }
  }

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
