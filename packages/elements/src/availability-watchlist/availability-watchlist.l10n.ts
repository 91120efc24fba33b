import { registerLoaders } from '../runtime/localize.js';
import type { PasteProblem } from './availability-watchlist.paste.js';

import type { WatchColumn } from './availability-watchlist.columns.js';

export type { WatchColumn };

export interface WatchlistTerms {
  /** The export's file name, before its date. */
  watchExportFile: string;
  /** The author column of the export. */
  watchAuthor: string;
  watchListLabel: string;
  watchColumns: Record<WatchColumn, string>;
  watchAvailable: string;
  watchUnavailable: string;
  watchAvailableOn: (date: string) => string;
  watchExpectedOn: (date: string) => string;
  watchMailSent: (date: string) => string;
  watchFilterLabel: string;
  watchFilterAll: string;
  watchFilterAvailable: string;
  watchFilterUnavailable: string;
  watchSearchLabel: string;
  watchUnfollow: string;
  watchUnfollowTitle: (title: string) => string;
  watchUnfollowSelected: (count: number) => string;
  watchSelect: (title: string) => string;
  watchSelectAll: string;
  watchRemoved: (count: number) => string;
  watchUndo: string;
  watchRemoveFailed: (count: number, reason: string) => string;
  watchEditReference: (title: string) => string;
  watchAddReference: string;
  watchEditFailed: (title: string, reason: string) => string;
  watchEmpty: string;
  watchFindTitle: string;
  watchCatalogLabel: string;
  watchCatalogPlaceholder: string;
  watchCatalogGeneral: string;
  watchCatalogSchool: string;
  watchFollow: string;
  watchFollowTitle: (title: string) => string;
  watchFollowed: string;
  watchNoResult: string;
  watchPasteTitle: string;
  watchPasteLabel: string;
  watchPasteHint: string;
  watchPasteSubmit: string;
  watchPasteProblem: Record<PasteProblem, string>;
  watchPasteInvalid: (line: number, value: string, reason: string) => string;
  watchPasteDuplicates: (count: number) => string;
  watchPasteAlready: (count: number) => string;
  watchPasteNothing: string;
  watchAdded: (count: number) => string;
  watchUnknown: (count: number, codes: string) => string;
  watchAddFailed: (reason: string) => string;
  watchPending: string;
}

registerLoaders({
  en: () => import('./availability-watchlist.l10n.en.js'),
  fr: () => import('./availability-watchlist.l10n.fr.js'),
  de: () => import('./availability-watchlist.l10n.de.js'),
});
