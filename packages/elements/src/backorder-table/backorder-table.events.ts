// The events of <backorder-table>, and their details (one shape: the line the event is about).
import type { BackorderLine } from '@comptoir/contract/backorders';

export interface BackorderSelectDetail {
  line: BackorderLine;
}
export interface BackorderCancelDetail {
  line: BackorderLine;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'backorder-select': CustomEvent<BackorderSelectDetail>;
    'backorder-cancel': CustomEvent<BackorderCancelDetail>;
  }
}
