import type { OfferAction, orderStepKeys, stepStates } from '@comptoir/contract/orders';
import { registerLoaders } from '../runtime/localize.js';
import type { OrderColumn, OrderLineColumn } from './order-timeline.columns.js';

type StepKey = (typeof orderStepKeys)[number];
type StepState = (typeof stepStates)[number];

export interface OrderTerms {
  orderTitle: string;
  orderFindLabel: string;
  orderFindPlaceholder: string;
  orderFind: string;
  orderRecent: string;
  orderListLabel: string;
  orderColumns: Record<OrderColumn, string>;
  orderOpen: (ref: string) => string;
  orderOpenShort: string;
  orderNotFound: (query: string) => string;
  orderNone: string;
  orderBack: string;
  orderRefs: (ours: string, yours: string) => string;
  orderOurRef: string;
  orderYourRef: string;
  orderSteps: Record<StepKey, string>;
  /** After a step's name, for screen readers: its state, with the language's separator. */
  orderStepStateSuffix: (state: string) => string;
  orderStepState: Record<StepState, string>;
  orderProgressLabel: string;
  orderExpected: string;
  orderExpectedUnknown: string;
  orderExpectedChanges: string;
  orderAnnounced: (announced: string, expected: string) => string;
  orderDocuments: string;
  orderDocumentLater: string;
  orderDocumentFailed: (label: string, reason: string) => string;
  orderDetails: string;
  orderFirm: string;
  orderNotFirm: string;
  orderSupplierNumber: string;
  orderCustomer: string;
  orderContact: string;
  orderSerials: string;
  orderAddress: string;
  orderLines: string;
  orderLineColumns: Record<OrderLineColumn, string>;
  orderHistory: string;
  orderBy: (actor: string) => string;
  orderComment: string;
  orderHistoryOrder: string;
  orderNewestFirst: string;
  orderOldestFirst: string;
  /** The list's filter by current step; its first option lists them all, the quote step's lists the offers. */
  orderStepFilter: string;
  orderAllSteps: string;
  orderOffers: string;
  orderNoOffer: string;
  /** The list's offer state cell. */
  offerOpen: string;
  offerReservedUntil: (day: string) => string;
  offerExpired: string;
  /** The dossier's offer. */
  offerTitle: string;
  offerValidUntil: (day: string) => string;
  offerExpiredSince: (day: string) => string;
  offerAmount: (amount: string) => string;
  offerHeld: (day: string) => string;
  offerExpiredHint: string;
  offerActions: Record<OfferAction, string>;
  offerExtend: string;
  offerConfirmReserve: (ref: string) => string;
  offerConfirmOrder: (ref: string, amount: string) => string;
  offerConfirmRefresh: (ref: string) => string;
  offerKeep: string;
  offerPending: Record<OfferAction, string>;
  offerReserved: (ref: string, day: string) => string;
  offerOrdered: (ref: string) => string;
  offerRefreshed: (ref: string, day: string, amount: string) => string;
  offerFailed: (action: string, reason: string) => string;
  orderSupport: string;
  orderSupportSubject: (ref: string) => string;
  /** A guest's look-up. */
  guestTitle: string;
  guestIntro: string;
  guestExpired: string;
  guestIdentifier: string;
  guestEmail: string;
  guestBusy: string;
  guestNotFound: string;
  guestFailed: (reason: string) => string;
}

registerLoaders({
  en: () => import('./order-timeline.l10n.en.js'),
  fr: () => import('./order-timeline.l10n.fr.js'),
  de: () => import('./order-timeline.l10n.de.js'),
});
