// The terms of an open case and of the forms (edit, reply, new case, attachments): they load with the forms' module
// (case-journal.detail.ts), not with the list, so that a page showing the list downloads the list's terms only.
import { registerLoaders } from '../runtime/localize.js';
import type { Localizer } from '../runtime/localize.js';
import type { CaseTerms } from './case-journal.l10n.js';

export interface CaseFormTerms {
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
  caseCreate: string;
  caseCreateFailed: (reason: string) => string;
  caseInvalidEmail: (value: string) => string;
  caseRequired: (field: string) => string;
  caseTooManyCc: (max: number) => string;
}

const loaders = {
  en: () => import('./case-journal.forms.l10n.en.js'),
  fr: () => import('./case-journal.forms.l10n.fr.js'),
  de: () => import('./case-journal.forms.l10n.de.js'),
};

/**
 * Makes the forms' terms part of the element's languages: the host's language's file first (so the element is not
 * hidden while it loads), then every language's loader, for a later change of language.
 */
export async function prepareFormTerms(l: Localizer<CaseTerms>): Promise<void> {
  const shipped = loaders[l.code as keyof typeof loaders] ?? loaders.en;
  await shipped().catch(() => undefined);
  registerLoaders(loaders);
  await l.ready();
}

/** The element's localizer, with the forms' terms. */
export type CaseFormsLocalizer = Localizer<CaseTerms & CaseFormTerms>;
