import { ListQuery, type OrderDossier, type OrderSummary } from '@comptoir/contract';
import type { Db } from '../db.js';
import { notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { listRows, prepared, type ListSpec } from '../list.js';
import { textPdf } from '../pdf.js';

const spec: ListSpec = {
  from: 'orders o',
  accountColumn: 'o.account_id',
  select: 'o.dossier',
  sortColumns: { createdAt: 'o.created_at', ourRef: 'o.our_ref', yourRef: 'o.your_ref' },
  tieBreaker: 'o.our_ref',
  defaultSort: '-createdAt',
  statusCounts: 'orders',
  // Our reference, your reference or an instrument's serial number, as the customer types it (any case), each looked
  // up in an index (schema.sql.ts: the upper-case indexes, order_serials).
  search: (q) => ({
    sql: 'upper(o.our_ref) = upper(?) OR upper(o.your_ref) = upper(?) OR o.our_ref IN (SELECT our_ref FROM order_serials WHERE serial = upper(?))',
    params: [q, q, q],
  }),
};

const summary = (dossier: OrderDossier): OrderSummary => ({
  ourRef: dossier.ourRef,
  yourRef: dossier.yourRef,
  customer: dossier.customer,
  createdAt: dossier.createdAt,
  currentStep: dossier.currentStep,
  expectedDeliveryAt: dossier.expectedDeliveryAt,
});

export function orderHandlers(db: Db) {
  return {
    listOrders: (c: Ctx) => {
      const query = validate(ListQuery, c.req.query(), 'query');
      const { rows, ...page } = listRows<{ dossier: string }>(db, c.get('account').id, query, spec);
      return c.json({ items: rows.map((row) => summary(JSON.parse(row.dossier))), ...page });
    },
    getOrder: (c: Ctx) => {
      const ref = param(c, 'ref');
      const row = prepared(
        db,
        'SELECT dossier FROM orders WHERE account_id = ? AND (upper(our_ref) = upper(?) OR upper(your_ref) = upper(?))',
      ).get(c.get('account').id, ref, ref) as { dossier: string } | undefined;
      if (!row) throw notFound('This order');
      return c.json(JSON.parse(row.dossier) as OrderDossier);
    },
    downloadOrderDocument: (c: Ctx) => {
      const ref = param(c, 'ref');
      const row = prepared(db, 'SELECT dossier FROM orders WHERE account_id = ? AND upper(our_ref) = upper(?)').get(
        c.get('account').id,
        ref,
      ) as { dossier: string } | undefined;
      const dossier = row ? (JSON.parse(row.dossier) as OrderDossier) : undefined;
      const document = dossier?.documents.find((d) => d.kind === param(c, 'kind') && d.available && d.url);
      if (!dossier || !document) throw notFound('This document');
      const pdf = textPdf([
        `${document.label} - ${dossier.ourRef}`,
        `Votre reference : ${dossier.yourRef}`,
        `Client : ${dossier.customer} (${dossier.contact})`,
        'Document de demonstration du serveur de reference Comptoir.',
      ]);
      const name = `${dossier.ourRef}-${document.kind}.pdf`;
      return c.body(new Uint8Array(pdf), 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  } satisfies Handlers;
}
