import type { BackorderStatus } from '@comptoir/contract/backorders';
import { registerTranslation, type Translation } from '../runtime/localize.js';
import type { BackorderColumn } from './backorder-table.columns.js';

export type { BackorderColumn };

export interface BackorderTerms {
  backorderTitle: string;
  backorderSearchLabel: string;
  backorderSearchPlaceholder: string;
  backorderStatusFilter: string;
  backorderAllStatuses: string;
  backorderStatus: Record<BackorderStatus, string>;
  backorderStatusMeaning: Record<BackorderStatus, string>;
  backorderColumns: Record<BackorderColumn, string>;
  backorderDistributorNumber: (distributor: string) => string;
  backorderGlossary: string;
  backorderRetention: (months: number) => string;
  backorderCancel: string;
  backorderCancelLine: (title: string) => string;
  backorderCancelConfirm: (title: string, quantity: number) => string;
  backorderCancelKeep: string;
  backorderCancelFailed: (title: string, reason: string) => string;
  backorderCancelled: (title: string) => string;
  backorderEmpty: string;
  backorderAvailableTotal: (amount: string, threshold: string) => string;
  backorderBelowThreshold: (missing: string) => string;
  backorderAboveThreshold: string;
  backorderTableLabel: string;
}

const fr: Translation & BackorderTerms = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  backorderTitle: 'Suivi des notés',
  backorderSearchLabel: 'Rechercher (EAN, référence, n°, titre)',
  backorderSearchPlaceholder: '9782266258234, 65928812…',
  backorderStatusFilter: 'Statut',
  backorderAllStatuses: 'Tous',
  backorderStatus: {
    available: 'Article disponible',
    'temporarily-out-of-stock': 'Rupture momentanée',
    'reprint-under-study': 'Réimpression à l’étude',
    'reprint-in-progress': 'Réimpression en cours',
    'out-of-print': 'Épuisé',
  },
  backorderStatusMeaning: {
    available: 'Disponible à nouveau : il vous sera facturé automatiquement au prochain traitement hebdomadaire des manquants.',
    'temporarily-out-of-stock': 'Momentanément indisponible ; la date prévue est indiquée lorsque l’éditeur la communique.',
    'reprint-under-study':
      'Non disponible, rupture de stock sans date : l’éditeur n’a pris aucune décision de réimpression ou d’arrêt de commercialisation.',
    'reprint-in-progress': 'Réimpression en cours ; « Dispo. prévue » donne la date lorsque l’éditeur la communique.',
    'out-of-print': 'L’éditeur a arrêté la commercialisation : le titre ne sera pas servi.',
  },
  backorderColumns: {
    status: 'Statut',
    notedAt: 'Noté le',
    expectedAt: 'Dispo. prévue',
    yourReference: 'Votre référence',
    distributorNumber: 'Numéro distributeur',
    ean13: 'EAN13',
    quantity: 'Qté',
    title: 'Titre',
    publisher: 'Éditeur',
    price: 'Prix HT',
    amount: 'Montant HT',
    purgeAt: 'Purge le',
    actions: 'Actions',
  },
  backorderDistributorNumber: (distributor) => `Numéro ${distributor}`,
  backorderGlossary: 'Que signifient les statuts ?',
  backorderRetention: (months) =>
    `Les quantités notées sont conservées ${months} mois, puis purgées si elles n’ont pas pu être servies. Les titres disponibles sont servis lors du traitement hebdomadaire automatisé.`,
  backorderCancel: 'Annuler',
  backorderCancelLine: (title) => `Annuler le noté « ${title} »`,
  backorderCancelConfirm: (title, quantity) => `Annuler le noté de ${quantity} × « ${title} » ? Il ne vous sera pas servi.`,
  backorderCancelKeep: 'Conserver',
  backorderCancelFailed: (title, reason) => `« ${title} » n’a pas pu être annulé : ${reason}`,
  backorderCancelled: (title) => `Le noté « ${title} » est annulé.`,
  backorderEmpty: 'Aucun article noté. Les titres manquants de vos commandes apparaîtront ici.',
  backorderAvailableTotal: (amount, threshold) => `Titres disponibles : ${amount} HT (seuil minimum de facturation : ${threshold} HT).`,
  backorderBelowThreshold: (missing) => `Il manque ${missing} HT pour atteindre le seuil : ils seront servis quand il sera atteint.`,
  backorderAboveThreshold: 'Le seuil est atteint : ils seront servis au prochain traitement hebdomadaire.',
  backorderTableLabel: 'Articles notés',
};

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

registerTranslation(fr, en);
