import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import type { Connection } from './base-element.js';
import { ApiError } from './errors.js';
import type { ItemOf, ListQuery, PageOf, QueryParams } from './list-query.js';

/** The largest list loaded in full (client mode, exports, the watchlist); a longer one is refused with a `limit` error. */
export const MAX_LOADED_ITEMS = 200_000;

export interface FetchAllOptions {
  onProgress?: (done: number, total: number) => void;
  /** Stops the run sooner than the element leaving the page. */
  signal?: AbortSignal;
}

/**
 * Every page of a list's query, in its order, stopped by the element leaving the page. A server whose `total` lies
 * ends in a `limit` error (more than `MAX_LOADED_ITEMS` items), one that ignores `page` in an `invalid-response` error at
 * its second page: never an endless loop.
 */
export async function fetchAll<P extends PageOf<unknown>>(
  list: ListQuery<P, QueryParams>,
  connection: Connection,
  params: QueryParams,
  options: FetchAllOptions = {},
): Promise<PageOf<ItemOf<P>>> {
  const signal = options.signal ? AbortSignal.any([options.signal, list.signal]) : list.signal;
  const items: ItemOf<P>[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const url = list.listUrl(connection);
    const result = await list.fetchPage(connection, { ...params, page, pageSize: MAX_PAGE_SIZE }, signal);
    if (result.total > MAX_LOADED_ITEMS || items.length + result.items.length > MAX_LOADED_ITEMS) {
      throw new ApiError({
        kind: 'limit',
        url,
        issues: [{ path: 'total', message: `${result.total} items, more than ${MAX_LOADED_ITEMS}` }],
      });
    }
    let fresh = 0;
    for (const item of result.items) {
      const key = list.options.key(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
      fresh++;
    }
    if (result.items.length && !fresh) {
      throw new ApiError({
        kind: 'invalid-response',
        url,
        issues: [{ path: 'items', message: `page ${page} repeats earlier pages: the server ignores page` }],
      });
    }
    options.onProgress?.(items.length, result.total);
    if (!result.items.length || items.length >= result.total) return { items, total: result.total };
  }
}
