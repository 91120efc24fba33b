import type { OrderDossier, OrderSummary } from '@comptoir/contract';
import { seedOrder } from '@comptoir/contract/fixtures';

/**
 * An order half-way, beside the portal's paid one: shipment in progress, the expected date moved once, the invoice not
 * yet available, one line, a full address. Shared by the element's tests and its stories.
 */
export const orderInProgress: OrderDossier = {
  ...seedOrder,
  ourRef: '41KL01G10E',
  yourRef: 'P01001G-01',
  createdAt: '2026-11-20',
  currentStep: 'shipment',
  expectedDeliveryAt: '2026-11-28',
  firmOrder: false,
  serialNumbers: ['SN-110042'],
  steps: seedOrder.steps.map((step, i) => ({
    ...step,
    state: i < 3 ? 'done' : i === 3 ? 'current' : 'pending',
    at: i < 3 ? '2026-11-20' : null,
  })),
  documents: seedOrder.documents.map((d) => ({
    ...d,
    url: d.kind === 'invoice' ? null : `/api/orders/41KL01G10E/documents/${d.kind}`,
    available: d.kind !== 'invoice',
  })),
  expectedDeliveryChanges: [
    { announcedAt: '2026-11-20', expectedAt: '2026-11-26', note: 'première notification' },
    { announcedAt: '2026-11-22', expectedAt: '2026-11-28', note: 'transporteur en retard' },
  ],
  deliveryAddress: { name: 'Librairie du Centre', lines: ['12 rue des Halles'], postalCode: '45000', city: 'Orléans', country: 'France' },
  lines: [{ sku: 'GR-200', label: 'Granulomètre laser', quantity: 2, unitPrice: { amount: 1250.5, currency: 'EUR' } }],
  history: [{ at: '2026-11-20', text: 'Commande créée', actor: 'manager', comment: 'livrer le matin' }],
};

/** A dossier as the list gives it. */
export const summaryOf = (d: OrderDossier): OrderSummary => ({
  ourRef: d.ourRef,
  yourRef: d.yourRef,
  customer: d.customer,
  createdAt: d.createdAt,
  currentStep: d.currentStep,
  expectedDeliveryAt: d.expectedDeliveryAt,
  offer: d.offer ?? null,
});
