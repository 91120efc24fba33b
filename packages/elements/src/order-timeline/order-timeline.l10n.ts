import type { orderStepKeys, stepStates } from '@comptoir/contract/orders';
import { registerTranslation, type Translation } from '../runtime/localize.js';

type StepKey = (typeof orderStepKeys)[number];
type StepState = (typeof stepStates)[number];

export interface OrderTerms {
  orderTitle: string;
  orderFindLabel: string;
  orderFindPlaceholder: string;
  orderFind: string;
  orderRecent: string;
  orderListLabel: string;
  orderColumns: { ourRef: string; yourRef: string; customer: string; createdAt: string; currentStep: string; expectedDeliveryAt: string };
  orderOpen: (ref: string) => string;
  orderOpenShort: string;
  orderNotFound: (query: string) => string;
  orderNone: string;
  orderBack: string;
  orderRefs: (ours: string, yours: string) => string;
  orderOurRef: string;
  orderYourRef: string;
  orderSteps: Record<StepKey, string>;
  /** After a step's name, for screen readers: its state, with the language's separator. */
  orderStepStateSuffix: (state: string) => string;
  orderStepState: Record<StepState, string>;
  orderProgressLabel: string;
  orderExpected: string;
  orderExpectedUnknown: string;
  orderExpectedChanges: string;
  orderAnnounced: (announced: string, expected: string) => string;
  orderDocuments: string;
  orderDocumentLater: string;
  orderDocumentFailed: (label: string, reason: string) => string;
  orderDetails: string;
  orderFirm: string;
  orderNotFirm: string;
  orderSupplierNumber: string;
  orderCustomer: string;
  orderContact: string;
  orderSerials: string;
  orderAddress: string;
  orderLines: string;
  orderLineColumns: { sku: string; label: string; quantity: string; unitPrice: string; amount: string };
  orderHistory: string;
  orderBy: (actor: string) => string;
  orderComment: string;
  orderHistoryOrder: string;
  orderNewestFirst: string;
  orderOldestFirst: string;
}

const fr: Translation & OrderTerms = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  orderTitle: 'Dossier de commande',
  orderFindLabel: 'Notre réf., votre réf. ou n° de série',
  orderFindPlaceholder: '45KL89G00E, P020044G-01…',
  orderFind: 'Afficher le dossier',
  orderRecent: 'Toutes vos affaires en cours',
  orderListLabel: 'Vos commandes',
  orderColumns: {
    ourRef: 'Notre réf.',
    yourRef: 'Votre réf.',
    customer: 'Client',
    createdAt: 'Créé le',
    currentStep: 'Étape',
    expectedDeliveryAt: 'Livraison prévue',
  },
  orderOpen: (ref) => `Ouvrir le dossier ${ref}`,
  orderOpenShort: 'Ouvrir',
  orderNotFound: (query) =>
    `Aucun dossier ne correspond à « ${query} ». Vérifiez la référence sur votre offre ou sur le côté de l’instrument.`,
  orderNone: 'Aucune affaire en cours.',
  orderBack: 'Toutes vos affaires',
  orderRefs: (ours, yours) => `Notre réf. ${ours} · Votre réf. ${yours}`,
  orderOurRef: 'Notre réf.',
  orderYourRef: 'Votre réf.',
  orderStepStateSuffix: (state) => ` : ${state}`,
  orderSteps: {
    quote: 'Devis',
    order: 'Commande',
    supply: 'Appros',
    shipment: 'Expédition',
    invoice: 'Facture',
    receipt: 'Réception',
    payment: 'Payé',
  },
  orderStepState: { done: 'fait', current: 'en cours', pending: 'à venir', skipped: 'sans objet' },
  orderProgressLabel: 'État d’avancement',
  orderExpected: 'Livraison prévue',
  orderExpectedUnknown: 'Date de livraison pas encore annoncée',
  orderExpectedChanges: 'Annonces successives',
  orderAnnounced: (announced, expected) => `${announced} : livraison annoncée pour le ${expected}`,
  orderDocuments: 'Documents',
  orderDocumentLater: 'pas encore disponible',
  orderDocumentFailed: (label, reason) => `Le document « ${label} » n’a pas pu être téléchargé : ${reason}`,
  orderDetails: 'Détails de la commande',
  orderFirm: 'Ceci est une commande ferme',
  orderNotFirm: 'Commande non ferme',
  orderSupplierNumber: 'Numéro fournisseur',
  orderCustomer: 'Client',
  orderContact: 'Contact',
  orderSerials: 'Numéros de série',
  orderAddress: 'Adresse de livraison',
  orderLines: 'Articles',
  orderLineColumns: { sku: 'Référence', label: 'Désignation', quantity: 'Qté', unitPrice: 'Prix unitaire', amount: 'Montant' },
  orderHistory: 'Historique',
  orderBy: (actor) => `par ${actor}`,
  orderComment: 'Commentaire',
  orderHistoryOrder: 'Ordre',
  orderNewestFirst: 'Plus récent d’abord',
  orderOldestFirst: 'Plus ancien d’abord',
};

const en: Translation & OrderTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  orderTitle: 'Order dossier',
  orderFindLabel: 'Our ref., your ref. or serial number',
  orderFindPlaceholder: '45KL89G00E, P020044G-01…',
  orderFind: 'Show the dossier',
  orderRecent: 'All your current business',
  orderListLabel: 'Your orders',
  orderColumns: {
    ourRef: 'Our ref.',
    yourRef: 'Your ref.',
    customer: 'Customer',
    createdAt: 'Opened',
    currentStep: 'Step',
    expectedDeliveryAt: 'Expected delivery',
  },
  orderOpen: (ref) => `Open dossier ${ref}`,
  orderOpenShort: 'Open',
  orderNotFound: (query) => `No dossier matches “${query}”. Check the reference on your offer or on the side of the instrument.`,
  orderNone: 'No current business.',
  orderBack: 'All your business',
  orderRefs: (ours, yours) => `Our ref. ${ours} · Your ref. ${yours}`,
  orderOurRef: 'Our ref.',
  orderYourRef: 'Your ref.',
  orderStepStateSuffix: (state) => `: ${state}`,
  orderSteps: {
    quote: 'Quote',
    order: 'Order',
    supply: 'Supply',
    shipment: 'Shipment',
    invoice: 'Invoice',
    receipt: 'Receipt',
    payment: 'Paid',
  },
  orderStepState: { done: 'done', current: 'in progress', pending: 'to come', skipped: 'not needed' },
  orderProgressLabel: 'Progress',
  orderExpected: 'Expected delivery',
  orderExpectedUnknown: 'Delivery date not announced yet',
  orderExpectedChanges: 'Announcements',
  orderAnnounced: (announced, expected) => `${announced}: delivery announced for ${expected}`,
  orderDocuments: 'Documents',
  orderDocumentLater: 'not available yet',
  orderDocumentFailed: (label, reason) => `The document “${label}” could not be downloaded: ${reason}`,
  orderDetails: 'Order details',
  orderFirm: 'This is a firm order',
  orderNotFirm: 'Not a firm order',
  orderSupplierNumber: 'Supplier number',
  orderCustomer: 'Customer',
  orderContact: 'Contact',
  orderSerials: 'Serial numbers',
  orderAddress: 'Delivery address',
  orderLines: 'Items',
  orderLineColumns: { sku: 'Item', label: 'Description', quantity: 'Qty', unitPrice: 'Unit price', amount: 'Amount' },
  orderHistory: 'History',
  orderBy: (actor) => `by ${actor}`,
  orderComment: 'Comment',
  orderHistoryOrder: 'Order',
  orderNewestFirst: 'Newest first',
  orderOldestFirst: 'Oldest first',
};

registerTranslation(fr, en);
