import type { Translation } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';

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
export default fr;
