import type { BackorderLine, BackorderStatus } from '@comptoir/contract/backorders';

export interface SortSpec {
  field:
    'status' | 'notedAt' | 'expectedAt' | 'yourReference' | 'distributorNumber' | 'ean13' | 'quantity' | 'title' | 'publisher' | 'purgeAt';
  direction: 'asc' | 'desc';
}
type Field = SortSpec['field'];

export interface ClientQuery {
  /** Words, all of which must appear in the EAN, references, title or publisher. */
  q: string;
  /** Statuses to keep; empty keeps all. */
  statuses: readonly BackorderStatus[];
  sort: SortSpec;
  /** Ids of lines to leave out (optimistically removed). */
  hidden?: ReadonlySet<string>;
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
 * A sort key: folded text, an ISO date, a number, or '' when the value is missing. Digit-only codes (EAN, distributor
 * numbers) are numbers, so that they sort by value and the typed-array sort can order them.
 */
type Key = string | number;
const textual = new Set<Field>(['title', 'publisher', 'yourReference']);
/**
 * Statuses sort in the glossary's order (the business order of the contract's list), not by code. The element hands
 * the contract's list over (`setStatusOrder`): importing it here would split the contract's module into a chunk of its
 * own, shared by the element and this lazily loaded engine.
 */
let statusRank: Partial<Record<BackorderStatus, number>> = {};
export function setStatusOrder(order: readonly BackorderStatus[]): void {
  statusRank = Object.fromEntries(order.map((status, i) => [status, i]));
}
const digitsOnly = /^\d{1,15}$/;

/** Numbers before text, then natural order. Distinct keys only are compared, so 0 means equal. */
const compareKeys = (a: Key, b: Key): number => (typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1);

/**
 * What a list needs for fast sorting, computed once per list and kept while the list lives: sort keys and sort orders
 * (positions in ascending key order, ties by position, missing values last).
 *
 * Everything is built by jobs (generators that yield every few thousand lines), so the same work runs either at once,
 * when a sort needs it now, or in idle slices of a few milliseconds that never hold a frame (`warmUp`, `prepare`).
 */
interface Prepared {
  /** Folded texts by original text: titles and publishers repeat a lot in a backorder list. */
  folds: Map<string, string>;
  orders: Partial<Record<Field, Uint32Array>>;
  keys: Partial<Record<Field, Key[]>>;
  /** Each line's searched fields, folded, in one text (title, publisher, EAN, your reference, number). */
  texts?: string[];
  /** Jobs under way, so that an idle job and an urgent caller share one piece of work. */
  jobs: Map<string, Generator<void, unknown>>;
}
const prepared = new WeakMap<readonly BackorderLine[], Prepared>();

function preparedOf(lines: readonly BackorderLine[]): Prepared {
  let entry = prepared.get(lines);
  if (!entry) prepared.set(lines, (entry = { folds: new Map(), orders: {}, keys: {}, jobs: new Map() }));
  return entry;
}

/** Folded text through the list's cache, for the fields whose values repeat (titles, publishers, statuses). */
function foldCached(entry: Prepared, text: string): string {
  let folded = entry.folds.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (entry.folds.size < 100_000) entry.folds.set(text, folded);
  }
  return folded;
}

/** The key function of a field: one small function per kind of field, which the engine optimizes well in a hot loop. */
function keyGetter(entry: Prepared, field: Field): (line: BackorderLine) => Key {
  if (field === 'quantity') return (line) => line.quantity;
  if (field === 'status') return (line) => statusRank[line.status] ?? line.status;
  if (field === 'yourReference') return (line) => (line.yourReference ? fold(line.yourReference) : '');
  if (textual.has(field)) {
    return (line) => {
      const value = line[field] as string;
      return value ? foldCached(entry, value) : '';
    };
  }
  if (field === 'ean13' || field === 'distributorNumber') {
    return (line) => {
      const value = line[field];
      return value && digitsOnly.test(value) ? Number(value) : value;
    };
  }
  return (line) => (line[field] as string | null) ?? '';
}

const SLICE = 2048;

function drain<T>(job: Generator<void, T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** The job named `name` for this list: the one under way, or a new one. */
function jobOf<T>(entry: Prepared, name: string, start: () => Generator<void, T>): Generator<void, T> {
  let job = entry.jobs.get(name) as Generator<void, T> | undefined;
  if (!job) {
    const inner = start();
    job = (function* () {
      try {
        return yield* inner;
      } finally {
        entry.jobs.delete(name);
      }
    })();
    entry.jobs.set(name, job);
  }
  return job;
}

/** A stable merge sort that yields between runs and every few thousand merged items. */
function* sortJob<T>(items: T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  const run = 2048;
  for (let start = 0; start < items.length; start += run) {
    const sorted = items.slice(start, start + run).sort(compare);
    for (let j = 0; j < sorted.length; j++) items[start + j] = sorted[j]!;
    yield;
  }
  let from = items;
  let to = new Array<T>(items.length);
  for (let width = run; width < items.length; width *= 2) {
    for (let left = 0; left < items.length; left += 2 * width) {
      const middle = Math.min(left + width, items.length);
      const right = Math.min(left + 2 * width, items.length);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
        if (k % SLICE === 0) yield;
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
    yield;
  }
  return from;
}

function* orderJob(lines: readonly BackorderLine[], entry: Prepared, field: Field): Generator<void, Uint32Array> {
  // Keys, grouped by value: positions stay ascending within a group, which gives ties their list order.
  const keys = new Array<Key>(lines.length);
  const groups = new Map<Key, number[]>();
  const keyOf = keyGetter(entry, field);
  for (let i = 0; i < lines.length; i++) {
    const key = (keys[i] = keyOf(lines[i]!));
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
    if (i % SLICE === SLICE - 1) yield;
  }
  // Only the distinct keys are sorted: dates, statuses and publishers have a few hundred values at most.
  const missing = groups.get('');
  groups.delete('');
  let distinct: Key[] = [...groups.keys()];
  if (distinct.every((key) => typeof key === 'number')) {
    distinct = Array.from(Float64Array.from(distinct as number[]).sort());
    yield;
  } else distinct = yield* sortJob(distinct, compareKeys);
  const order = new Uint32Array(lines.length);
  let next = 0;
  for (let d = 0; d < distinct.length; d++) {
    for (const position of groups.get(distinct[d]!)!) order[next++] = position;
    if (d % SLICE === SLICE - 1) yield;
  }
  if (missing) for (const position of missing) order[next++] = position;
  entry.keys[field] = keys;
  entry.orders[field] = order;
  return order;
}

/** The searched fields of each line, folded and joined (a separator no word holds: a word never spans two fields). */
function* textsJob(lines: readonly BackorderLine[], entry: Prepared): Generator<void, string[]> {
  const texts = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Joined, not concatenated: a flat string (concatenation builds a rope, which the first search would flatten).
    texts[i] = [
      foldCached(entry, line.title),
      foldCached(entry, line.publisher),
      fold(line.ean13),
      fold(line.yourReference),
      fold(line.distributorNumber),
    ].join('\n');
    if (i % SLICE === SLICE - 1) yield;
  }
  entry.texts = texts;
  return texts;
}

function textsJobOf(lines: readonly BackorderLine[]): Generator<void, string[]> | undefined {
  const entry = preparedOf(lines);
  return entry.texts ? undefined : jobOf(entry, 'texts', () => textsJob(lines, entry));
}

function orderJobOf(lines: readonly BackorderLine[], field: Field): Generator<void, Uint32Array> | undefined {
  const entry = preparedOf(lines);
  return entry.orders[field] ? undefined : jobOf(entry, `order:${field}`, () => orderJob(lines, entry, field));
}

function orderOf(lines: readonly BackorderLine[], field: Field): Uint32Array {
  const job = orderJobOf(lines, field);
  return job ? drain(job) : preparedOf(lines).orders[field]!;
}

export const sortFields: readonly Field[] = [
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

type Idle = (callback: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, options?: { timeout: number }) => number;
const requestIdle: Idle =
  globalThis.requestIdleCallback?.bind(globalThis) ??
  ((callback) => setTimeout(() => callback({ timeRemaining: () => 8, didTimeout: false }), 16) as unknown as number);
const cancelIdle: (handle: number) => void = globalThis.cancelIdleCallback?.bind(globalThis) ?? clearTimeout;

/**
 * Runs jobs one after the other in idle slices, each within the idle period the browser grants (a step of a job
 * takes a few milliseconds at most, which is all a slice can overrun). With `timeout`, a slice runs within that many milliseconds even when the page is
 * never idle. Returns a cancel function.
 */
function runInSlices(jobs: (() => Generator<void, unknown> | undefined)[], done?: () => void, timeout?: number): () => void {
  let job: Generator<void, unknown> | undefined;
  let handle = 0;
  const slice: Parameters<Idle>[0] = (deadline) => {
    // The idle time the browser grants (at most 12 ms), or 4 ms when the timeout forced this slice.
    const until = performance.now() + (deadline.didTimeout ? 4 : Math.min(deadline.timeRemaining(), 12));
    do {
      while (!job) {
        const start = jobs.shift();
        if (!start) return done?.();
        job = start();
      }
      if (job.next().done) job = undefined;
    } while (performance.now() < until);
    handle = requestIdle(slice, timeout === undefined ? undefined : { timeout });
  };
  handle = requestIdle(slice, timeout === undefined ? undefined : { timeout });
  return () => cancelIdle(handle);
}

/** Builds every sort order of a list, and its search texts, in idle time, so that the first click or search is fast too. */
export function warmUp(lines: readonly BackorderLine[]): () => void {
  const jobs: (() => Generator<void, unknown> | undefined)[] = sortFields.map((field) => () => orderJobOf(lines, field));
  // The search texts right after the first order (a reader searches sooner than they sort on a seventh column).
  jobs.splice(1, 0, () => textsJobOf(lines));
  return runInSlices(jobs);
}

/**
 * Whether `filterAndSort` can answer this query with one fast pass: the order of its sort field is built, and for a
 * search the list's search texts.
 */
export function isReady(lines: readonly BackorderLine[], query: ClientQuery): boolean {
  const entry = prepared.get(lines);
  return entry?.orders[query.sort.field] !== undefined && (!query.q.trim() || entry.texts !== undefined);
}

/** Builds what `query` needs in slices of at most ~12 ms within `timeout` ms each, then calls `done`. */
export function prepare(lines: readonly BackorderLine[], query: ClientQuery, done: () => void, timeout = 100): () => void {
  return runInSlices([() => orderJobOf(lines, query.sort.field), () => (query.q.trim() ? textsJobOf(lines) : undefined)], done, timeout);
}

const wordsOf = (q: string) => fold(q).split(/\s+/).filter(Boolean);

/** Letters and the accented letters they stand for: a folded word matches the text as it is, accents and case aside. */
const accented: Record<string, string> = { a: 'aàáâãäå', c: 'cç', e: 'eèéêë', i: 'iìíîï', n: 'nñ', o: 'oòóôõö', u: 'uùúûü', y: 'yýÿ' };

/**
 * A search word as a case-insensitive pattern that also matches accented letters ("reimpression" finds
 * "Réimpression"). Matching the fields as they are, with the engine's regular expressions, needs no folded copy of
 * 100 000 lines: a first search is one pass. The folded copy (the search texts) is built in idle time, after which a
 * search is one substring test a word, several times faster.
 */
export function wordPattern(word: string): RegExp {
  let source = '';
  for (const char of fold(word)) source += accented[char] ? `[${accented[char]}]` : char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return new RegExp(source, 'i');
}

function keeper(lines: readonly BackorderLine[], query: ClientQuery): ((i: number) => boolean) | undefined {
  const words = wordsOf(query.q);
  const statuses = new Set(query.statuses);
  const hidden = query.hidden?.size ? query.hidden : undefined;
  if (!words.length && !statuses.size && !hidden) return undefined;
  const kept = (line: BackorderLine) => (statuses.size === 0 || statuses.has(line.status)) && (!hidden || !hidden.has(line.id));
  // With the list's search texts (built in idle time): one substring test a word; before them, the patterns.
  const texts = words.length ? preparedOf(lines).texts : undefined;
  if (texts) return (i) => kept(lines[i]!) && words.every((word) => texts[i]!.includes(word));
  const patterns = words.map(wordPattern);
  return (i) => {
    const line = lines[i]!;
    return (
      kept(line) &&
      patterns.every(
        (pattern) =>
          pattern.test(line.title) ||
          pattern.test(line.ean13) ||
          pattern.test(line.yourReference) ||
          pattern.test(line.distributorNumber) ||
          pattern.test(line.publisher),
      )
    );
  };
}

/** Client mode: every word of `q` must appear; statuses filter; a stable sort (ties keep the given order). */
export function filterAndSort(lines: readonly BackorderLine[], query: ClientQuery): BackorderLine[] {
  const keep = keeper(lines, query);
  const order = orderOf(lines, query.sort.field);
  const result: BackorderLine[] = [];
  if (query.sort.direction === 'asc') {
    if (keep) {
      for (const i of order) if (keep(i)) result.push(lines[i]!);
    } else for (const i of order) result.push(lines[i]!);
    return result;
  }
  // Descending: key groups from the last to the first, each group still in position order; missing values stay last.
  const keys = preparedOf(lines).keys[query.sort.field]!;
  let firstMissing = order.length;
  while (firstMissing > 0 && keys[order[firstMissing - 1]!] === '') firstMissing--;
  for (let end = firstMissing - 1; end >= 0;) {
    const key = keys[order[end]!];
    let start = end;
    while (start > 0 && keys[order[start - 1]!] === key) start--;
    for (let j = start; j <= end; j++) if (!keep || keep(order[j]!)) result.push(lines[order[j]!]!);
    end = start - 1;
  }
  for (let j = firstMissing; j < order.length; j++) if (!keep || keep(order[j]!)) result.push(lines[order[j]!]!);
  return result;
}

/**
 * The first `count` lines of a query, and how many lines match, without ordering them all: a bounded insertion keeps
 * the best `count` (one comparison for most lines). A 100 000-line list paints its first screen in one pass, before its
 * full order is built.
 */
export function firstRows(lines: readonly BackorderLine[], query: ClientQuery, count: number): { rows: BackorderLine[]; total: number } {
  const keep = keeper(lines, query);
  const keyOf = keyGetter(preparedOf(lines), query.sort.field);
  const ascending = query.sort.direction === 'asc';
  // Whether key a ranks strictly before key b (lines are scanned in position order, so a tie keeps the earlier line):
  // compareKeys written out, one comparison per line in the common case.
  const before = ascending
    ? (a: Key, b: Key) => a !== '' && (b === '' || (typeof a === typeof b ? a < b : typeof a === 'number'))
    : (a: Key, b: Key) => a !== '' && (b === '' || (typeof a === typeof b ? a > b : typeof a === 'string'));
  const keys: Key[] = [];
  const positions: number[] = [];
  let total = 0;
  let worst: Key = '';
  for (let i = 0; i < lines.length; i++) {
    if (keep && !keep(i)) continue;
    total++;
    const key = keyOf(lines[i]!);
    if (positions.length === count) {
      if (!before(key, worst)) continue;
      keys.pop();
      positions.pop();
    }
    let at = positions.length;
    while (at > 0 && before(key, keys[at - 1]!)) at--;
    keys.splice(at, 0, key);
    positions.splice(at, 0, i);
    worst = keys[keys.length - 1]!;
  }
  return { rows: positions.map((i) => lines[i]!), total };
}
