// What the case log and its lazily loaded detail both use.
import { MAX_ATTACHMENT_BYTES, attachmentExtensions, type CaseCategory, type CaseStatus } from '@comptoir/contract/cases';
import type { Tone } from '../runtime/views.js';

export const statusTone: Record<CaseStatus, Tone> = {
  'pending-seller': 'info',
  'needs-attention': 'danger',
  open: 'info',
  answered: 'success',
  transferred: 'neutral',
  reopened: 'warning',
  resolved: 'success',
};
export const MEGABYTES = MAX_ATTACHMENT_BYTES / (1024 * 1024);
export const kinds = attachmentExtensions.join(', ');

/** What was typed in a case's reply form. */
export interface Draft {
  text: string;
  files: File[];
}

/** The edit form's fields. */
export interface Editing {
  primaryEmail: string;
  cc: string;
  shortDescription: string;
}

/** The new case form's fields. */
export interface NewCase {
  primaryEmail: string;
  cc: string;
  shortDescription: string;
  text: string;
  category: CaseCategory;
  orderRef: string;
  serialNumber: string;
}

export const emptyNewCase = (): NewCase => ({
  primaryEmail: '',
  cc: '',
  shortDescription: '',
  text: '',
  category: 'other',
  orderRef: '',
  serialNumber: '',
});
