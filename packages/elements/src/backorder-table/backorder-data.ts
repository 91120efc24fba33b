import type { BackorderLine, BackorderStatus } from '@comptoir/contract';

export interface SortSpec {
  field:
    'status' | 'notedAt' | 'expectedAt' | 'yourReference' | 'distributorNumber' | 'ean13' | 'quantity' | 'title' | 'publisher' | 'purgeAt';
  direction: 'asc' | 'desc';
}

/** Lower-case, accent-free text for matching ("Réimpression" finds "reimpression"). */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Search text per line, computed once per line object (a WeakMap, so it goes with the data). */
const haystacks = new WeakMap<BackorderLine, string>();
function haystack(line: BackorderLine): string {
  let text = haystacks.get(line);
  if (text === undefined) {
    text = fold(`${line.ean13} ${line.yourReference} ${line.distributorNumber} ${line.title} ${line.publisher}`);
    haystacks.set(line, text);
  }
  return text;
}

/** Sort keys per field and line, also computed once: comparing prepared keys keeps 100k-line sorts well under 100 ms. */
const sortKeys = new Map<SortSpec['field'], WeakMap<BackorderLine, string | number>>();
function sortKey(line: BackorderLine, field: SortSpec['field']): string | number {
  let keys = sortKeys.get(field);
  if (!keys) sortKeys.set(field, (keys = new WeakMap()));
  let key = keys.get(line);
  if (key === undefined) {
    const value = line[field];
    key = typeof value === 'number' ? value : value === null ? '' : fold(value);
    keys.set(line, key);
  }
  return key;
}

/** Client mode: every word of `q` must appear; statuses filter; a stable sort (ties keep the server's order). */
export function filterAndSort(
  lines: readonly BackorderLine[],
  options: { q: string; statuses: readonly BackorderStatus[]; sort: SortSpec },
): BackorderLine[] {
  const words = fold(options.q).split(/\s+/).filter(Boolean);
  const statuses = new Set(options.statuses);
  const rows = lines.filter(
    (line) =>
      (statuses.size === 0 || statuses.has(line.status)) && (words.length === 0 || words.every((word) => haystack(line).includes(word))),
  );
  const { field, direction } = options.sort;
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((line, index) => ({ line, index, key: sortKey(line, field) }));
  keyed.sort((a, b) => {
    // Empty values (no expected date) go last in either direction.
    if (a.key === '' && b.key !== '') return 1;
    if (b.key === '' && a.key !== '') return -1;
    return a.key < b.key ? -sign : a.key > b.key ? sign : a.index - b.index;
  });
  return keyed.map((entry) => entry.line);
}
