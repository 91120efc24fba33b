import { ListQuery, linesTotal, orderStepKeys, type OrderDossier, type OrderSummary } from '@comptoir/contract';
import { OFFER_VALIDITY_DAYS, RESERVATION_DAYS, portalDay } from '@comptoir/contract/fixtures';
import type { Sql } from '../sql.js';
import { HttpProblem, notFound, param, validate, type Ctx, type Handlers } from '../http.js';
import { invalidate, listRows, type ListSpec } from '../list.js';
import { textPdf } from '../pdf.js';

const spec: ListSpec = {
  from: 'orders o',
  tables: ['orders', 'order_serials'],
  accountColumn: 'o.account_id',
  select: 'o.dossier',
  sortColumns: { createdAt: 'o.created_at', ourRef: 'o.our_ref', yourRef: 'o.your_ref' },
  tieBreaker: 'o.our_ref',
  defaultSort: '-createdAt',
  statusCounts: 'orders',
  // `status=quote`: the offers (each step a status; an index per step and creation day).
  status: { column: 'o.current_step', values: orderStepKeys },
  // Our reference, your reference or an instrument's serial number, as the customer types it (any case), each looked
  // up in an index (schema.sql.ts: the upper-case indexes, order_serials).
  // One set of references, each part from its own index (the outer query keeps the account's): as an OR of three
  // conditions, PostgreSQL read every dossier of the account (250 ms for 200,000).
  search: (q) => ({
    sql: `o.our_ref IN (SELECT our_ref FROM orders WHERE upper(our_ref) = upper(?)
      UNION SELECT our_ref FROM orders WHERE upper(your_ref) = upper(?)
      UNION SELECT our_ref FROM order_serials WHERE serial = upper(?))`,
    params: [q, q, q],
  }),
};

/** The dossier as of `today`: an offer past its validity is expired, a reservation past its day holds nothing. */
function asOf(dossier: OrderDossier, today: string): OrderDossier {
  const offer = dossier.offer;
  if (!offer) return { ...dossier, offer: null };
  return {
    ...dossier,
    offer: {
      ...offer,
      expired: offer.validUntil < today,
      reservedUntil: offer.reservedUntil && offer.reservedUntil >= today ? offer.reservedUntil : null,
    },
  };
}

const summary = (dossier: OrderDossier): OrderSummary => ({
  ourRef: dossier.ourRef,
  yourRef: dossier.yourRef,
  customer: dossier.customer,
  createdAt: dossier.createdAt,
  currentStep: dossier.currentStep,
  expectedDeliveryAt: dossier.expectedDeliveryAt,
  offer: dossier.offer ?? null,
});

const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function orderHandlers(sql: Sql, today: () => string = () => new Date().toISOString().slice(0, 10)) {
  /** The account's dossier by our or your reference (any case). */
  const find = async (db: Sql, account: string, ref: string) => {
    const row = await db.get<{ dossier: string }>(
      'SELECT dossier FROM orders WHERE account_id = ? AND (upper(our_ref) = upper(?) OR upper(your_ref) = upper(?))',
      [account, ref, ref],
    );
    return row ? (JSON.parse(row.dossier) as OrderDossier) : undefined;
  };
  const save = async (db: Sql, account: string, dossier: OrderDossier) => {
    await db.run('UPDATE orders SET current_step = ?, expected_delivery_at = ?, dossier = ? WHERE account_id = ? AND our_ref = ?', [
      dossier.currentStep,
      dossier.expectedDeliveryAt,
      JSON.stringify(dossier),
      account,
      dossier.ourRef,
    ]);
    invalidate(account);
  };
  /** The account's offer at `ref` as of today, or the answer why there is none to act on. */
  const offerOf = async (db: Sql, account: string, ref: string, day: string, { allowExpired }: { allowExpired: boolean }) => {
    const stored = await find(db, account, ref);
    if (!stored) throw notFound('This order');
    const dossier = asOf(stored, day);
    const offer = dossier.offer;
    if (dossier.currentStep !== 'quote' || !offer)
      throw new HttpProblem(409, 'Conflict', `This dossier is no longer an offer: it is at the ${dossier.currentStep} step.`, {
        code: 'not-an-offer',
        params: { step: dossier.currentStep },
      });
    if (offer.expired && !allowExpired)
      throw new HttpProblem(409, 'Conflict', `This offer expired after ${offer.validUntil}: refresh it first.`, {
        code: 'offer-expired',
        params: { validUntil: offer.validUntil },
      });
    return { dossier, offer };
  };
  /** One transaction per action: the checks and the write see the same rows. */
  const act = async (c: Ctx, change: (tx: Sql, account: string, ref: string, day: string) => Promise<OrderDossier>) => {
    const account = c.get('account').id;
    const day = today();
    // Offers reserve from one stock: their actions take turns, on every instance.
    const dossier = await sql.transaction(async (tx) => {
      await tx.lock('stock');
      return change(tx, account, param(c, 'ref'), day);
    });
    return c.json(asOf(dossier, day));
  };
  const heldQuantities = (db: Sql, account: string, ourRef: string) =>
    db.all<{ sku: string; quantity: number }>('SELECT sku, quantity FROM reservations WHERE account_id = ? AND our_ref = ?', [
      account,
      ourRef,
    ]);
  const release = (db: Sql, account: string, ourRef: string) =>
    db.run('DELETE FROM reservations WHERE account_id = ? AND our_ref = ?', [account, ourRef]);

  return {
    listOrders: async (c: Ctx) => {
      const query = validate(ListQuery, c.req.query(), 'query');
      const { rows, ...page } = await listRows<{ dossier: string }>(sql, c.get('account').id, query, spec);
      const day = today();
      return c.json({ items: rows.map((row) => summary(asOf(JSON.parse(row.dossier), day))), ...page });
    },
    getOrder: async (c: Ctx) => {
      const dossier = await find(sql, c.get('account').id, param(c, 'ref'));
      if (!dossier) throw notFound('This order');
      return c.json(asOf(dossier, today()));
    },
    reserveOffer: (c: Ctx) =>
      act(c, async (tx, account, ref, day) => {
        const { dossier, offer } = await offerOf(tx, account, ref, day, { allowExpired: false });
        const wanted = new Map<string, { label: string; quantity: number }>();
        for (const line of dossier.lines) {
          const entry = wanted.get(line.sku) ?? { label: line.label, quantity: 0 };
          wanted.set(line.sku, { ...entry, quantity: entry.quantity + line.quantity });
        }
        for (const [sku, { label, quantity }] of wanted) {
          // What others hold until today or later does not count as available; this offer's own hold is renewed.
          const row = await tx.get<{ available: number }>(
            `SELECT s.quantity - coalesce((SELECT sum(r.quantity) FROM reservations r
               WHERE r.sku = s.sku AND r.until >= ? AND NOT (r.account_id = ? AND r.our_ref = ?)), 0) AS available
             FROM stock s WHERE s.sku = ?`,
            [day, account, dossier.ourRef, sku],
          );
          const available = Math.max(0, Number(row?.available ?? 0));
          if (quantity > available)
            throw new HttpProblem(409, 'Conflict', `Not enough stock of ${sku} (${label}): ${quantity} asked, ${available} available.`, {
              code: 'insufficient-stock',
              params: { sku, label, requested: quantity, available },
            });
        }
        const until = [offer.validUntil, dayAfter(day, RESERVATION_DAYS)].sort()[0]!;
        await release(tx, account, dossier.ourRef);
        for (const [sku, { quantity }] of wanted)
          await tx.run('INSERT INTO reservations (account_id, our_ref, sku, quantity, until) VALUES (?, ?, ?, ?, ?)', [
            account,
            dossier.ourRef,
            sku,
            quantity,
            until,
          ]);
        const next: OrderDossier = {
          ...dossier,
          offer: { ...offer, reservedUntil: until },
          history: [
            { at: day, text: `Réservation sur stock jusqu'au ${portalDay(until)}`, actor: dossier.contact, comment: null },
            ...dossier.history,
          ],
        };
        await save(tx, account, next);
        return next;
      }),
    orderOffer: (c: Ctx) =>
      act(c, async (tx, account, ref, day) => {
        const { dossier } = await offerOf(tx, account, ref, day, { allowExpired: false });
        // A reservation becomes the order's: its quantities leave the stock.
        if (dossier.offer?.reservedUntil)
          for (const held of await heldQuantities(tx, account, dossier.ourRef))
            await tx.run('UPDATE stock SET quantity = CASE WHEN quantity > ? THEN quantity - ? ELSE 0 END WHERE sku = ?', [
              held.quantity,
              held.quantity,
              held.sku,
            ]);
        await release(tx, account, dossier.ourRef);
        const next: OrderDossier = {
          ...dossier,
          currentStep: 'order',
          offer: null,
          firmOrder: true,
          steps: dossier.steps.map((step) =>
            step.key === 'quote'
              ? { ...step, state: 'done', at: step.at ?? dossier.createdAt }
              : step.key === 'order'
                ? { ...step, state: 'current', at: day }
                : step,
          ),
          documents: dossier.documents.map((document) =>
            document.kind === 'order' ? { ...document, available: true, url: `/api/orders/${dossier.ourRef}/documents/order` } : document,
          ),
          history: [
            { at: day, text: `Commande passée en ligne depuis l'offre pour : ${dossier.customer}`, actor: dossier.contact, comment: null },
            ...dossier.history,
          ],
        };
        await save(tx, account, next);
        return next;
      }),
    refreshOffer: (c: Ctx) =>
      act(c, async (tx, account, ref, day) => {
        const { dossier, offer } = await offerOf(tx, account, ref, day, { allowExpired: true });
        const lines = [];
        for (const line of dossier.lines) {
          const current = await tx.get<{ amount: number; currency: string }>(
            'SELECT price_amount AS amount, price_currency AS currency FROM stock WHERE sku = ?',
            [line.sku],
          );
          lines.push(current ? { ...line, unitPrice: current } : line);
        }
        const validUntil = dayAfter(day, OFFER_VALIDITY_DAYS);
        await release(tx, account, dossier.ourRef);
        const next: OrderDossier = {
          ...dossier,
          lines,
          offer: { ...offer, validUntil, amount: linesTotal(lines), expired: false, reservedUntil: null },
          history: [
            {
              at: day,
              text: `Offre actualisée aux prix du ${portalDay(day)}, valable jusqu'au ${portalDay(validUntil)}`,
              actor: dossier.contact,
              comment: null,
            },
            ...dossier.history,
          ],
        };
        await save(tx, account, next);
        return next;
      }),
    downloadOrderDocument: async (c: Ctx) => {
      const ref = param(c, 'ref');
      const row = await sql.get<{ dossier: string }>('SELECT dossier FROM orders WHERE account_id = ? AND upper(our_ref) = upper(?)', [
        c.get('account').id,
        ref,
      ]);
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
