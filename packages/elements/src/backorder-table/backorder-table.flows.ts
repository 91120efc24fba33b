// What <backorder-table>'s lazily loaded flows (the cancellation in .cancel.ts, the export in .export.ts) read and
// change of the element: its private state, handed over by the element itself. Types only.
import type { BackorderLine, BackorderStatus } from '@comptoir/contract/backorders';
import type { ComptoirConfig } from '../runtime/config.js';
import type { Connection } from '../runtime/base-element.js';
import type { ListQuery, QueryParams } from '../runtime/list-query.js';
import type { Localizer } from '../runtime/localize.js';
import type { BackorderPage } from '@comptoir/contract/backorders';
import type { SortSpec } from './backorder-data.js';
import type { BackorderColumn } from './backorder-table.columns.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import type { Shown } from './backorder-table.client.js';

type Loaded =
  | { lines: BackorderLine[]; total: number; mode: 'server' }
  | { lines: BackorderLine[]; total: number; mode: 'client'; client: typeof import('./backorder-table.client.js') };

export interface BackorderFlowHost {
  readonly localize: Localizer<BackorderTerms>;
  readonly data: { readonly value: Loaded | undefined; reload(): unknown };
  readonly query: ListQuery<BackorderPage, QueryParams>;
  readonly dialog: HTMLDialogElement | null;
  readonly grid: { focusRow?: (index: number, total: number) => void };
  readonly isClientMode: boolean;
  readonly q: string;
  readonly statuses: BackorderStatus[];
  readonly sortSpec: SortSpec;
  items?: BackorderLine[];
  hiddenIds: Set<string>;
  notice: { tone: 'info' | 'danger'; text: string } | null;
  exportProgress: { done: number; total: number } | null;
  confirming: BackorderLine | null;
  visibleRows(value: Loaded): Shown;
  columnLabel(column: BackorderColumn): string;
  connection(): Connection;
  config(): ComptoirConfig;
  itemUrl(id: string): string;
  emit(type: 'backorder-cancel', detail: { line: BackorderLine }): boolean;
}
