import type { Translation } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';

const en: Translation & BackorderTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  backorderTitle: 'Backorders',
  backorderSearchLabel: 'Search (EAN, reference, number, title)',
  backorderSearchPlaceholder: '9782266258234, 65928812…',
  backorderStatusFilter: 'Status',
  backorderAllStatuses: 'All',
  backorderStatus: {
    available: 'Available',
    'temporarily-out-of-stock': 'Temporarily out of stock',
    'reprint-under-study': 'Reprint under study',
    'reprint-in-progress': 'Reprint in progress',
    'out-of-print': 'Out of print',
  },
  backorderStatusMeaning: {
    available: 'Available again: it will be billed automatically at the next weekly processing of missing items.',
    'temporarily-out-of-stock': 'Temporarily unavailable; the expected date shows when the publisher gives one.',
    'reprint-under-study': 'Not available, out of stock with no date: the publisher has decided neither a reprint nor a withdrawal.',
    'reprint-in-progress': 'Reprint in progress; “Expected” holds the date when the publisher gives one.',
    'out-of-print': 'The publisher has withdrawn the title: it will not be served.',
  },
  backorderColumns: {
    status: 'Status',
    notedAt: 'Noted on',
    expectedAt: 'Expected',
    yourReference: 'Your reference',
    distributorNumber: 'Distributor no.',
    ean13: 'EAN13',
    quantity: 'Qty',
    title: 'Title',
    publisher: 'Publisher',
    price: 'Price excl. tax',
    amount: 'Amount excl. tax',
    purgeAt: 'Purged on',
    actions: 'Actions',
  },
  backorderDistributorNumber: (distributor) => `${distributor} no.`,
  backorderGlossary: 'What do the statuses mean?',
  backorderRetention: (months) =>
    `Noted quantities are kept ${months} months, then purged if they could not be served. Available titles are served in the automated weekly processing.`,
  backorderCancel: 'Cancel',
  backorderCancelLine: (title) => `Cancel the backorder for “${title}”`,
  backorderCancelConfirm: (title, quantity) => `Cancel the backorder of ${quantity} × “${title}”? It will not be served.`,
  backorderCancelKeep: 'Keep it',
  backorderCancelFailed: (title, reason) => `“${title}” could not be cancelled: ${reason}`,
  backorderCancelled: (title) => `The backorder for “${title}” is cancelled.`,
  backorderEmpty: 'No backorders. Titles missing from your orders will show here.',
  backorderAvailableTotal: (amount, threshold) =>
    `Available titles: ${amount} excl. tax (minimum billing threshold: ${threshold} excl. tax).`,
  backorderBelowThreshold: (missing) => `${missing} excl. tax short of the threshold: they ship once it is reached.`,
  backorderAboveThreshold: 'The threshold is reached: they ship at the next weekly processing.',
  backorderTableLabel: 'Backorder lines',
};
export default en;
