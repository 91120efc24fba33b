import {
  ShipmentQuery,
  shipmentSortFields,
  shipmentNatures,
  shipmentStatuses,
  type ShipmentDetail,
  type ShipmentSummary,
} from '@comptoir/contract';
import type { Sql } from '../sql.js';
import { notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { emptyLast, listRows, rank, type ListSpec } from '../list.js';

interface ShipmentRow {
  id: string;
  ordered_at: string;
  your_reference: string;
  order_number: string;
  nature: ShipmentSummary['nature'];
  parcel_count: number | null;
  shipment_number: string;
  status: ShipmentSummary['status'];
  parcels: string;
}

const toSummary = (row: ShipmentRow): ShipmentSummary => ({
  id: row.id,
  orderedAt: row.ordered_at,
  yourReference: row.your_reference,
  orderNumber: row.order_number,
  nature: row.nature,
  parcelCount: row.parcel_count,
  shipmentNumber: row.shipment_number,
  status: row.status,
});

const columns: ListSpec['sortColumns'] & Record<(typeof shipmentSortFields)[number], unknown> = {
  orderedAt: 's.ordered_at',
  yourReference: 's.your_reference',
  orderNumber: 's.order_number',
  nature: rank('s.nature', shipmentNatures),
  parcelCount: emptyLast('s.parcel_count', 'number'),
  shipmentNumber: 's.shipment_number',
  status: rank('s.status', shipmentStatuses),
};

const spec: ListSpec = {
  from: 'shipments s',
  tables: ['shipments', 'shipment_lines'],
  accountColumn: 's.account_id',
  select: 's.id, s.ordered_at, s.your_reference, s.order_number, s.nature, s.parcel_count, s.shipment_number, s.status',
  sortColumns: columns,
  tieBreaker: 's.rowid',
  defaultSort: '-orderedAt',
  statusCounts: 'shipments',
  status: { column: 's.status', values: shipmentStatuses },
  // Order number, shipment number, own reference, or an EAN of one of its lines.
  search: (q) =>
    /^\d{13}$/.test(q)
      ? { sql: 's.id IN (SELECT shipment_id FROM shipment_lines l WHERE l.account_id = s.account_id AND l.ean13 = ?)', params: [q] }
      : { sql: 's.order_number = ? OR s.shipment_number = ? OR s.your_reference = ?', params: [q, q, q] },
};

export function shipmentHandlers(sql: Sql) {
  return {
    listShipments: async (c: Ctx) => {
      const query = validate(ShipmentQuery, c.req.query(), 'query');
      const extra = query.nature ? [{ sql: 's.nature = ?', params: [query.nature] }] : [];
      const { rows, ...page } = await listRows<ShipmentRow>(sql, c.get('account').id, query, spec, extra);
      return c.json({ items: rows.map(toSummary), ...page });
    },
    getShipment: async (c: Ctx) => {
      const account = c.get('account').id;
      const row = await sql.get<ShipmentRow>('SELECT * FROM shipments WHERE account_id = ? AND id = ?', [account, param(c, 'id')]);
      if (!row) throw notFound('This shipment');
      const lines = await sql.all<{
        ean13: string;
        article_code: string;
        title: string;
        quantity_ordered: number;
        quantity_shipped: number;
        parcel_number: string | null;
        noted: number;
      }>('SELECT * FROM shipment_lines WHERE account_id = ? AND shipment_id = ? ORDER BY position', [account, row.id]);
      const detail: ShipmentDetail = {
        ...toSummary(row),
        parcels: JSON.parse(row.parcels),
        lines: lines.map((l) => ({
          ean13: l.ean13,
          articleCode: l.article_code,
          title: l.title,
          quantityOrdered: l.quantity_ordered,
          quantityShipped: l.quantity_shipped,
          parcelNumber: l.parcel_number,
          noted: l.noted === 1,
        })),
      };
      return c.json(detail);
    },
  } satisfies Handlers;
}
