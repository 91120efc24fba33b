/** The largest list loaded in full (client mode, exports); past it, a list is paged on the server. */
export const MAX_LOADED_ITEMS = 200_000;

/**
 * Every page of a paged query, one after the other, for client mode and exports. Stops at the total, at an empty
 * page (a total that shrank meanwhile) or at `MAX_LOADED_ITEMS`.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number) => Promise<{ items: T[]; total: number }>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    onProgress?.(items.length, result.total);
    if (result.items.length === 0 || items.length >= result.total || items.length >= MAX_LOADED_ITEMS) {
      return { items, total: result.total };
    }
  }
}
