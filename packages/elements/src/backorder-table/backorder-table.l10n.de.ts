import type { Translation } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';

const de: Translation & BackorderTerms = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  backorderTitle: 'Rückstände',
  backorderSearchLabel: 'Suche (EAN, Referenz, Nummer, Titel)',
  backorderSearchPlaceholder: '9782266258234, 65928812…',
  backorderStatusFilter: 'Status',
  backorderAllStatuses: 'Alle',
  backorderStatus: {
    available: 'Lieferbar',
    'temporarily-out-of-stock': 'Vorübergehend nicht lieferbar',
    'reprint-under-study': 'Nachdruck in Prüfung',
    'reprint-in-progress': 'Nachdruck in Arbeit',
    'out-of-print': 'Vergriffen',
  },
  backorderStatusMeaning: {
    available: 'Wieder lieferbar: wird bei der nächsten wöchentlichen Bearbeitung der Rückstände automatisch berechnet.',
    'temporarily-out-of-stock': 'Vorübergehend nicht lieferbar; das erwartete Datum erscheint, sobald der Verlag eines nennt.',
    'reprint-under-study': 'Nicht lieferbar, ohne Datum: Der Verlag hat weder über einen Nachdruck noch über eine Einstellung entschieden.',
    'reprint-in-progress': 'Nachdruck in Arbeit; „Erwartet“ zeigt das Datum, sobald der Verlag eines nennt.',
    'out-of-print': 'Der Verlag hat den Titel eingestellt: Er wird nicht geliefert.',
  },
  backorderColumns: {
    status: 'Status',
    notedAt: 'Vorgemerkt am',
    expectedAt: 'Erwartet',
    yourReference: 'Ihre Referenz',
    distributorNumber: 'Nr. Auslieferung',
    ean13: 'EAN13',
    quantity: 'Menge',
    title: 'Titel',
    publisher: 'Verlag',
    price: 'Preis netto',
    amount: 'Betrag netto',
    purgeAt: 'Gelöscht am',
    actions: 'Aktionen',
  },
  backorderDistributorNumber: (distributor) => `Nr. ${distributor}`,
  backorderGlossary: 'Was bedeuten die Status?',
  backorderRetention: (months) =>
    `Vorgemerkte Mengen bleiben ${months} Monate bestehen und werden dann gelöscht, wenn sie nicht geliefert werden konnten. Lieferbare Titel werden bei der automatischen wöchentlichen Bearbeitung geliefert.`,
  backorderCancel: 'Stornieren',
  backorderCancelLine: (title) => `Den Rückstand für „${title}“ stornieren`,
  backorderCancelConfirm: (title, quantity) => `Den Rückstand von ${quantity} × „${title}“ stornieren? Er wird nicht geliefert.`,
  backorderCancelKeep: 'Behalten',
  backorderCancelFailed: (title, reason) => `„${title}“ konnte nicht storniert werden: ${reason}`,
  backorderCancelled: (title) => `Der Rückstand für „${title}“ ist storniert.`,
  backorderEmpty: 'Keine Rückstände. Titel, die in Ihren Bestellungen fehlen, erscheinen hier.',
  backorderAvailableTotal: (amount, threshold) =>
    `Lieferbare Titel: ${amount} netto (Mindestbetrag für die Berechnung: ${threshold} netto).`,
  backorderBelowThreshold: (missing) => `Es fehlen ${missing} netto bis zum Mindestbetrag: Sie werden geliefert, sobald er erreicht ist.`,
  backorderAboveThreshold: 'Der Mindestbetrag ist erreicht: Sie werden bei der nächsten wöchentlichen Bearbeitung geliefert.',
  backorderTableLabel: 'Rückstandszeilen',
};
export default de;
