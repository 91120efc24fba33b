import type { BackorderStatus } from '@comptoir/contract/backorders';
import { registerLoaders } from '../runtime/localize.js';
import type { BackorderColumn } from './backorder-table.columns.js';

export type { BackorderColumn };

export interface BackorderTerms {
  backorderTitle: string;
  backorderSearchLabel: string;
  backorderSearchPlaceholder: string;
  backorderStatusFilter: string;
  backorderAllStatuses: string;
  backorderStatus: Record<BackorderStatus, string>;
  backorderStatusMeaning: Record<BackorderStatus, string>;
  backorderColumns: Record<BackorderColumn, string>;
  backorderDistributorNumber: (distributor: string) => string;
  backorderGlossary: string;
  backorderRetention: (months: number) => string;
  backorderCancel: string;
  backorderCancelLine: (title: string) => string;
  backorderCancelConfirm: (title: string, quantity: number) => string;
  backorderCancelKeep: string;
  backorderCancelFailed: (title: string, reason: string) => string;
  backorderCancelled: (title: string) => string;
  backorderEmpty: string;
  backorderAvailableTotal: (amount: string, threshold: string) => string;
  backorderBelowThreshold: (missing: string) => string;
  backorderAboveThreshold: string;
  /** The day of the next weekly processing, written out ("lundi 23 novembre"). */
  backorderNextRun: (day: string) => string;
  backorderTableLabel: string;
}

registerLoaders({
  en: () => import('./backorder-table.l10n.en.js'),
  fr: () => import('./backorder-table.l10n.fr.js'),
  de: () => import('./backorder-table.l10n.de.js'),
});
