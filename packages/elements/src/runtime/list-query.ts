import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import { request } from './api-client.js';
import { warnOnce, type Connection } from './base-element.js';

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
  /**
   * What the contract accepts: its sort fields and each filter's codes. A value outside them (a typo in an attribute)
   * is left out of the request, with one console warning naming what is accepted, instead of a request the server
   * refuses.
   */
  accepts?: { sort?: readonly string[]; filters?: Readonly<Record<string, readonly string[]>> };
  /** The element's tag, for the warnings. */
  tag?: string;
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

  /** The current query, checked against the contract; the previous object when no value changed. */
  params(): Q {
    const next = this.checked(this.options.query());
    const last = this.last;
    const keys = Object.keys(next);
    const same = last && keys.length === Object.keys(last).length && keys.every((key) => next[key] === last[key]);
    return same ? last : (this.last = next);
  }

  /** The query without the values the contract does not accept (each warned once), and a page number that is one. */
  private checked(query: Q): Q {
    const { accepts, tag = 'list' } = this.options;
    const out: Record<string, string | number | undefined> = { ...query };
    const sort = query.sort;
    if (accepts?.sort && typeof sort === 'string' && sort && !accepts.sort.includes(sort.replace(/^-/, ''))) {
      warnOnce(`<${tag} sort="${sort}">: not a sort of this list; it sorts by ${accepts.sort.join(', ')} (prefix - for descending).`);
      out.sort = undefined;
    }
    for (const [name, codes] of Object.entries(accepts?.filters ?? {})) {
      const value = query[name];
      if (typeof value !== 'string' || !value) continue;
      const given = value.split(',').map((code) => code.trim());
      const known = given.filter((code) => codes.includes(code));
      if (known.length < given.length) {
        const unknown = given.filter((code) => !codes.includes(code));
        warnOnce(`<${tag} ${name}="${value}">: unknown value(s) ${unknown.join(', ')}; known: ${codes.join(', ')}.`);
        out[name] = known.join(',') || undefined;
      }
    }
    if ('page' in query) {
      const page = Number(query.page);
      out.page = Number.isInteger(page) && page >= 1 ? page : 1;
    }
    return out as Q;
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
