import { ListQuery, backorderSortFields, backorderStatuses, type BackorderLine } from '@comptoir/contract';
import type { Sql } from '../sql.js';
import { HttpProblem, notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { availableTotal, lastServeDay, nextServeDay } from '../jobs.js';
import { emptyLast, ftsClause, invalidate, listRows, rank, type ListSpec } from '../list.js';

interface BackorderRow {
  id: string;
  status: BackorderLine['status'];
  noted_at: string;
  expected_at: string | null;
  your_reference: string;
  distributor_number: string;
  ean13: string;
  quantity: number;
  title: string;
  publisher: string;
  price_amount: number | null;
  price_currency: string | null;
  purge_at: string;
  cancellable: number;
}

export const toBackorder = (row: BackorderRow): BackorderLine => ({
  id: row.id,
  status: row.status,
  notedAt: row.noted_at,
  expectedAt: row.expected_at,
  yourReference: row.your_reference,
  distributorNumber: row.distributor_number,
  ean13: row.ean13,
  quantity: row.quantity,
  title: row.title,
  publisher: row.publisher,
  price: row.price_amount === null ? null : { amount: row.price_amount, currency: row.price_currency ?? 'EUR' },
  purgeAt: row.purge_at,
  cancellable: row.cancellable === 1,
});

const columns: ListSpec['sortColumns'] & Record<(typeof backorderSortFields)[number], unknown> = {
  status: rank('b.status', backorderStatuses),
  notedAt: 'b.noted_at',
  expectedAt: emptyLast('b.expected_at'),
  yourReference: 'b.your_reference',
  distributorNumber: 'b.distributor_number',
  ean13: 'b.ean13',
  quantity: 'b.quantity',
  title: 'b.title',
  publisher: 'b.publisher',
  purgeAt: 'b.purge_at',
};

const searched = ['title', 'publisher', 'your_reference', 'distributor_number', 'ean13'];
const backorderSearch = {
  table: 'backorders_search',
  columns: searched,
  texts: searched.map((column) => `b.${column}`),
  rowid: 'b.rowid',
  blocks: true,
};

const spec: ListSpec = {
  from: 'backorders b',
  accountColumn: 'b.account_id',
  select: 'b.*',
  sortColumns: columns,
  tieBreaker: 'b.rowid',
  defaultSort: '-notedAt',
  statusCounts: 'backorders',
  status: { column: 'b.status', values: backorderStatuses, scoped: true },
  search: (q) => (/^\d{13}$/.test(q) ? { sql: 'b.ean13 = ?', params: [q] } : ftsClause(backorderSearch, q)),
};

export function backorderHandlers(sql: Sql, settings: { today: () => string; billingThreshold: number }) {
  return {
    getBackorderProcessing: async (c: Ctx) => {
      const total = await availableTotal(sql, c.get('account').id);
      return c.json({
        nextRunAt: await nextServeDay(sql, settings.today()),
        lastRunAt: await lastServeDay(sql),
        billingThreshold: { amount: settings.billingThreshold, currency: 'EUR' },
        availableTotal: total === null ? null : { amount: total, currency: 'EUR' },
      });
    },
    listBackorders: async (c: Ctx) => {
      const query = validate(ListQuery, c.req.query(), 'query');
      const { rows, ...page } = await listRows<BackorderRow>(sql, c.get('account').id, query, spec);
      return c.json({ items: rows.map(toBackorder), ...page });
    },
    getBackorder: async (c: Ctx) => {
      const row = await sql.get<BackorderRow>('SELECT * FROM backorders WHERE account_id = ? AND id = ?', [
        c.get('account').id,
        param(c, 'id'),
      ]);
      if (!row) throw notFound('This backorder line');
      return c.json(toBackorder(row));
    },
    cancelBackorder: async (c: Ctx) => {
      const account = c.get('account').id;
      const row = await sql.get<{ cancellable: number }>('SELECT cancellable FROM backorders WHERE account_id = ? AND id = ?', [
        account,
        param(c, 'id'),
      ]);
      if (!row) throw notFound('This backorder line');
      if (!row.cancellable)
        throw new HttpProblem(409, 'Conflict', 'The distributor does not allow cancelling this line.', { code: 'not-cancellable' });
      await sql.run('DELETE FROM backorders WHERE account_id = ? AND id = ?', [account, param(c, 'id')]);
      invalidate(account);
      return c.body(null, 204);
    },
  } satisfies Handlers;
}
