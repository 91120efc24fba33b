import {
  CatalogQuery,
  ListQuery,
  WatchAddRequest,
  WatchPatchRequest,
  isValidEan13,
  watchSortFields,
  type UnavailableTitle,
  type WatchAddResult,
  type WatchItem,
} from '@comptoir/contract';
import { HttpProblem, jsonBody, notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { followTitleSql } from '../db.js';
import { emptyLast, ftsClause, invalidate, listRows, type Clause, type ListSpec } from '../list.js';
import type { Sql } from '../sql.js';

interface WatchRow {
  ean13: string;
  subscribed_at: string;
  your_reference: string;
  notified_at: string | null;
  title: string;
  author: string | null;
  publisher: string;
  price_amount: number | null;
  price_currency: string | null;
  available: number;
  available_at: string | null;
  expected_at: string | null;
}

const price = (row: { price_amount: number | null; price_currency: string | null }) =>
  row.price_amount === null ? null : { amount: row.price_amount, currency: row.price_currency ?? 'EUR' };

const toWatchItem = (row: WatchRow): WatchItem => ({
  ean13: row.ean13,
  subscribedAt: row.subscribed_at,
  title: row.title,
  author: row.author,
  publisher: row.publisher,
  price: price(row),
  available: row.available === 1,
  availableAt: row.available === 1 ? row.available_at : row.expected_at,
  notifiedAt: row.notified_at,
  yourReference: row.your_reference,
});

// A followed title carries the title's fields (schema.sql.ts), so the list reads, sorts and searches one table.
const select = `w.ean13, w.subscribed_at, w.your_reference, w.notified_at, w.title, w.author, w.publisher,
  w.price_amount, w.price_currency, w.available, w.available_at, w.expected_at`;

const watchSearched = ['title', 'author', 'publisher', 'ean13', 'your_reference'];
const watchSpec: ListSpec = {
  from: 'watchlist w',
  accountColumn: 'w.account_id',
  select,
  sortColumns: {
    ean13: 'w.ean13',
    subscribedAt: 'w.subscribed_at',
    title: 'w.title',
    publisher: 'w.publisher',
    price: emptyLast('w.price_amount', 'number'),
    available: 'w.available',
    availableAt: emptyLast('coalesce(w.available_at, w.expected_at)'),
  } satisfies Record<(typeof watchSortFields)[number], unknown>,
  tieBreaker: 'w.ean13',
  defaultSort: '-subscribedAt',
  statusCounts: 'watchlist',
  status: { column: 'w.status', values: ['available', 'unavailable'], scoped: true },
  // Title, author and publisher words, the EAN, or your reference.
  search: (q) =>
    /^\d{13}$/.test(q)
      ? { sql: 'w.ean13 = ?', params: [q] }
      : ftsClause(
          {
            table: 'watchlist_search',
            columns: watchSearched,
            texts: watchSearched.map((column) => `w.${column}`),
            rowid: 'w.rowid',
            blocks: true,
          },
          q,
        ),
};

const catalogSearched = ['title', 'author', 'publisher', 'ean13'];
const catalogSpec: ListSpec = {
  from: 'titles t LEFT JOIN watchlist w ON w.ean13 = t.ean13 AND w.account_id = ?',
  tables: ['titles', 'watchlist'],
  // The account only decides `followed`: the catalog itself is the distributor's, shared by every account.
  accountColumn: null,
  fromParams: (accountId) => [accountId],
  select: 't.*, CASE WHEN w.ean13 IS NULL THEN 0 ELSE 1 END AS followed',
  sortColumns: { title: 't.title', publisher: 't.publisher', expectedAt: emptyLast('t.expected_at'), ean13: 't.ean13' },
  tieBreaker: 't.ean13',
  defaultSort: 'title',
  search: (q) =>
    /^\d{13}$/.test(q)
      ? { sql: 't.ean13 = ?', params: [q] }
      : ftsClause(
          {
            table: 'titles_search',
            columns: catalogSearched,
            texts: catalogSearched.map((column) => `t.${column}`),
            rowid: 't.rowid',
            blocks: false,
          },
          q,
        ),
};

async function watchItem(sql: Sql, account: string, ean13: string): Promise<WatchItem | undefined> {
  const row = await sql.get<WatchRow>(`SELECT ${select} FROM watchlist w WHERE w.account_id = ? AND w.ean13 = ?`, [account, ean13]);
  return row && toWatchItem(row);
}

export function watchlistHandlers(sql: Sql, today: () => string) {
  return {
    listWatchlist: async (c: Ctx) => {
      const query = validate(ListQuery, c.req.query(), 'query');
      const { rows, ...page } = await listRows<WatchRow>(sql, c.get('account').id, query, watchSpec);
      return c.json({ items: rows.map(toWatchItem), ...page });
    },
    followTitles: async (c: Ctx) => {
      const account = c.get('account').id;
      const body = await jsonBody(c, WatchAddRequest);
      const invalid = body.items.flatMap((item, index) =>
        isValidEan13(item.ean13) ? [] : [{ path: `body.items.${index}.ean13`, message: `${item.ean13} has a wrong check digit` }],
      );
      if (invalid.length) {
        throw new HttpProblem(400, 'Invalid request', 'Some EAN-13 codes are not valid.', {
          code: 'invalid-ean',
          params: { count: invalid.length },
          errors: invalid,
        });
      }
      const result = await sql.transaction(async (tx) => {
        const result: WatchAddResult = { added: [], skipped: [] };
        const seen = new Set<string>();
        for (const item of body.items) {
          if (seen.has(item.ean13)) {
            result.skipped.push({ ean13: item.ean13, reason: 'duplicate' });
            continue;
          }
          seen.add(item.ean13);
          if (!(await tx.get('SELECT 1 FROM titles WHERE ean13 = ?', [item.ean13]))) {
            result.skipped.push({ ean13: item.ean13, reason: 'unknown-title' });
            continue;
          }
          const subscribedAt = item.subscribedAt && item.subscribedAt < today() ? item.subscribedAt : today();
          const inserted = await tx.run(followTitleSql(tx.engine), [
            account,
            account,
            subscribedAt,
            item.yourReference ?? '',
            null,
            item.ean13,
          ]);
          if (!inserted) result.skipped.push({ ean13: item.ean13, reason: 'already-followed' });
          else result.added.push((await watchItem(tx, account, item.ean13))!);
        }
        return result;
      });
      invalidate(account);
      return c.json(result);
    },
    updateWatchItem: async (c: Ctx) => {
      const account = c.get('account').id;
      const body = await jsonBody(c, WatchPatchRequest);
      const changed = await sql.run('UPDATE watchlist SET your_reference = ? WHERE account_id = ? AND ean13 = ?', [
        body.yourReference,
        account,
        param(c, 'ean13'),
      ]);
      if (changed === 0) throw notFound('This followed title');
      invalidate(account);
      return c.json(await watchItem(sql, account, param(c, 'ean13')));
    },
    unfollowTitle: async (c: Ctx) => {
      const account = c.get('account').id;
      const removed = await sql.run('DELETE FROM watchlist WHERE account_id = ? AND ean13 = ?', [account, param(c, 'ean13')]);
      if (removed === 0) throw notFound('This followed title');
      invalidate(account);
      return c.body(null, 204);
    },
  } satisfies Handlers;
}

export function catalogHandlers(sql: Sql) {
  return {
    searchUnavailable: async (c: Ctx) => {
      const query = validate(CatalogQuery, c.req.query(), 'query');
      const account = c.get('account').id;
      // Also as scope words of the catalogue's index, so that a search counts in the index alone.
      const extra: Clause[] = [{ sql: 't.available = 0', params: [], scope: 'unavailable' }];
      if (query.school)
        extra.push({
          sql: 't.school = ?',
          params: [query.school === 'true' ? 1 : 0],
          scope: query.school === 'true' ? 'school' : 'general',
        });
      const { rows, ...page } = await listRows<WatchRow & { school: number; followed: number }>(sql, account, query, catalogSpec, extra);
      const items: UnavailableTitle[] = rows.map((row) => ({
        ean13: row.ean13,
        title: row.title,
        author: row.author,
        publisher: row.publisher,
        price: price(row),
        school: row.school === 1,
        expectedAt: row.expected_at,
        followed: row.followed === 1,
      }));
      return c.json({ items, ...page });
    },
  } satisfies Handlers;
}
