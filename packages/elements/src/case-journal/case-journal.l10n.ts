import type { CaseStatus } from '@comptoir/contract/cases';
import { registerTranslation, type Translation } from '../runtime/localize.js';

export type CaseColumn = 'createdAt' | 'id' | 'status' | 'primaryEmail' | 'shortDescription';

export interface CaseTerms {
  caseTitle: string;
  caseListLabel: string;
  caseColumns: Record<CaseColumn, string>;
  caseStatus: Record<CaseStatus, string>;
  caseStatusMeaning: Record<CaseStatus, string>;
  caseSearchLabel: string;
  caseSearchPlaceholder: string;
  caseStatusFilter: string;
  caseAll: string;
  caseFrom: string;
  caseTo: string;
  caseOpen: (id: string) => string;
  caseOpenShort: string;
  caseEmpty: string;
  caseNew: string;
  caseBack: string;
  caseDetailTitle: (id: string) => string;
  caseCc: string;
  caseNoCc: string;
  caseEdit: string;
  caseEditTitle: string;
  caseCcHint: string;
  caseSave: string;
  caseCancel: string;
  caseSaved: string;
  caseSaveFailed: (reason: string) => string;
  caseOwnerNote: string;
  caseWrite: string;
  caseMessage: string;
  caseFiles: string;
  caseFilesHint: (count: number, megabytes: number, kinds: string) => string;
  /** A file's size, in kilobytes (already formatted). */
  caseKilobytes: (kilobytes: string) => string;
  caseRemoveFile: (name: string) => string;
  caseSend: string;
  caseSending: string;
  caseSent: string;
  caseSendFailed: (reason: string) => string;
  caseFileTooMany: (max: number) => string;
  caseFileTooBig: (name: string, megabytes: number) => string;
  caseFileKind: (name: string, kinds: string) => string;
  caseFileEmpty: (name: string) => string;
  caseReplyNote: string;
  caseHistory: (count: number) => string;
  caseFromCustomer: string;
  caseFromSupport: string;
  caseAttachmentFailed: (name: string, reason: string) => string;
  caseGlossary: string;
  caseNewTitle: string;
  caseCreate: string;
  caseCreateFailed: (reason: string) => string;
  caseInvalidEmail: (value: string) => string;
  caseRequired: (field: string) => string;
  caseTooManyCc: (max: number) => string;
}

const fr: Translation & CaseTerms = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  caseTitle: 'Journal des cas',
  caseListLabel: 'Vos cas',
  caseColumns: {
    createdAt: 'Création d’un cas',
    id: 'ID du cas',
    status: 'État du cas',
    primaryEmail: 'E-mail principal',
    shortDescription: 'Courte description',
  },
  caseStatus: {
    'pending-seller': 'En attente d’une réponse',
    'needs-attention': 'Exige de l’attention',
    open: 'Ouvert',
    answered: 'Répondu',
    transferred: 'Transféré',
    reopened: 'Ré-ouvert',
    resolved: 'Résolu',
  },
  caseStatusMeaning: {
    'pending-seller': 'Le support prépare sa réponse.',
    'needs-attention': 'Le cas exige que vous agissiez : répondez avec le formulaire.',
    open: 'Le cas est ouvert et suivi par le support.',
    answered: 'Le support a répondu ; répondez si la question n’est pas réglée.',
    transferred: 'Le cas a été transmis au service compétent.',
    reopened: 'Le cas avait été résolu, puis ré-ouvert pour plus de recherches.',
    resolved: 'Le cas est résolu.',
  },
  caseSearchLabel: 'ID du cas, e-mail ou description',
  caseSearchPlaceholder: '2749301158, colis, commande…',
  caseStatusFilter: 'État',
  caseAll: 'Tous',
  caseFrom: 'Créé depuis le',
  caseTo: 'jusqu’au',
  caseOpen: (id) => `Détail du cas ${id}`,
  caseOpenShort: 'Détail',
  caseEmpty: 'Aucun cas pour l’instant.',
  caseNew: 'Nouveau cas',
  caseBack: 'Retour au journal',
  caseDetailTitle: (id) => `Cas ${id}`,
  caseCc: 'En copie',
  caseNoCc: 'personne',
  caseEdit: 'Modifier',
  caseEditTitle: 'Modifier le cas',
  caseCcHint: 'Adresses séparées par des virgules ou des retours à la ligne (10 au plus).',
  caseSave: 'Enregistrer',
  caseCancel: 'Annuler',
  caseSaved: 'Le cas est modifié.',
  caseSaveFailed: (reason) => `Les modifications n’ont pas été enregistrées : ${reason} Vos saisies sont conservées.`,
  caseOwnerNote: 'Changer l’e-mail principal change le propriétaire du cas. L’historique des copies n’est pas conservé.',
  caseWrite: 'Écrire au support',
  caseMessage: 'Message',
  caseFiles: 'Pièces jointes',
  caseFilesHint: (count, megabytes, kinds) => `${count} fichiers au plus, ${megabytes} Mo chacun : ${kinds}.`,
  caseKilobytes: (kilobytes) => `${kilobytes} ko`,
  caseRemoveFile: (name) => `Retirer ${name}`,
  caseSend: 'Envoyer',
  caseSending: 'Envoi…',
  caseSent: 'Message envoyé.',
  caseSendFailed: (reason) => `Le message n’est pas parti : ${reason} Votre texte et vos pièces jointes sont conservés.`,
  caseFileTooMany: (max) => `${max} pièces jointes au plus.`,
  caseFileTooBig: (name, megabytes) => `${name} dépasse ${megabytes} Mo.`,
  caseFileKind: (name, kinds) => `${name} : seuls ces fichiers sont acceptés : ${kinds}.`,
  caseFileEmpty: (name) => `${name} est vide.`,
  caseReplyNote: 'Répondez toujours avec ce formulaire : les réponses aux e-mails du support ne sont pas lues.',
  caseHistory: (count) => `Historique des contacts (${count})`,
  caseFromCustomer: 'Vous',
  caseFromSupport: 'Support',
  caseAttachmentFailed: (name, reason) => `La pièce jointe « ${name} » n’a pas pu être téléchargée : ${reason}`,
  caseGlossary: 'Que signifient les états ?',
  caseNewTitle: 'Nouveau cas',
  caseCreate: 'Créer le cas',
  caseCreateFailed: (reason) => `Le cas n’a pas été créé : ${reason} Vos saisies sont conservées.`,
  caseInvalidEmail: (value) => `« ${value} » n’est pas une adresse e-mail.`,
  caseRequired: (field) => `${field} est obligatoire.`,
  caseTooManyCc: (max) => `${max} adresses en copie au plus.`,
};

const en: Translation & CaseTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  caseTitle: 'Case log',
  caseListLabel: 'Your cases',
  caseColumns: {
    createdAt: 'Created',
    id: 'Case ID',
    status: 'Status',
    primaryEmail: 'Primary e-mail',
    shortDescription: 'Short description',
  },
  caseStatus: {
    'pending-seller': 'Awaiting our reply',
    'needs-attention': 'Needs your attention',
    open: 'Open',
    answered: 'Answered',
    transferred: 'Transferred',
    reopened: 'Reopened',
    resolved: 'Resolved',
  },
  caseStatusMeaning: {
    'pending-seller': 'Support is preparing its answer.',
    'needs-attention': 'The case needs you to act: reply with the form.',
    open: 'The case is open and followed by support.',
    answered: 'Support answered; reply if the question is not settled.',
    transferred: 'The case was passed on to the right team.',
    reopened: 'The case was resolved, then reopened for more research.',
    resolved: 'The case is resolved.',
  },
  caseSearchLabel: 'Case ID, e-mail or description',
  caseSearchPlaceholder: '2749301158, parcel, order…',
  caseStatusFilter: 'Status',
  caseAll: 'All',
  caseFrom: 'Created from',
  caseTo: 'to',
  caseOpen: (id) => `Details of case ${id}`,
  caseOpenShort: 'Details',
  caseEmpty: 'No case yet.',
  caseNew: 'New case',
  caseBack: 'Back to the log',
  caseDetailTitle: (id) => `Case ${id}`,
  caseCc: 'Cc',
  caseNoCc: 'nobody',
  caseEdit: 'Edit',
  caseEditTitle: 'Edit the case',
  caseCcHint: 'Addresses separated by commas or new lines (10 at most).',
  caseSave: 'Save',
  caseCancel: 'Cancel',
  caseSaved: 'The case is updated.',
  caseSaveFailed: (reason) => `The changes were not saved: ${reason} What you typed is kept.`,
  caseOwnerNote: 'Changing the primary e-mail changes the owner of the case. No history of Cc changes is kept.',
  caseWrite: 'Write to support',
  caseMessage: 'Message',
  caseFiles: 'Attachments',
  caseFilesHint: (count, megabytes, kinds) => `${count} files at most, ${megabytes} MB each: ${kinds}.`,
  caseKilobytes: (kilobytes) => `${kilobytes} KB`,
  caseRemoveFile: (name) => `Remove ${name}`,
  caseSend: 'Send',
  caseSending: 'Sending…',
  caseSent: 'Message sent.',
  caseSendFailed: (reason) => `The message was not sent: ${reason} Your text and attachments are kept.`,
  caseFileTooMany: (max) => `${max} attachments at most.`,
  caseFileTooBig: (name, megabytes) => `${name} is over ${megabytes} MB.`,
  caseFileKind: (name, kinds) => `${name}: only these files are accepted: ${kinds}.`,
  caseFileEmpty: (name) => `${name} is empty.`,
  caseReplyNote: 'Always reply with this form: replies to support e-mails are not read.',
  caseHistory: (count) => `Contact history (${count})`,
  caseFromCustomer: 'You',
  caseFromSupport: 'Support',
  caseAttachmentFailed: (name, reason) => `The attachment “${name}” could not be downloaded: ${reason}`,
  caseGlossary: 'What do the statuses mean?',
  caseNewTitle: 'New case',
  caseCreate: 'Create the case',
  caseCreateFailed: (reason) => `The case was not created: ${reason} What you typed is kept.`,
  caseInvalidEmail: (value) => `“${value}” is not an e-mail address.`,
  caseRequired: (field) => `${field} is required.`,
  caseTooManyCc: (max) => `${max} Cc addresses at most.`,
};

registerTranslation(fr, en);
