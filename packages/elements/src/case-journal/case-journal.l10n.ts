import type { CaseStatus } from '@comptoir/contract/cases';
import { registerLoaders } from '../runtime/localize.js';

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
  /** A period whose start is after its end. */
  casePeriodInverted: string;
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

registerLoaders({
  en: () => import('./case-journal.l10n.en.js'),
  fr: () => import('./case-journal.l10n.fr.js'),
  de: () => import('./case-journal.l10n.de.js'),
});
