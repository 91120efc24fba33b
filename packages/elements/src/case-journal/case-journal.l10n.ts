import type { CaseCategory, CaseStatus } from '@comptoir/contract/cases';
import { registerLoaders } from '../runtime/localize.js';

export type CaseColumn = 'createdAt' | 'id' | 'status' | 'primaryEmail' | 'shortDescription';

export interface CaseTerms {
  /** What a case is about: its kind, an order, an instrument (the open case, the new case form, the export). */
  caseCategory: string;
  caseCategories: Record<CaseCategory, string>;
  caseOrderRef: string;
  caseSerialNumber: string;
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
  caseGlossary: string;
  caseNewTitle: string;
}

registerLoaders({
  en: () => import('./case-journal.l10n.en.js'),
  fr: () => import('./case-journal.l10n.fr.js'),
  de: () => import('./case-journal.l10n.de.js'),
});
