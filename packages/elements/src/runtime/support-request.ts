// The request elements make to open <case-journal>'s new case form: "Contact support about this order" in a dossier,
// "Report" on a shipment's missing items. A host listens and hands `detail.prefill` to `startNewCase()`.
import type { CasePrefill } from '@comptoir/contract/cases';

export interface SupportRequestDetail {
  prefill: CasePrefill;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-request': CustomEvent<SupportRequestDetail>;
  }
}
