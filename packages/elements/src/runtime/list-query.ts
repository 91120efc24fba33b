import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import { request } from './api-client.js';
import type { Connection } from './base-element.js';

/** A list's query as it travels in the URL (`?q=&status=&sort=&page=&pageSize=`); empty values are left out. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

export interface PageOf<T> {
  items: T[];
  total: number;
}

export type ItemOf<P extends PageOf<unknown>> = P['items'][number];

export interface ListQueryOptions<P extends PageOf<unknown>, Q extends QueryParams> {
  /** The contract's page schema of the list. */
  schema: z.ZodMiniType<P>;
  /** The query, read from the element's reflected properties (so deep links restore it). */
  query: () => Q;
  /** An item's identity: a page that brings only items already seen means the server ignores `page`. */
  readonly key: (item: ItemOf<P>) => string;
  /** The list's URL, when it is not the element's endpoint. */
  url?: (connection: Connection) => string;
}

/**
 * The list engine of every element: its typed query (the same object while nothing changes, so it can be a resource's
 * argument), one page of it, and the element's own abort signal. Every page at once (exports, lists loaded in full) is
 * `fetchAll` in `list-all.ts`, loaded where it is needed.
 */
export class ListQuery<P extends PageOf<unknown>, Q extends QueryParams> implements ReactiveController {
  private controller = new AbortController();
  private last?: Q;

  constructor(
    host: ReactiveControllerHost,
    readonly options: ListQueryOptions<P, Q>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.controller.signal.aborted) this.controller = new AbortController();
  }

  hostDisconnected(): void {
    this.controller.abort();
  }

  /** Aborted when the element leaves the page. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The current query; the previous object when no value changed. */
  params(): Q {
    const next = this.options.query();
    const last = this.last;
    const keys = Object.keys(next);
    const same = last && keys.length === Object.keys(last).length && keys.every((key) => next[key] === last[key]);
    return same ? last : (this.last = next);
  }

  /** One page of the query (its own `page` and `pageSize`, or the ones given). */
  fetchPage(connection: Connection, params: QueryParams, signal: AbortSignal): Promise<P> {
    const url = new URL(this.listUrl(connection));
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== '')
        url.searchParams.set(key, String(key === 'pageSize' ? Math.min(MAX_PAGE_SIZE, Number(value)) : value));
    }
    return request({ url: url.href, schema: this.options.schema, signal, config: connection.config });
  }

  listUrl(connection: Connection): string {
    return this.options.url?.(connection) ?? connection.endpoint();
  }
}
