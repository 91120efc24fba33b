import type Database from 'better-sqlite3';
import { backorderStatuses, caseStatuses, DEFAULT_PAGE_SIZE, ListQuery, MAX_PAGE_SIZE, parseSort } from '@comptoir/contract';
import { HttpProblem } from './http.js';
import { isSqlite, prepared, type PostgresSql, type Sql } from './sql.js';

type Db = Database.Database;
import { ftsPhrase, matchesWords, scopeWord, searchWords } from './search.js';
import { sortedKeys, sortedLimits } from './sorted.js';
import type { statusCountTables } from './schema.sql.js';

export interface Clause {
  sql: string;
  params: unknown[];
  /**
   * The same filter as words of the search table's `scope` column (a status, say), so that a search counts its
   * matches in the index alone.
   */
  scope?: string;
  /** A full-text clause also says where it searches, so that a page can be read in sort order instead (see `listRows`). */
  fts?: FullText;
}

export interface FullText {
  /** The FTS5 table, its text columns, and the same columns as SQL of the list's `FROM` (for the walk's own check). */
  table: string;
  columns: readonly string[];
  texts: readonly string[];
  /** The listed table's rowid, which is the index's. */
  rowid: string;
  words: string[];
  /** Rowids numbered in account blocks (schema.sql.ts), so the search is scoped by a rowid range. */
  blocks: boolean;
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
  status?: { column: string; values: readonly string[]; /** The status is a scope word of the search table. */ scoped?: boolean };
  /** The table's name in `status_counts`: totals without search or extra filters are read there, not counted. */
  statusCounts?: (typeof statusCountTables)[number];
  /**
   * The tables the list reads, its searches included (default: the first of `from`): on PostgreSQL, a cached total is
   * keyed by their versions (schema.pg.ts, `data_versions`).
   */
  tables?: readonly string[];
  search?: (q: string) => Clause;
}

/** Full-text matches in their sort order (rowids), per query, until the data changes; and walked pages (rowids). */
const orderedMatches = new Map<string, number[]>();
const walkedPages = new Map<string, number[]>();

/** Counting a million rows costs more than a page; counts are kept until the account's data changes. */
const countCache = new Map<string, number>();
const versions = new Map<string, number>();
export function invalidate(accountId: string): void {
  versions.set(accountId, (versions.get(accountId) ?? 0) + 1);
}
/**
 * What the caches are keyed by: the account's own writes through this server (`invalidate`), and SQLite's data version,
 * which changes when another connection (another program, an ERP sync) commits, so no cache outlives a write.
 */
function dataVersion(db: Db, accountId: string): string {
  return `${databaseId(db)}.${prepared(db, 'PRAGMA data_version').pluck().get() as number}.${versions.get(accountId) ?? 0}`;
}
/** The caches are the module's: a number per open database keeps two files' entries apart (tests open several). */
const databaseIds = new WeakMap<Db, number>();
let databasesOpened = 0;
function databaseId(db: Db): number {
  let id = databaseIds.get(db);
  if (id === undefined) databaseIds.set(db, (id = ++databasesOpened));
  return id;
}
function cached(key: string, compute: () => number): number {
  let value = countCache.get(key);
  if (value === undefined) {
    value = compute();
    if (countCache.size > 5000) countCache.clear();
    countCache.set(key, value);
  }
  return value;
}

/**
 * How a search reads its page. Dense matches (a common word): walk the sort order and keep the rows whose words match,
 * which stops after one page, checked by `matchesWords` (the index's own rule) on each row walked; the walk is bounded,
 * and a search whose matches sit far in the order (a title word, sorted by title) falls back to sorting the matches.
 * Sparse matches: sort the matches (rowids from the index) and read the page by rowid. Tunable so that tests can force
 * each way on small data.
 */
export const listTuning = { maxWalk: 4_000, minProbe: 5_000 };
/** How many pages each way read (for the tests, which force each way on small data and check it was taken). */
export const listStats = { probed: 0, fromTerms: 0, sortedFromTerms: 0, probedFromTerms: 0 };

/** Whether a statement's plan reads its order from an index (no temporary sort); asked once per statement. */
const orderedPlans = new WeakMap<Db, Map<string, boolean>>();
function walksAnIndex(db: Db, sql: string, params: unknown[]): boolean {
  let plans = orderedPlans.get(db);
  if (!plans) orderedPlans.set(db, (plans = new Map()));
  let walks = plans.get(sql);
  if (walks === undefined) {
    const plan = prepared(db, `EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    walks = !plan.some((step) => step.detail.includes('TEMP B-TREE FOR ORDER BY'));
    plans.set(sql, walks);
  }
  return walks;
}

const blocks = new Map<string, number>();
function accountBlock(db: Db, accountId: string): number {
  const key = `${databaseId(db)}|${accountId}`;
  let block = blocks.get(key);
  if (block === undefined) {
    block = (prepared(db, 'SELECT block FROM accounts WHERE id = ?').pluck().get(accountId) as number | null) ?? -1;
    if (block >= 0) blocks.set(key, block);
  }
  return block;
}

const withWordsFunction = new WeakSet<Db>();
function registerWords(db: Db) {
  if (withWordsFunction.has(db)) return;
  db.function('comptoir_words', { deterministic: true, varargs: true }, (words, ...texts) => (matchesWords(String(words), texts) ? 1 : 0));
  withWordsFunction.add(db);
}

/** A full-text clause; text with no word in it matches nothing rather than everything. */
export function ftsClause(search: Omit<FullText, 'words'>, q: string): Clause {
  const words = searchWords(q);
  if (words.length === 0) return { sql: '1 = 0', params: [] };
  return {
    sql: `${search.rowid} IN (SELECT rowid FROM ${search.table} WHERE ${search.table} MATCH ?)`,
    params: [`{${search.columns.join(' ')}} : (${ftsPhrase(words)})`],
    fts: { ...search, words },
  };
}

const whereOf = (clauses: Clause[]) => clauses.map((clause) => `(${clause.sql})`).join(' AND ') || '1 = 1';
const paramsOf = (fromParams: unknown[], clauses: Clause[]) => [...fromParams, ...clauses.flatMap((clause) => clause.params)];

/** An account's rows in a list, from the kept counts, for some statuses or all. */
function statusTotal(db: Db, table: string, accountId: string, statuses: string[]): number {
  return prepared(db, statusTotalSql(statuses))
    .pluck()
    .get(table, accountId, ...statuses) as number;
}

export interface ListPage<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page of a list, on either engine: the query is checked against the list's filters and sort fields (400 naming
 * what is wrong), then read by SQLite's engine (kept counts, the full-text walk, caches keyed by the data's version)
 * or PostgreSQL's (one query per page and one per total, no cache: another instance's write is seen at once).
 */
export async function listRows<Row>(
  sql: Sql,
  accountId: string,
  query: ListQuery,
  spec: ListSpec,
  extra: Clause[] = [],
): Promise<ListPage<Row>> {
  const plan = listPlan(accountId, query, spec, extra);
  return isSqlite(sql) ? sql.withDb((db) => sqliteList<Row>(db, accountId, spec, extra, plan)) : postgresList<Row>(sql, spec, extra, plan);
}

type Plan = ReturnType<typeof listPlan>;

function listPlan(accountId: string, query: ListQuery, spec: ListSpec, extra: Clause[]) {
  const account: Clause[] = spec.accountColumn ? [{ sql: `${spec.accountColumn} = ?`, params: [accountId] }] : [];
  const filters: Clause[] = [...extra];
  if (query.status && !spec.status) {
    throw new HttpProblem(400, 'Invalid request', 'This list has no status filter.', {
      code: 'invalid-request',
      errors: [{ path: 'query.status', message: 'not a filter of this list' }],
    });
  }
  const statuses = query.status ? query.status.split(',').filter(Boolean) : [];
  if (query.status && spec.status) {
    const codes = statuses;
    const unknown = codes.filter((code) => !spec.status!.values.includes(code));
    if (unknown.length) {
      throw new HttpProblem(400, 'Invalid request', 'Unknown status.', {
        code: 'invalid-request',
        errors: [{ path: 'query.status', message: `unknown ${unknown.join(', ')}; expected ${spec.status.values.join(', ')}` }],
      });
    }
    filters.push({
      sql: `${spec.status.column} IN (${codes.map(() => '?').join(',')})`,
      params: codes,
      scope: spec.status.scoped ? `(${codes.map((code) => `"${scopeWord(code)}"`).join(' OR ')})` : undefined,
    });
  }
  const q = query.q?.trim();
  const search = q && spec.search ? spec.search(q) : undefined;

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
  const fromParams = spec.fromParams?.(accountId) ?? [];
  // The first sort key's expression: a search sorted by a column its words are in clusters its matches in that order.
  const firstKey = order.split(',')[0]!.replace(/ (ASC|DESC)$/, '');
  return { account, filters, statuses, search, order, firstKey, page, pageSize, fromParams };
}

/** `status_counts`: an account's rows in a list, for some statuses or all. */
const statusTotalSql = (statuses: string[]) =>
  `SELECT coalesce(sum(n), 0) FROM status_counts WHERE tbl = ? AND account_id = ?${statuses.length ? ` AND status IN (${statuses.map(() => '?').join(',')})` : ''}`;

/** PostgreSQL's full-text clause: the table's `search` vector (schema.pg.ts) against the words, each a prefix. */
const postgresSearch = (fts: FullText): Clause => ({
  sql: `${fts.rowid.split('.')[0]}.search @@ to_tsquery('comptoir', ?)`,
  params: [fts.words.map((word) => `'${word}':*`).join(' & ')],
});

async function postgresList<Row>(sql: Sql, spec: ListSpec, extra: Clause[], plan: Plan): Promise<ListPage<Row>> {
  const { account, filters, statuses, search, order, firstKey, page, pageSize, fromParams } = plan;
  const where = [...account, ...filters, ...(search ? [search.fts ? postgresSearch(search.fts) : search] : [])];
  const accountId = account[0]?.params[0];
  const offset = (page - 1) * pageSize;
  const fromKept = spec.statusCounts && accountId !== undefined && !search && extra.length === 0;
  const query = `${spec.from}|${whereOf(where)}|${JSON.stringify(paramsOf(fromParams, where))}`;
  // What is kept is keyed by the versions of the tables the list reads, read first (see `dataVersions`).
  const versions = fromKept ? '' : await dataVersions(sql, spec.tables ?? [spec.from.split(' ')[0]!]);
  // A search sorted by a column its words are in clusters its matches in that order ("LE SECRET DE …" comes after
  // 562,000 lines by title): PostgreSQL's estimate prefers walking the order's index, which then reads every line
  // before them (625 ms at 200,000 lines, seconds at a million). The first key as an expression that no index has
  // (the same order: `|| ''` keeps the value and its collation) makes it read the matches and sort them instead.
  const pageOrder = search?.fts?.texts.includes(firstKey) ? order.replace(firstKey, `(${firstKey} || '')`) : order;
  const pageSql = `SELECT ${spec.select}, ${spec.tieBreaker} AS comptoir_key FROM ${spec.from} WHERE ${whereOf(where)} ORDER BY ${pageOrder} LIMIT ? OFFSET ?`;
  const clustered = pageOrder !== order;
  // Clustered matches often sit early in the order ("CAHIER DE LA NUIT" after 27,500 lines by title: 46 ms to walk,
  // against 270 ms to sort its 114,000 matches): the order's first lines are walked first, bounded; the page is theirs
  // when it is full, or when it holds the last matches. Else (undefined) the matches are sorted.
  const walkedPage = async (): Promise<(Row & { comptoir_key: unknown })[] | undefined> => {
    const scope = [...account, ...filters];
    // The walk stops at the page's last match (LIMIT) or at its bound (a run condition on the line's number, which
    // PostgreSQL 15 stops the scan at; 13 and 14 walk on to the page's last match).
    const walked = `SELECT ${spec.tieBreaker} AS comptoir_key, ${search!.fts!.rowid.split('.')[0]}.search AS comptoir_search,
        row_number() OVER (ORDER BY ${order}) AS comptoir_n
      FROM ${spec.from} WHERE ${whereOf(scope)}`;
    const rows = await sql.all<Row & { comptoir_key: unknown }>(
      `SELECT ${spec.select}, ${spec.tieBreaker} AS comptoir_key FROM ${spec.from} WHERE ${whereOf(scope)} AND ${spec.tieBreaker} IN
        (SELECT comptoir_key FROM (${walked}) walked WHERE comptoir_n <= ? AND comptoir_search @@ to_tsquery('comptoir', ?) LIMIT ?)
       ORDER BY ${order} LIMIT ? OFFSET ?`,
      [
        ...paramsOf(fromParams, scope),
        ...paramsOf(fromParams, scope),
        postgresWalk.rows,
        postgresSearch(search!.fts!).params[0],
        offset + pageSize,
        pageSize,
        offset,
      ],
    );
    return rows.length === pageSize || offset + rows.length >= (await totalPromise) ? rows : undefined;
  };
  // The rows of a page whose keys are known, in that order.
  const rowsByKey = async (keys: unknown[]) => {
    const byKey: Clause = { sql: `${spec.tieBreaker} = ANY(?)`, params: [keys] };
    const found = await sql.all<Row & { comptoir_key: unknown }>(
      `SELECT ${spec.select}, ${spec.tieBreaker} AS comptoir_key FROM ${spec.from} WHERE ${whereOf([...account, byKey])}`,
      paramsOf(fromParams, [...account, byKey]),
    );
    const position = new Map(keys.map((key, index) => [String(key), index]));
    // A row gone since (a write keeps no key: its version changed) cannot be here; the order is the kept one.
    return found.sort((x, y) => position.get(String(x.comptoir_key))! - position.get(String(y.comptoir_key))!);
  };
  // A one-word search sorted by the column its words are kept in order of, either way (`sortedTermsKeys`).
  const table = spec.from.split(' ')[0]!;
  const sortedColumn =
    search?.fts && accountId !== undefined && extra.length === 0 ? (termsSorted as Record<string, string>)[table] : undefined;
  const sortedExpression = `${search?.fts?.rowid.split('.')[0]}.${sortedColumn}`;
  const sortedDirection =
    sortedColumn && spec.tieBreaker === search?.fts?.rowid
      ? (['ASC', 'DESC'] as const).find((direction) => order === `${sortedExpression} ${direction}, ${spec.tieBreaker} ${direction}`)
      : undefined;
  // A search under statuses: the status's lines are walked in the order (index only, where an index has the status
  // and the order), each probed against a hash of the matches' rowids from the words' btree (index only, statuses
  // included), instead of reading each walked line's words (page 20 of a status and a common word walked 16,000 lines
  // and read each: 70-170 ms; probed, 15-20 ms). Undefined when the words are not plain words of the configuration.
  const probedPage = async (): Promise<(Row & { comptoir_key: unknown })[] | undefined> => {
    if (!statuses.length || !postgresProbe.statuses || accountId === undefined || extra.length || !search?.fts) return undefined;
    if (!(termsTables as readonly string[]).includes(table)) return undefined;
    const matched = await termsMatches(sql, table as (typeof termsTables)[number], accountId as string, search.fts.words, statuses);
    if (!matched) return undefined;
    const scope = [...account, ...filters];
    listStats.probedFromTerms++;
    // (`IS TRUE` keeps the IN a hashed subplan, probed as the walk goes, instead of a join whose result is sorted.)
    return sql.all<Row & { comptoir_key: unknown }>(
      `SELECT ${spec.select}, ${spec.tieBreaker} AS comptoir_key FROM ${spec.from} WHERE ${whereOf(scope)} AND ${spec.tieBreaker} IN
        (SELECT ${spec.tieBreaker} FROM ${spec.from} WHERE ${whereOf(scope)} AND (${search.fts.rowid} IN (${matched.sql})) IS TRUE
         ORDER BY ${order} LIMIT ? OFFSET ?)
       ORDER BY ${order}`,
      [...paramsOf(fromParams, scope), ...paramsOf(fromParams, scope), ...matched.params, pageSize, offset],
    );
  };
  const readPage = async () => {
    if (!search?.fts) return sql.all<Row>(pageSql, [...paramsOf(fromParams, where), pageSize, offset]);
    // A search's page (a walk of the sort order, or a sort of the matches: 40 ms when the words are rare) is kept as
    // its rows' keys; asked again, the rows are read by key.
    const pageKey = `${versions}|${query}|${order}|${offset}|${pageSize}`;
    const keys = postgresPages.get(pageKey);
    if (keys) return rowsByKey(keys);
    const sortedKeys =
      sortedDirection &&
      (await sortedTermsKeys(
        sql,
        table as keyof typeof termsSorted,
        accountId as string,
        search.fts.words,
        statuses,
        sortedDirection,
        offset,
        pageSize,
      ));
    const rows =
      (sortedKeys && (await rowsByKey(sortedKeys))) ||
      (clustered && (await walkedPage())) ||
      (await probedPage()) ||
      (await sql.all<Row & { comptoir_key: unknown }>(pageSql, [...paramsOf(fromParams, where), pageSize, offset]));
    if (postgresPages.size > 2000) postgresPages.clear();
    postgresPages.set(
      pageKey,
      rows.map((row) => row.comptoir_key),
    );
    return rows;
  };
  const countTotal = async () => {
    const key = `${versions}|${query}`;
    let total = postgresTotals.get(key);
    if (total === undefined) {
      // A search scoped by its account and statuses alone is counted from its words' btree, without reading a row.
      const fromTerms =
        search?.fts && accountId !== undefined && extra.length === 0 && (termsTables as readonly string[]).includes(table)
          ? await termsTotal(sql, table as (typeof termsTables)[number], accountId as string, search.fts.words, statuses)
          : undefined;
      total =
        fromTerms ?? Number(await sql.value(`SELECT count(*) FROM ${spec.from} WHERE ${whereOf(where)}`, paramsOf(fromParams, where)));
      if (postgresTotals.size > 5000) postgresTotals.clear();
      postgresTotals.set(key, total);
    }
    return total;
  };
  // The total and the page are independent: asked at once, on two of the pool's connections.
  const totalPromise = fromKept
    ? sql.value(statusTotalSql(statuses), [spec.statusCounts, accountId, ...statuses]).then(Number)
    : countTotal();
  const [total, rows] = await Promise.all([totalPromise, readPage()]);
  for (const row of rows as (Row & { comptoir_key?: unknown })[]) delete row.comptoir_key;
  return { rows, total, page, pageSize };
}

/** How many lines of its order a clustered search's page walks first on PostgreSQL (tests force each way). */
export const postgresWalk = { rows: 30_000 };
/** Whether a search under statuses probes its walk against its words' rowids on PostgreSQL (tests read both ways). */
export const postgresProbe = { statuses: true };

/**
 * The searched lists whose totals PostgreSQL counts from their words (`<table>_terms`, schema.pg.ts): each scoped by
 * its account, with a `status` column and a `rowid`.
 */
export const termsStatuses = { backorders: backorderStatuses, watchlist: ['available', 'unavailable'], cases: caseStatuses } as const;
export const termsTables = Object.keys(termsStatuses) as (keyof typeof termsStatuses)[];
/**
 * The column whose order a table's words are also kept in (migration 3): a search sorted by it reads its page from
 * the words' btree. The backorders' title, the one text a million-line list is sorted by with its own words.
 */
export const termsSorted = { backorders: 'title' } as const satisfies Partial<Record<(typeof termsTables)[number], string>>;

/**
 * The keys of a page of a one-word search sorted by the column its words are kept in order of (`termsSorted`), or
 * undefined when the search is not one (then the page is walked or sorted). The words the prefix stands for are found
 * by skipping from one to the next in the btree (a loose index scan: "mais" is maison, maisons, maisonnette…); each
 * word's rows are a range in the column's order, of which the first offset + pageSize are read (index only), and the
 * page is theirs, merged, a row under two words once. Exact: a row of the page is among the first offset + pageSize of
 * each of its words, since every row before it under that word is a match before it.
 */
async function sortedTermsKeys(
  sql: Sql,
  table: keyof typeof termsSorted,
  accountId: string,
  words: string[],
  statuses: string[],
  direction: 'ASC' | 'DESC',
  offset: number,
  pageSize: number,
): Promise<unknown[] | undefined> {
  if (words.length !== 1 || offset + pageSize > sortedLimits.rows) return undefined;
  const lexemes = await lexemesOf(sql, words);
  if (!lexemes) return undefined;
  const column = termsSorted[table];
  const block = '(SELECT block FROM accounts WHERE id = ?)';
  const pattern = `${lexemes[0]!.replace(/[\\%_]/g, '\\$&')}%`;
  const found = await sql.column<string>(
    `WITH RECURSIVE words (term) AS (
       SELECT min(term) FROM ${table}_terms WHERE block = ${block} AND term LIKE ?
       UNION ALL
       SELECT (SELECT min(term) FROM ${table}_terms WHERE block = ${block} AND term LIKE ? AND term > words.term)
       FROM words WHERE words.term IS NOT NULL
     ) SELECT term FROM words WHERE term IS NOT NULL LIMIT ?`,
    [accountId, pattern, accountId, pattern, sortedLimits.words + 1],
  );
  if (found.length > sortedLimits.words) return undefined;
  if (found.length === 0) return [];
  const positions = statuses.map((code) => (termsStatuses[table] as readonly string[]).indexOf(code) + 1);
  const status = positions.length ? ` AND t.status IN (${positions.map(() => '?').join(', ')})` : '';
  const order = `${column} ${direction}, rowid ${direction}`;
  listStats.sortedFromTerms++;
  return sql.column(
    `SELECT rowid FROM unnest(?::text[]) AS words (term) CROSS JOIN LATERAL (
       SELECT t.rowid, t.${column} FROM ${table}_terms t WHERE t.block = ${block} AND t.term = words.term${status}
       ORDER BY t.${column} ${direction}, t.rowid ${direction} LIMIT ?
     ) ranked GROUP BY rowid, ${column} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [found, accountId, ...positions, offset + pageSize, pageSize, offset],
  );
}

/**
 * A search's total from `<table>_terms` (schema.pg.ts): the rows with a word starting with each of the search's words,
 * as `search @@ to_tsquery('comptoir', 'word':* & …)` finds them. Only when each word is one word of the text-search
 * configuration (else the query is not a plain AND of prefixes: undefined, and the rows are counted).
 */
async function termsTotal(
  sql: Sql,
  table: (typeof termsTables)[number],
  accountId: string,
  words: string[],
  statuses: string[],
): Promise<number | undefined> {
  const matched = await termsMatches(sql, table, accountId, words, statuses);
  if (!matched) return undefined;
  listStats.fromTerms++;
  // A row with two words of one prefix ("jardin", "jardins") is one match.
  return Number(await sql.value(`SELECT count(${matched.single ? 'DISTINCT rowid' : '*'}) FROM (${matched.sql}) matched`, matched.params));
}

/**
 * The rowids of a search's matches in `<table>_terms` (schema.pg.ts), as SQL: the rows with a word starting with each
 * of the search's words, as `search @@ to_tsquery('comptoir', 'word':* & …)` finds them, under the statuses. Only when
 * each word is one word of the text-search configuration (else the query is not a plain AND of prefixes: undefined).
 * One word's rowids may repeat (a row with "jardin" and "jardins"); several words' are intersected, each once.
 */
async function termsMatches(
  sql: Sql,
  table: (typeof termsTables)[number],
  accountId: string,
  words: string[],
  statuses: string[],
): Promise<{ sql: string; params: unknown[]; single: boolean } | undefined> {
  const lexemes = await lexemesOf(sql, words);
  if (!lexemes) return undefined;
  // Statuses are kept as their positions in the list's codes (which the query's were checked against).
  const positions = statuses.map((code) => (termsStatuses[table] as readonly string[]).indexOf(code) + 1);
  const status = positions.length ? ` AND status IN (${positions.map(() => '?').join(', ')})` : '';
  // The pattern's fixed prefix is the btree's range: `term` is in the "C" collation, bytes in order.
  const where = `block = (SELECT block FROM accounts WHERE id = ?) AND term LIKE ?${status}`;
  return {
    sql: lexemes.map(() => `SELECT rowid FROM ${table}_terms WHERE ${where}`).join(' INTERSECT '),
    params: lexemes.flatMap((lexeme) => [accountId, `${lexeme.replace(/[\\%_]/g, '\\$&')}%`, ...positions]),
    single: lexemes.length === 1,
  };
}

/** Each search word as the configuration's one word (unaccented, lower case), or undefined when one is not one word. */
const lexemeCache = new Map<string, string | null>();
async function lexemesOf(sql: Sql, words: string[]): Promise<string[] | undefined> {
  const unknown = words.filter((word) => !lexemeCache.has(word));
  if (unknown.length) {
    const found = await sql.all<{ word: string; lexemes: string[] }>(
      "SELECT word, tsvector_to_array(to_tsvector('comptoir', word)) AS lexemes FROM unnest(?::text[]) AS word",
      [unknown],
    );
    if (lexemeCache.size > 10_000) lexemeCache.clear();
    for (const row of found) lexemeCache.set(row.word, row.lexemes.length === 1 ? row.lexemes[0]! : null);
  }
  const lexemes = words.map((word) => lexemeCache.get(word));
  return lexemes.every((lexeme) => typeof lexeme === 'string') ? (lexemes as string[]) : undefined;
}

/**
 * Counting a search's matches reads each matched row (60,000 of a million lines for a common word, some 70 ms), and a
 * page of rare words sorts their matches: totals and searched pages are kept, keyed by the versions of the tables they
 * read, read first. A write commits its table's new version with its rows, so what is kept under a version was read
 * from rows at least as recent as that version: never stale, whichever instance or program wrote.
 */
const postgresTotals = new Map<string, number>();
const postgresPages = new Map<string, unknown[]>();
/** Forgets PostgreSQL's kept totals and pages (tests that read one query several ways). */
export function forgetPostgresPages(): void {
  postgresTotals.clear();
  postgresPages.clear();
}
const pools = new WeakMap<object, number>();
let poolsSeen = 0;
async function dataVersions(sql: Sql, tables: readonly string[]): Promise<string> {
  const pool = (sql as PostgresSql).pool;
  let poolId = pools.get(pool);
  if (poolId === undefined) pools.set(pool, (poolId = ++poolsSeen));
  const versions = await sql.all<{ tbl: string; n: number }>(
    `SELECT tbl, n FROM data_versions WHERE tbl IN (${tables.map(() => '?').join(', ')}) ORDER BY tbl`,
    tables,
  );
  return `${poolId}|${versions.map((version) => `${version.tbl}.${version.n}`).join(',')}`;
}

function sqliteList<Row>(db: Database.Database, accountId: string, spec: ListSpec, extra: Clause[], plan: Plan): ListPage<Row> {
  const { account, filters, statuses, search, order, firstKey, page, pageSize, fromParams } = plan;
  const version = dataVersion(db, accountId);
  const unsearched = [...account, ...filters];
  const where = search ? [...unsearched, search] : unsearched;
  const countKey = `${version}|${spec.from}|${whereOf(where)}|${JSON.stringify(paramsOf(fromParams, where))}`;

  if (search?.fts) {
    return searchedPage<Row>(db, accountId, spec, search.fts, { account, filters, statuses, order, firstKey, page, pageSize, countKey });
  }

  const total = cached(countKey, () =>
    spec.statusCounts && spec.accountColumn && !search && extra.length === 0
      ? statusTotal(db, spec.statusCounts, accountId, statuses)
      : (prepared(db, `SELECT count(*) FROM ${spec.from} WHERE ${whereOf(where)}`)
          .pluck()
          .get(...paramsOf(fromParams, where)) as number),
  );
  const rows = prepared(db, `SELECT ${spec.select} FROM ${spec.from} WHERE ${whereOf(where)} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...paramsOf(fromParams, where),
    pageSize,
    (page - 1) * pageSize,
  ) as Row[];
  return { rows, total, page, pageSize };
}

/**
 * A page of a full-text search. The total is counted in the index alone when every filter is a scope word of it
 * (status), scoped to the account by its rowid block; otherwise by the rows. The page is then walked in sort order
 * (dense matches) or sorted from the matches (sparse ones, or a walk that found too few), as `listTuning` says.
 */
function searchedPage<Row>(
  db: Db,
  accountId: string,
  spec: ListSpec,
  fts: FullText,
  context: {
    account: Clause[];
    filters: Clause[];
    statuses: string[];
    order: string;
    firstKey: string;
    page: number;
    pageSize: number;
    countKey: string;
  },
) {
  const { account, filters, statuses, order, firstKey, page, pageSize, countKey } = context;
  const fromParams = spec.fromParams?.(accountId) ?? [];
  const block = fts.blocks ? accountBlock(db, accountId) : null;
  if (block === -1) return { rows: [] as Row[], total: 0, page, pageSize };
  const range =
    block === null
      ? { sql: '', params: [] as number[] }
      : { sql: ' AND rowid BETWEEN ? AND ?', params: [block * 2 ** 32, block * 2 ** 32 + 2 ** 32 - 1] };
  const inIndex = filters.every((clause) => clause.scope);
  const match = [
    `{${fts.columns.join(' ')}} : (${ftsPhrase(fts.words)})`,
    ...filters.map((clause) => (clause.scope ? `scope : ${clause.scope}` : '')),
  ]
    .filter(Boolean)
    .join(' AND ');
  const matchesSql = `SELECT rowid FROM ${fts.table} WHERE ${fts.table} MATCH ?${range.sql}`;
  const matchesParams = [match, ...range.params];
  const searched: Clause = { sql: `${fts.rowid} IN (${matchesSql})`, params: matchesParams };

  const total = cached(countKey, () =>
    inIndex
      ? (prepared(db, `SELECT count(*) FROM ${fts.table} WHERE ${fts.table} MATCH ?${range.sql}`)
          .pluck()
          .get(...matchesParams) as number)
      : (prepared(db, `SELECT count(*) FROM ${spec.from} WHERE ${whereOf([...account, ...filters, searched])}`)
          .pluck()
          .get(...paramsOf(fromParams, [...account, ...filters, searched])) as number),
  );
  const offset = (page - 1) * pageSize;
  if (total <= offset) return { rows: [] as Row[], total, page, pageSize };

  // The walk: rows in sort order, each checked for the words, until the page is full or the walk's bound is reached.
  // How far it goes is estimated from the rows listed (kept counts, or the table's rowids) over the matches.
  const listed = spec.statusCounts
    ? statusTotal(db, spec.statusCounts, accountId, statuses)
    : ((prepared(db, `SELECT max(rowid) FROM ${spec.from.split(' ')[0]}`)
        .pluck()
        .get() as number | null) ?? 0);
  const expected = ((offset + pageSize) * listed) / total;
  const pageKey = `${countKey}|${order}|${offset}|${pageSize}`;
  const orderKey = `${countKey}|${order}`;
  const known = walkedPages.get(pageKey) ?? orderedMatches.get(orderKey)?.slice(offset, offset + pageSize);
  if (known) return { rows: rowsById<Row>(db, spec, fts, fromParams, known), total, page, pageSize };
  // A one-word search of the backorders sorted by title, either way: its page from the words kept in title order.
  const sortedDirection =
    block !== null && inIndex && fts.words.length === 1 && spec.from.split(' ')[0] === 'backorders'
      ? (['ASC', 'DESC'] as const).find((direction) => order === `b.title ${direction}, ${fts.rowid} ${direction}`)
      : undefined;
  if (sortedDirection) {
    const ids = sortedKeys(db, block!, fts.words[0]!, statuses, sortedDirection, offset, pageSize);
    if (ids) {
      listStats.sortedFromTerms++;
      if (walkedPages.size > 500) walkedPages.clear();
      walkedPages.set(pageKey, ids);
      return { rows: rowsById<Row>(db, spec, fts, fromParams, ids), total, page, pageSize };
    }
  }
  // Sorted by a column the words are in (a title word by title), the matches cluster in the order and a short walk
  // finds too few: many matches go straight to the probe below.
  const clustered = fts.texts.includes(firstKey) && total > listTuning.minProbe;
  if (expected <= listTuning.maxWalk && !clustered) {
    registerWords(db);
    const bound = Math.max(2_000, Math.ceil(expected * 4));
    const texts = fts.texts.map((text, index) => `${text} AS comptoir_text_${index}`).join(', ');
    const rows = prepared(
      db,
      `SELECT * FROM (SELECT ${spec.select}, ${texts}, ${fts.rowid} AS comptoir_rowid FROM ${spec.from} WHERE ${whereOf([...account, ...filters])}
       ORDER BY ${order} LIMIT ?) WHERE comptoir_words(?, ${fts.texts.map((_, index) => `comptoir_text_${index}`).join(', ')}) LIMIT ? OFFSET ?`,
    ).all(...paramsOf(fromParams, [...account, ...filters]), bound, fts.words.join(' '), pageSize, offset) as (Row & {
      comptoir_rowid: number;
    })[];
    // Complete when the page is full or holds the last matches (the total is exact); else the walk stopped short.
    if (rows.length === pageSize || offset + rows.length === total) {
      if (walkedPages.size > 500) walkedPages.clear();
      walkedPages.set(
        pageKey,
        rows.map((row) => row.comptoir_rowid),
      );
      return { rows: rows as Row[], total, page, pageSize };
    }
  }

  // Many matches whose walk was too long or stopped short (a title word sorted by title: its matches cluster in the
  // order): the sort order's own index is walked, reading no row, each entry probed against the matches (a bloom
  // filter over them): 11-34 ms for 114,000 matches of a million lines, where sorting them read each one (230-800 ms).
  // Only where an index gives the order (the plan has no sort of its own); the page is kept as walked pages are.
  if (total > listTuning.minProbe) {
    const probed: Clause = { sql: `+${fts.rowid} IN (${matchesSql})`, params: matchesParams };
    const probeSql = `SELECT ${fts.rowid} FROM ${spec.from} WHERE ${whereOf([...account, ...filters, probed])} ORDER BY ${order} LIMIT ? OFFSET ?`;
    const probeParams = [...paramsOf(fromParams, [...account, ...filters, probed]), pageSize, offset];
    if (walksAnIndex(db, probeSql, probeParams)) {
      const ids = prepared(db, probeSql)
        .pluck()
        .all(...probeParams) as number[];
      listStats.probed++;
      if (walkedPages.size > 500) walkedPages.clear();
      walkedPages.set(pageKey, ids);
      return { rows: rowsById<Row>(db, spec, fts, fromParams, ids), total, page, pageSize };
    }
  }

  // Sorting the matches: their order is computed once (rowids only) and kept until the data changes, so the same
  // search paged, or asked again, reads just its page by rowid.
  let ordered = orderedMatches.get(orderKey);
  if (!ordered) {
    const ids = prepared(db, matchesSql)
      .pluck()
      .all(...matchesParams) as number[];
    // With the matches known, reading them by rowid beats any filter index (which would scan, say, every available line).
    const from = spec.from.replace(/^(\w+ \w+)/, '$1 NOT INDEXED');
    const byId: Clause = { sql: `${fts.rowid} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] };
    ordered = prepared(db, `SELECT ${fts.rowid} FROM ${from} WHERE ${whereOf([...account, ...filters, byId])} ORDER BY ${order}`)
      .pluck()
      .all(...paramsOf(fromParams, [...account, ...filters, byId])) as number[];
    if (orderedMatches.size > 200) orderedMatches.clear();
    orderedMatches.set(orderKey, ordered);
  }
  return { rows: rowsById<Row>(db, spec, fts, fromParams, ordered.slice(offset, offset + pageSize)), total, page, pageSize };
}

/** The rows of a page whose rowids are known, in that order. */
function rowsById<Row>(db: Db, spec: ListSpec, fts: FullText, fromParams: unknown[], ids: number[]): Row[] {
  if (ids.length === 0) return [];
  const found = prepared(
    db,
    `SELECT ${spec.select}, ${fts.rowid} AS comptoir_rowid FROM ${spec.from} WHERE ${fts.rowid} IN (SELECT value FROM json_each(?))`,
  ).all(...fromParams, JSON.stringify(ids)) as (Row & { comptoir_rowid: number })[];
  const position = new Map(ids.map((id, index) => [id, index]));
  found.sort((a, b) => position.get(a.comptoir_rowid)! - position.get(b.comptoir_rowid)!);
  return found as Row[];
}
