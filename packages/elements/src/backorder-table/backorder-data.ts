import type { BackorderLine, BackorderStatus } from '@comptoir/contract';

export interface SortSpec {
  field:
    'status' | 'notedAt' | 'expectedAt' | 'yourReference' | 'distributorNumber' | 'ean13' | 'quantity' | 'title' | 'publisher' | 'purgeAt';
  direction: 'asc' | 'desc';
}

const ascii = /^[\x20-\x7e]*$/;
/** Lower-case, accent-free text for matching ("Réimpression" finds "reimpression"); ASCII skips the costly part. */
export const fold = (text: string) =>
  ascii.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();

/**
 * Search texts and sort orders, computed once per list (flat arrays by position): after that, a sort or a filter of
 * 100 000 lines is one pass, whatever the direction. `warmUp` builds them in idle time right after a list arrives.
 */
interface Prepared {
  haystacks?: string[];
  keys: Partial<Record<SortSpec['field'], (string | number)[]>>;
  /** Positions in ascending key order, ties by position, missing values last. */
  orders: Partial<Record<SortSpec['field'], Uint32Array>>;
}
const prepared = new WeakMap<readonly BackorderLine[], Prepared>();

function preparedOf(lines: readonly BackorderLine[]): Prepared {
  let entry = prepared.get(lines);
  if (!entry) prepared.set(lines, (entry = { keys: {}, orders: {} }));
  return entry;
}

function haystacksOf(lines: readonly BackorderLine[]): string[] {
  const entry = preparedOf(lines);
  return (entry.haystacks ??= lines.map((line) =>
    fold(`${line.ean13} ${line.yourReference} ${line.distributorNumber} ${line.title} ${line.publisher}`),
  ));
}

/** Text keys are folded; dates (ISO) and numbers compare as they are; a missing value is ''. */
function keysOf(lines: readonly BackorderLine[], field: SortSpec['field']): (string | number)[] {
  const entry = preparedOf(lines);
  const textual = field === 'title' || field === 'publisher' || field === 'yourReference' || field === 'status';
  return (entry.keys[field] ??= lines.map((line) => {
    const value = line[field];
    if (typeof value === 'number') return value;
    if (value === null || value === '') return '';
    return textual ? fold(value) : value;
  }));
}

function orderOf(lines: readonly BackorderLine[], field: SortSpec['field']): Uint32Array {
  const entry = preparedOf(lines);
  let order = entry.orders[field];
  if (!order) {
    // Group positions by key (one pass, positions stay ascending), then sort only the distinct keys: dates, statuses and
    // quantities have a few hundred values at most, so even 100 000 lines order in a few milliseconds.
    const keys = keysOf(lines, field);
    const groups = new Map<string | number, number[]>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    order = new Uint32Array(lines.length);
    if (groups.size > lines.length / 4) {
      // Nearly unique keys (EAN, references): a plain comparison sort of the positions.
      const positions = Array.from({ length: lines.length }, (_, i) => i);
      positions.sort((a, b) => {
        const ka = keys[a]!;
        const kb = keys[b]!;
        if (ka === kb) return a - b;
        if (ka === '') return 1;
        if (kb === '') return -1;
        return ka < kb ? -1 : 1;
      });
      order.set(positions);
    } else {
      const distinct = [...groups.keys()].filter((key) => key !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (groups.has('')) distinct.push('');
      let next = 0;
      for (const key of distinct) for (const position of groups.get(key)!) order[next++] = position;
    }
    entry.orders[field] = order;
  }
  return order;
}

export const sortFields: readonly SortSpec['field'][] = [
  'title',
  'status',
  'expectedAt',
  'purgeAt',
  'publisher',
  'quantity',
  'notedAt',
  'yourReference',
  'ean13',
  'distributorNumber',
];

/** Builds the search texts and sort orders of a list, one piece per idle period. Returns a cancel function. */
export function warmUp(lines: readonly BackorderLine[]): () => void {
  const steps: (() => unknown)[] = [
    ...sortFields.slice(0, 2).map((field) => () => orderOf(lines, field)),
    () => haystacksOf(lines),
    ...sortFields.slice(2).map((field) => () => orderOf(lines, field)),
  ];
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
  const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
  let handle = 0;
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    handle = idle(next) as number;
  };
  handle = idle(next) as number;
  return () => cancelIdle(handle);
}

/** Client mode: every word of `q` must appear; statuses filter; a stable sort (ties keep the given order). */
export function filterAndSort(
  lines: readonly BackorderLine[],
  options: { q: string; statuses: readonly BackorderStatus[]; sort: SortSpec },
): BackorderLine[] {
  const words = fold(options.q).split(/\s+/).filter(Boolean);
  const statuses = new Set(options.statuses);
  const haystacks = words.length ? haystacksOf(lines) : undefined;
  const keep = (i: number) =>
    (statuses.size === 0 || statuses.has(lines[i]!.status)) && (!haystacks || words.every((word) => haystacks[i]!.includes(word)));
  const order = orderOf(lines, options.sort.field);
  const result: BackorderLine[] = [];
  if (options.sort.direction === 'asc') {
    for (const i of order) if (keep(i)) result.push(lines[i]!);
    return result;
  }
  // Descending: key groups from the last to the first, each group still in position order; missing values stay last.
  const keys = keysOf(lines, options.sort.field);
  let firstMissing = order.length;
  while (firstMissing > 0 && keys[order[firstMissing - 1]!] === '') firstMissing--;
  for (let end = firstMissing - 1; end >= 0;) {
    let start = end;
    while (start > 0 && keys[order[start - 1]!] === keys[order[end]!]) start--;
    for (let j = start; j <= end; j++) if (keep(order[j]!)) result.push(lines[order[j]!]!);
    end = start - 1;
  }
  for (let j = firstMissing; j < order.length; j++) if (keep(order[j]!)) result.push(lines[order[j]!]!);
  return result;
}

/** Whether the sort order of `field` is already built for this list. */
export function hasOrder(lines: readonly BackorderLine[], field: SortSpec['field']): boolean {
  return prepared.get(lines)?.orders[field] !== undefined;
}

/**
 * The first `count` lines of a sort, and how many lines pass the filters, without ordering them all: a bounded
 * insertion keeps the best `count` (one comparison for most lines). Lets a 100 000-line list paint its first screen
 * before its full order is built.
 */
export function firstRows(
  lines: readonly BackorderLine[],
  options: { q: string; statuses: readonly BackorderStatus[]; sort: SortSpec },
  count: number,
): { rows: BackorderLine[]; total: number } {
  const words = fold(options.q).split(/\s+/).filter(Boolean);
  const statuses = new Set(options.statuses);
  const haystacks = words.length ? haystacksOf(lines) : undefined;
  const { field, direction } = options.sort;
  const textual = field === 'title' || field === 'publisher' || field === 'yourReference' || field === 'status';
  const keyOf = (line: BackorderLine): string | number => {
    const value = line[field];
    return typeof value === 'number' ? value : value === null || value === '' ? '' : textual ? fold(value) : value;
  };
  // Before: a ranks first. Missing values last; ties by position.
  const before = (ka: string | number, ia: number, kb: string | number, ib: number) => {
    if (ka === kb) return ia < ib;
    if (ka === '') return false;
    if (kb === '') return true;
    return direction === 'asc' ? ka < kb : ka > kb;
  };
  const best: { key: string | number; index: number }[] = [];
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (statuses.size && !statuses.has(line.status)) continue;
    if (haystacks && !words.every((word) => haystacks[i]!.includes(word))) continue;
    total++;
    const key = keyOf(line);
    if (best.length === count) {
      const worst = best[count - 1]!;
      if (!before(key, i, worst.key, worst.index)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && before(key, i, best[at - 1]!.key, best[at - 1]!.index)) at--;
    best.splice(at, 0, { key, index: i });
  }
  return { rows: best.map((entry) => lines[entry.index]!), total };
}
