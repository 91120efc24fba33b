import type { Statement } from 'better-sqlite3';
import { DEFAULT_PAGE_SIZE, ListQuery, MAX_PAGE_SIZE, parseSort } from '@comptoir/contract';
import type { Db } from './db.js';
import { HttpProblem } from './http.js';
import type { statusCountTables } from './schema.sql.js';

export interface Clause {
  sql: string;
  params: unknown[];
  /** A full-text clause also says where it searches, so that a page can be read in sort order instead (see `listRows`). */
  fts?: { table: string; match: string; rowid: string };
}

/** An order whose expression depends on the direction (empty values last in both). */
export interface SortExpression {
  asc: string;
  desc: string;
}

/**
 * A status column sorted in the business order of its codes (the order of the contract's list, which the glossaries
 * follow), not alphabetically by code. The same expression is indexed in `schema.sql.ts`.
 */
export function rank(column: string, codes: readonly string[]): string {
  return `CASE ${column} ${codes.map((code, i) => `WHEN '${code.replace(/'/g, "''")}' THEN ${i}`).join(' ')} END`;
}

/**
 * A column that may be empty, with its empty values last in both directions: a date no one knows yet sorts after every
 * known one, whichever way the list is sorted. Text columns (ISO dates) use '~' and '', number columns ±1e308.
 */
export function emptyLast(column: string, kind: 'text' | 'number' = 'text'): SortExpression {
  const [high, low] = kind === 'text' ? ["'~'", "''"] : ['1e308', '-1e308'];
  return { asc: `coalesce(${column}, ${high})`, desc: `coalesce(${column}, ${low})` };
}

export interface ListSpec {
  /** `FROM …` with the table aliased; the account filter is `accountColumn = ?`. */
  from: string;
  /** Null only for the distributor's shared catalog, where `fromParams` scopes the join instead. */
  accountColumn: string | null;
  fromParams?: (accountId: string) => unknown[];
  select: string;
  /**
   * Contract field → SQL expression, or one per direction (`rank`, `emptyLast`); the row id breaks ties so pages are
   * stable.
   */
  sortColumns: Record<string, string | SortExpression>;
  tieBreaker: string;
  defaultSort: string;
  /** Status codes accepted in `status=a,b`, and the column they filter. */
  status?: { column: string; values: readonly string[] };
  /** The table's name in `status_counts`: totals without search or extra filters are read there, not counted. */
  statusCounts?: (typeof statusCountTables)[number];
  search?: (q: string) => Clause;
}

/** Sparse full-text matches in their sort order (rowids), per query, until the account's data changes. */
const orderedMatches = new Map<string, number[]>();

/** Counting a million rows costs more than a page; counts are kept until the account's data changes. */
const countCache = new Map<string, number>();
const versions = new Map<string, number>();
let globalVersion = 0;
export function invalidate(accountId: string): void {
  versions.set(accountId, (versions.get(accountId) ?? 0) + 1);
  globalVersion++;
}

/**
 * A word found in thousands of lines ("jardin") makes "all matches, then sort" slow. For those, the page is read by
 * walking the sort index and keeping rows whose rowid is in the (cached) set of matches, which stops after one page.
 * Rare words keep the plain plan, where sorting a few matches is cheap.
 */
/** Tunable so that tests can take the sort-order walk on small data. */
export const listTuning = { manyMatches: 200, maxWalk: 3_000 };
const matchSets = new Map<string, Set<number>>();
const withHitFunction = new WeakSet<Db>();
function matchSet(db: Db, fts: NonNullable<Clause['fts']>): { key: string; size: number } {
  const key = `${globalVersion}|${fts.table}|${fts.match}`;
  let set = matchSets.get(key);
  if (!set) {
    if (!withHitFunction.has(db)) {
      db.function('fts_hit', { deterministic: true }, (setKey, rowid) => (matchSets.get(String(setKey))?.has(Number(rowid)) ? 1 : 0));
      withHitFunction.add(db);
    }
    set = new Set(prepared(db, `SELECT rowid FROM ${fts.table} WHERE ${fts.table} MATCH ?`).pluck().all(fts.match) as number[]);
    if (matchSets.size > 200) matchSets.clear();
    matchSets.set(key, set);
  }
  return { key, size: set.size };
}

/** FTS5 query: each word a prefix, all required; only letters and digits pass, so user text is never FTS syntax. */
export function ftsQuery(q: string): string {
  return q
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/** A full-text clause; text with no word in it matches nothing rather than everything. */
export function ftsClause(table: string, rowid: string, q: string): Clause {
  const match = ftsQuery(q);
  return match
    ? { sql: `${rowid} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`, params: [match], fts: { table, match, rowid } }
    : { sql: '1 = 0', params: [] };
}

const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();
/** Prepared statements are reused: list SQL varies only with the filters in use. */
export function prepared(db: Db, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<unknown[]>(sql)));
  return statement;
}

export function listRows<Row>(db: Db, accountId: string, query: ListQuery, spec: ListSpec, extra: Clause[] = []) {
  const where: Clause[] = [...(spec.accountColumn ? [{ sql: `${spec.accountColumn} = ?`, params: [accountId] }] : []), ...extra];
  if (query.status && !spec.status) {
    throw new HttpProblem(400, 'Invalid request', 'This list has no status filter.', {
      code: 'invalid-request',
      errors: [{ path: 'query.status', message: 'not a filter of this list' }],
    });
  }
  if (query.status && spec.status) {
    const codes = query.status.split(',').filter(Boolean);
    const unknown = codes.filter((code) => !spec.status!.values.includes(code));
    if (unknown.length) {
      throw new HttpProblem(400, 'Invalid request', 'Unknown status.', {
        code: 'invalid-request',
        errors: [{ path: 'query.status', message: `unknown ${unknown.join(', ')}; expected ${spec.status.values.join(', ')}` }],
      });
    }
    where.push({ sql: `${spec.status.column} IN (${codes.map(() => '?').join(',')})`, params: codes });
  }
  const q = query.q?.trim();
  if (q && spec.search) where.push(spec.search(q));

  const sort = parseSort(query.sort ?? spec.defaultSort, Object.keys(spec.sortColumns));
  if (typeof sort === 'string') {
    throw new HttpProblem(400, 'Invalid request', 'Unknown sort field.', {
      code: 'invalid-request',
      errors: [{ path: 'query.sort', message: `unknown field ${sort}; expected one of ${Object.keys(spec.sortColumns).join(', ')}` }],
    });
  }
  // The tie-breaker follows the first key's direction, so that one index gives the whole order (no temporary sort).
  const tieDirection = sort[0]?.direction === 'asc' ? 'ASC' : 'DESC';
  const order = [
    ...sort.map((key) => {
      const column = spec.sortColumns[key.field]!;
      return `${typeof column === 'string' ? column : column[key.direction]} ${key.direction === 'desc' ? 'DESC' : 'ASC'}`;
    }),
    `${spec.tieBreaker} ${tieDirection}`,
  ].join(', ');
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(query.pageSize ?? DEFAULT_PAGE_SIZE)));
  const page = Math.max(1, Number(query.page ?? 1));
  const whereSql = where.map((clause) => `(${clause.sql})`).join(' AND ') || '1 = 1';
  const params = [...(spec.fromParams?.(accountId) ?? []), ...where.flatMap((clause) => clause.params)];

  const countKey = `${versions.get(accountId) ?? 0}|${spec.from}|${whereSql}|${JSON.stringify(params)}`;
  let total = countCache.get(countKey);
  if (total === undefined && spec.statusCounts && spec.accountColumn && !(q && spec.search) && extra.length === 0) {
    const codes = query.status ? query.status.split(',').filter(Boolean) : [];
    total = (
      prepared(
        db,
        `SELECT coalesce(sum(n), 0) AS n FROM status_counts WHERE tbl = ? AND account_id = ?${codes.length ? ` AND status IN (${codes.map(() => '?').join(',')})` : ''}`,
      ).get(spec.statusCounts, accountId, ...codes) as { n: number }
    ).n;
  }
  if (total === undefined) {
    total = (prepared(db, `SELECT count(*) AS n FROM ${spec.from} WHERE ${whereSql}`).get(...params) as { n: number }).n;
    if (countCache.size > 5000) countCache.clear();
    countCache.set(countKey, total);
  }
  let fewMatches: string | null = null;
  const pageWhere = where.map((clause) => {
    if (!clause.fts) return clause;
    const matches = matchSet(db, clause.fts);
    // Dense matches: walk the sort index until the page is full (about page end × rows ÷ matches rows read).
    // Sparse ones: look the cached matches up by rowid, and sort those few.
    const tableRows = (prepared(db, `SELECT max(rowid) AS n FROM ${spec.from.split(' ')[0]}`).get() as { n: number | null }).n ?? 0;
    const walk = (page * pageSize * tableRows) / Math.max(1, matches.size);
    if (matches.size > listTuning.manyMatches && walk <= listTuning.maxWalk)
      return { sql: `fts_hit(?, ${clause.fts.rowid})`, params: [matches.key] };
    fewMatches = clause.fts.rowid;
    return { sql: `${clause.fts.rowid} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify([...matchSets.get(matches.key)!])] };
  });
  // With few matches, reading them by rowid beats any filter index (which would scan, say, every "available" line).
  const pageFrom = fewMatches ? spec.from.replace(/^(\w+ \w+)/, '$1 NOT INDEXED') : spec.from;
  const pageSql = pageWhere.map((clause) => `(${clause.sql})`).join(' AND ') || '1 = 1';
  const pageParams = [...(spec.fromParams?.(accountId) ?? []), ...pageWhere.flatMap((clause) => clause.params)];
  if (fewMatches) {
    // Sparse matches: their order is computed once (rowids only) and kept until the account's data changes, so the
    // same search paged, or asked again, reads just its page by rowid.
    const orderKey = `${countKey}|${order}`;
    let ordered = orderedMatches.get(orderKey);
    if (!ordered) {
      ordered = prepared(db, `SELECT ${fewMatches} FROM ${pageFrom} WHERE ${pageSql} ORDER BY ${order}`)
        .pluck()
        .all(...pageParams) as number[];
      if (orderedMatches.size > 200) orderedMatches.clear();
      orderedMatches.set(orderKey, ordered);
    }
    const slice = ordered.slice((page - 1) * pageSize, page * pageSize);
    if (slice.length === 0) return { rows: [] as Row[], total, page, pageSize };
    const found = prepared(
      db,
      `SELECT ${spec.select}, ${fewMatches} AS rowid_ FROM ${spec.from} WHERE ${fewMatches} IN (SELECT value FROM json_each(?))`,
    ).all(...(spec.fromParams?.(accountId) ?? []), JSON.stringify(slice)) as (Row & { rowid_: number })[];
    const position = new Map(slice.map((id, index) => [id, index]));
    found.sort((a, b) => position.get(a.rowid_)! - position.get(b.rowid_)!);
    return { rows: found as Row[], total, page, pageSize };
  }
  const rows = prepared(db, `SELECT ${spec.select} FROM ${pageFrom} WHERE ${pageSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...pageParams,
    pageSize,
    (page - 1) * pageSize,
  ) as Row[];
  return { rows, total, page, pageSize };
}
