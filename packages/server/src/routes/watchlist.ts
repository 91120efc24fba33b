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
import { followTitle, type Db } from '../db.js';
import { emptyLast, ftsClause, invalidate, listRows, prepared, type Clause, type ListSpec } from '../list.js';

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
  // The account only decides `followed`: the catalog itself is the distributor's, shared by every account.
  accountColumn: null,
  fromParams: (accountId) => [accountId],
  select: 't.*, w.ean13 IS NOT NULL AS followed',
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

function watchItem(db: Db, account: string, ean13: string): WatchItem | undefined {
  const row = prepared(db, `SELECT ${select} FROM watchlist w WHERE w.account_id = ? AND w.ean13 = ?`).get(account, ean13) as
    WatchRow | undefined;
  return row && toWatchItem(row);
}

export function watchlistHandlers(db: Db, today: () => string) {
  return {
    listWatchlist: (c: Ctx) => {
      const query = validate(ListQuery, c.req.query(), 'query');
      const { rows, ...page } = listRows<WatchRow>(db, c.get('account').id, query, watchSpec);
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
      const result: WatchAddResult = { added: [], skipped: [] };
      const seen = new Set<string>();
      db.transaction(() => {
        for (const item of body.items) {
          if (seen.has(item.ean13)) {
            result.skipped.push({ ean13: item.ean13, reason: 'duplicate' });
            continue;
          }
          seen.add(item.ean13);
          if (!prepared(db, 'SELECT 1 FROM titles WHERE ean13 = ?').get(item.ean13)) {
            result.skipped.push({ ean13: item.ean13, reason: 'unknown-title' });
            continue;
          }
          const inserted = followTitle(db, account, {
            ean13: item.ean13,
            subscribedAt: item.subscribedAt && item.subscribedAt < today() ? item.subscribedAt : today(),
            yourReference: item.yourReference ?? '',
          });
          if (!inserted) result.skipped.push({ ean13: item.ean13, reason: 'already-followed' });
          else result.added.push(watchItem(db, account, item.ean13)!);
        }
      })();
      invalidate(account);
      return c.json(result);
    },
    updateWatchItem: async (c: Ctx) => {
      const account = c.get('account').id;
      const body = await jsonBody(c, WatchPatchRequest);
      const changed = prepared(db, 'UPDATE watchlist SET your_reference = ? WHERE account_id = ? AND ean13 = ?').run(
        body.yourReference,
        account,
        param(c, 'ean13'),
      );
      if (changed.changes === 0) throw notFound('This followed title');
      invalidate(account);
      return c.json(watchItem(db, account, param(c, 'ean13')));
    },
    unfollowTitle: (c: Ctx) => {
      const account = c.get('account').id;
      const removed = prepared(db, 'DELETE FROM watchlist WHERE account_id = ? AND ean13 = ?').run(account, param(c, 'ean13'));
      if (removed.changes === 0) throw notFound('This followed title');
      invalidate(account);
      return c.body(null, 204);
    },
  } satisfies Handlers;
}

export function catalogHandlers(db: Db) {
  return {
    searchUnavailable: (c: Ctx) => {
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
      const { rows, ...page } = listRows<WatchRow & { school: number; followed: number }>(db, account, query, catalogSpec, extra);
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
