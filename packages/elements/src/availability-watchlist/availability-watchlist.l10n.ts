import { registerTranslation, type Translation } from '../runtime/localize.js';
import type { PasteProblem } from './availability-watchlist.paste.js';

import type { WatchColumn } from './availability-watchlist.columns.js';

export type { WatchColumn };

export interface WatchlistTerms {
  /** The export's file name, before its date. */
  watchExportFile: string;
  watchListLabel: string;
  watchColumns: Record<WatchColumn, string>;
  watchAvailable: string;
  watchUnavailable: string;
  watchAvailableOn: (date: string) => string;
  watchExpectedOn: (date: string) => string;
  watchMailSent: (date: string) => string;
  watchFilterLabel: string;
  watchFilterAll: string;
  watchFilterAvailable: string;
  watchFilterUnavailable: string;
  watchSearchLabel: string;
  watchUnfollow: string;
  watchUnfollowTitle: (title: string) => string;
  watchUnfollowSelected: (count: number) => string;
  watchSelect: (title: string) => string;
  watchSelectAll: string;
  watchRemoved: (count: number) => string;
  watchUndo: string;
  watchRemoveFailed: (count: number, reason: string) => string;
  watchEditReference: (title: string) => string;
  watchAddReference: string;
  watchEditFailed: (title: string, reason: string) => string;
  watchEmpty: string;
  watchFindTitle: string;
  watchCatalogLabel: string;
  watchCatalogPlaceholder: string;
  watchCatalogGeneral: string;
  watchCatalogSchool: string;
  watchFollow: string;
  watchFollowTitle: (title: string) => string;
  watchFollowed: string;
  watchNoResult: string;
  watchPasteTitle: string;
  watchPasteLabel: string;
  watchPasteHint: string;
  watchPasteSubmit: string;
  watchPasteProblem: Record<PasteProblem, string>;
  watchPasteInvalid: (line: number, value: string, reason: string) => string;
  watchPasteDuplicates: (count: number) => string;
  watchPasteAlready: (count: number) => string;
  watchPasteNothing: string;
  watchAdded: (count: number) => string;
  watchUnknown: (codes: string) => string;
  watchAddFailed: (reason: string) => string;
  watchPending: string;
}

const fr: Translation & WatchlistTerms = {
  watchExportFile: 'alertes-disponibilite',
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  watchListLabel: 'Titres suivis',
  watchColumns: {
    ean13: 'EAN13',
    subscribedAt: 'Date inscription',
    title: 'Titre',
    available: 'Dispo.',
    availableAt: 'Info dispo.',
    notifiedAt: 'Info mail',
    publisher: 'Éditeur',
    price: 'Prix',
    yourReference: 'Vos références',
  },
  watchAvailable: 'Dispo.',
  watchUnavailable: 'Indispo.',
  watchAvailableOn: (date) => `le ${date}`,
  watchExpectedOn: (date) => `prévue le ${date}`,
  watchMailSent: (date) => `Mail envoyé le ${date}`,
  watchFilterLabel: 'Disponibilité',
  watchFilterAll: 'Tous',
  watchFilterAvailable: 'Disponibles',
  watchFilterUnavailable: 'Indisponibles',
  watchSearchLabel: 'Rechercher dans ma liste',
  watchUnfollow: 'Effacer',
  watchUnfollowTitle: (title) => `Ne plus suivre « ${title} »`,
  watchUnfollowSelected: (count) => `Ne plus suivre la sélection (${count})`,
  watchSelect: (title) => `Sélectionner « ${title} »`,
  watchSelectAll: 'Tout sélectionner',
  watchRemoved: (count) => (count === 1 ? '1 titre retiré de la liste.' : `${count} titres retirés de la liste.`),
  watchUndo: 'Annuler',
  watchRemoveFailed: (count, reason) =>
    `${count === 1 ? 'Le titre n’a' : `${count} titres n’ont`} pas pu être retiré${count === 1 ? '' : 's'} : ${reason}`,
  watchEditReference: (title) => `Modifier votre référence pour « ${title} »`,
  watchAddReference: 'Ajouter',
  watchEditFailed: (title, reason) => `La référence de « ${title} » n’a pas pu être enregistrée : ${reason}`,
  watchEmpty:
    'Vous ne suivez aucun titre. Cherchez un titre en rupture momentanée, ou collez une liste d’EAN : un e-mail vous préviendra de son retour.',
  watchFindTitle: 'Recherche titres indisponibles',
  watchCatalogLabel: 'Titre, auteur, éditeur ou EAN',
  watchCatalogPlaceholder: 'Dune, Steinkis, 9782221249482…',
  watchCatalogGeneral: 'Tous les titres',
  watchCatalogSchool: 'Scolaire',
  watchFollow: 'Suivre',
  watchFollowTitle: (title) => `Suivre « ${title} »`,
  watchFollowed: 'Suivi',
  watchNoResult: 'Aucun titre indisponible ne correspond.',
  watchPasteTitle: 'Suivre une liste d’EAN',
  watchPasteLabel: 'EAN à suivre',
  watchPasteHint: 'Un par ligne, ou séparés par des espaces, virgules ou points-virgules.',
  watchPasteSubmit: 'Suivre ces titres',
  watchPasteProblem: { characters: 'caractères non numériques', length: 'un EAN a 13 chiffres', 'check-digit': 'clé de contrôle fausse' },
  watchPasteInvalid: (line, value, reason) => `Ligne ${line} : « ${value} » — ${reason}`,
  watchPasteDuplicates: (count) => `${count} EAN en double, suivi${count === 1 ? '' : 's'} une seule fois.`,
  watchPasteAlready: (count) => `${count} EAN déjà suivi${count === 1 ? '' : 's'}, ignoré${count === 1 ? '' : 's'}.`,
  watchPasteNothing: 'Aucun EAN valide à suivre.',
  watchAdded: (count) => (count === 1 ? '1 titre ajouté à la liste.' : `${count} titres ajoutés à la liste.`),
  watchUnknown: (codes) => `Inconnus du catalogue, non suivis : ${codes}`,
  watchAddFailed: (reason) => `Les titres n’ont pas pu être suivis : ${reason} Votre liste est conservée ci-dessous.`,
  watchPending: 'Envoi…',
};

const en: Translation & WatchlistTerms = {
  watchExportFile: 'availability-alerts',
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  watchListLabel: 'Followed titles',
  watchColumns: {
    ean13: 'EAN13',
    subscribedAt: 'Followed since',
    title: 'Title',
    available: 'Availability',
    availableAt: 'Available on',
    notifiedAt: 'E-mail',
    publisher: 'Publisher',
    price: 'Price',
    yourReference: 'Your reference',
  },
  watchAvailable: 'Available',
  watchUnavailable: 'Unavailable',
  watchAvailableOn: (date) => `on ${date}`,
  watchExpectedOn: (date) => `expected ${date}`,
  watchMailSent: (date) => `E-mail sent ${date}`,
  watchFilterLabel: 'Availability',
  watchFilterAll: 'All',
  watchFilterAvailable: 'Available',
  watchFilterUnavailable: 'Unavailable',
  watchSearchLabel: 'Search my list',
  watchUnfollow: 'Unfollow',
  watchUnfollowTitle: (title) => `Stop following “${title}”`,
  watchUnfollowSelected: (count) => `Unfollow selected (${count})`,
  watchSelect: (title) => `Select “${title}”`,
  watchSelectAll: 'Select all',
  watchRemoved: (count) => (count === 1 ? '1 title removed from the list.' : `${count} titles removed from the list.`),
  watchUndo: 'Undo',
  watchRemoveFailed: (count, reason) => `${count === 1 ? 'The title' : `${count} titles`} could not be removed: ${reason}`,
  watchEditReference: (title) => `Edit your reference for “${title}”`,
  watchAddReference: 'Add',
  watchEditFailed: (title, reason) => `The reference of “${title}” could not be saved: ${reason}`,
  watchEmpty:
    'You follow no title yet. Search a temporarily unavailable title, or paste a list of EANs: an e-mail tells you when it is back.',
  watchFindTitle: 'Search unavailable titles',
  watchCatalogLabel: 'Title, author, publisher or EAN',
  watchCatalogPlaceholder: 'Dune, Steinkis, 9782221249482…',
  watchCatalogGeneral: 'All titles',
  watchCatalogSchool: 'School',
  watchFollow: 'Follow',
  watchFollowTitle: (title) => `Follow “${title}”`,
  watchFollowed: 'Followed',
  watchNoResult: 'No unavailable title matches.',
  watchPasteTitle: 'Follow a list of EANs',
  watchPasteLabel: 'EANs to follow',
  watchPasteHint: 'One per line, or separated by spaces, commas or semicolons.',
  watchPasteSubmit: 'Follow these titles',
  watchPasteProblem: { characters: 'not only digits', length: 'an EAN has 13 digits', 'check-digit': 'wrong check digit' },
  watchPasteInvalid: (line, value, reason) => `Line ${line}: “${value}” — ${reason}`,
  watchPasteDuplicates: (count) => `${count} duplicate EAN${count === 1 ? '' : 's'}, followed once.`,
  watchPasteAlready: (count) => `${count} EAN${count === 1 ? '' : 's'} already followed, skipped.`,
  watchPasteNothing: 'No valid EAN to follow.',
  watchAdded: (count) => (count === 1 ? '1 title added to the list.' : `${count} titles added to the list.`),
  watchUnknown: (codes) => `Not in the catalog, not followed: ${codes}`,
  watchAddFailed: (reason) => `The titles could not be followed: ${reason} Your list is kept below.`,
  watchPending: 'Sending…',
};

registerTranslation(fr, en);
