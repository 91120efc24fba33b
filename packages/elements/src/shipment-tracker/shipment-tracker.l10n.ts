import type { ShipmentNature, ShipmentStatus } from '@comptoir/contract/shipments';
import { registerTranslation, type Translation } from '../runtime/localize.js';

import type { ShipmentColumn, ShipmentLineColumn } from './shipment-tracker.columns.js';

export type { ShipmentColumn, ShipmentLineColumn };

export interface ShipmentTerms {
  shipTitle: string;
  shipListLabel: string;
  shipColumns: Record<ShipmentColumn, string>;
  shipLineColumns: Record<ShipmentLineColumn, string>;
  shipStatus: Record<ShipmentStatus, string>;
  shipNature: Record<ShipmentNature, string>;
  shipSearchLabel: string;
  shipSearchPlaceholder: string;
  shipStatusFilter: string;
  shipNatureFilter: string;
  shipAll: string;
  shipOpen: (shipmentNumber: string) => string;
  shipOpenShort: string;
  shipEmpty: string;
  shipBack: string;
  shipDetailTitle: (shipmentNumber: string) => string;
  shipMissingTitle: (count: number) => string;
  shipMissingNone: string;
  shipMissingNoted: string;
  shipParcelTitle: (number: string, carrier: string) => string;
  shipShippedAt: (date: string) => string;
  shipTrack: (number: string) => string;
  shipNoTracking: string;
  shipNoParcel: string;
  shipNotShippedYet: string;
  shipYes: string;
  shipNo: string;
  shipLinesLabel: (parcel: string) => string;
}

const fr: Translation & ShipmentTerms = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  shipTitle: 'Suivi logistique',
  shipListLabel: 'Expéditions',
  shipColumns: {
    orderedAt: 'Date commande',
    yourReference: 'Votre référence',
    orderNumber: 'Commande associée',
    nature: 'Nature',
    parcelCount: 'Nb colis',
    shipmentNumber: 'N° Envoi',
    status: 'Statut',
  },
  shipLineColumns: {
    ean13: 'EAN13',
    articleCode: 'Code article',
    title: 'Désignation',
    quantityOrdered: 'Qté commandée',
    quantityShipped: 'Qté expédiée',
    missing: 'Quantité non livrée',
    parcelNumber: 'N° colis',
    noted: 'Noté',
  },
  shipStatus: {
    preparing: 'En préparation',
    shipped: 'Expédié',
    'partially-shipped': 'Expédié partiellement',
    delivered: 'Livré',
    cancelled: 'Annulé',
  },
  shipNature: { office: 'Office', 'firm-order': 'Commande ferme', restock: 'Réassort', school: 'Scolaire' },
  shipSearchLabel: 'N° commande, votre référence, n° envoi, code EAN',
  shipSearchPlaceholder: '11526482, 72511642, 9782266291200…',
  shipStatusFilter: 'Statut',
  shipNatureFilter: 'Nature',
  shipAll: 'Tous',
  shipOpen: (number) => `Voir le détail de l’envoi ${number}`,
  shipOpenShort: 'Détail',
  shipEmpty: 'Aucune expédition sur les 3 derniers mois.',
  shipBack: 'Retour à la liste',
  shipDetailTitle: (number) => `Envoi ${number}`,
  shipMissingTitle: (count) => (count === 1 ? '1 article manquant' : `${count} articles manquants`),
  shipMissingNone: 'Aucun article manquant : tout ce qui a été préparé est dans les colis.',
  shipMissingNoted:
    'Les quantités notées vous seront resservies ; les autres ont été transmises à nos services administratifs pour régularisation.',
  shipParcelTitle: (number, carrier) => `Colis ${number} · ${carrier}`,
  shipShippedAt: (date) => `expédié le ${date}`,
  shipTrack: (number) => `Suivre le colis ${number} chez le transporteur`,
  shipNoTracking: 'Pas de suivi transporteur',
  shipNoParcel: 'Sans colis',
  shipNotShippedYet: 'Pas encore de colis : l’envoi est en préparation.',
  shipYes: 'Oui',
  shipNo: 'Non',
  shipLinesLabel: (parcel) => `Contenu : ${parcel}`,
};

const en: Translation & ShipmentTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  shipTitle: 'Shipments',
  shipListLabel: 'Shipments',
  shipColumns: {
    orderedAt: 'Ordered on',
    yourReference: 'Your reference',
    orderNumber: 'Order',
    nature: 'Type',
    parcelCount: 'Parcels',
    shipmentNumber: 'Shipment no.',
    status: 'Status',
  },
  shipLineColumns: {
    ean13: 'EAN-13',
    articleCode: 'Item code',
    title: 'Title',
    quantityOrdered: 'Ordered',
    quantityShipped: 'Shipped',
    missing: 'Not delivered',
    parcelNumber: 'Parcel',
    noted: 'Backordered',
  },
  shipStatus: {
    preparing: 'Being prepared',
    shipped: 'Shipped',
    'partially-shipped': 'Partially shipped',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
  },
  shipNature: { office: 'Standing order', 'firm-order': 'Firm order', restock: 'Restock', school: 'School' },
  shipSearchLabel: 'Order no., your reference, shipment no., EAN',
  shipSearchPlaceholder: '11526482, 72511642, 9782266291200…',
  shipStatusFilter: 'Status',
  shipNatureFilter: 'Type',
  shipAll: 'All',
  shipOpen: (number) => `Show shipment ${number}`,
  shipOpenShort: 'Details',
  shipEmpty: 'No shipment in the last 3 months.',
  shipBack: 'Back to the list',
  shipDetailTitle: (number) => `Shipment ${number}`,
  shipMissingTitle: (count) => (count === 1 ? '1 missing item' : `${count} missing items`),
  shipMissingNone: 'Nothing missing: everything prepared is in the parcels.',
  shipMissingNoted: 'Backordered quantities will be shipped later; the others were passed on to our office to be settled.',
  shipParcelTitle: (number, carrier) => `Parcel ${number} · ${carrier}`,
  shipShippedAt: (date) => `shipped ${date}`,
  shipTrack: (number) => `Track parcel ${number} with the carrier`,
  shipNoTracking: 'No carrier tracking',
  shipNoParcel: 'No parcel',
  shipNotShippedYet: 'No parcel yet: the shipment is being prepared.',
  shipYes: 'Yes',
  shipNo: 'No',
  shipLinesLabel: (parcel) => `Contents: ${parcel}`,
};

registerTranslation(fr, en);
