// The events of <case-journal>, and their details.
import type { CaseDetail, CaseMessage, CaseSummary } from '@comptoir/contract/cases';

export interface CaseOpenDetail {
  case: CaseSummary;
}
export interface CaseCreateDetail {
  case: CaseDetail;
}
export interface CaseSendDetail {
  caseId: string;
  message: CaseMessage;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'case-open': CustomEvent<CaseOpenDetail>;
    'case-send': CustomEvent<CaseSendDetail>;
    'case-create': CustomEvent<CaseCreateDetail>;
  }
}
