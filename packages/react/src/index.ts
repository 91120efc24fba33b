// React components for the Comptoir elements, for React 18 (and 17) applications, whose JSX sets every prop as an
// attribute and cannot listen to custom events: @lit/react sets the elements' properties (arrays, functions) and maps
// each `on<Event>` prop to the element's event. React 19 applications can use the elements directly (see the README).
// Importing this module defines the tags.
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { ComptoirConfigElement } from '@comptoir/elements/comptoir-config';
import { BackorderTable as BackorderTableElement } from '@comptoir/elements/backorder-table';
import { AvailabilityWatchlist as AvailabilityWatchlistElement } from '@comptoir/elements/availability-watchlist';
import { ShipmentTracker as ShipmentTrackerElement } from '@comptoir/elements/shipment-tracker';
import { OrderTimeline as OrderTimelineElement } from '@comptoir/elements/order-timeline';
import { CaseJournal as CaseJournalElement } from '@comptoir/elements/case-journal';

export { configure, registerTranslation } from '@comptoir/elements/comptoir-config';

/** The event a React prop listens to, with its element's detail type. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;
/** A component's event props: `{ onBackorderSelect: 'backorder-select' }` gives `onBackorderSelect(event)` its type. */
type Events<M extends { [P in keyof M]: keyof GlobalEventHandlersEventMap }> = {
  [P in keyof M]: EventName<GlobalEventHandlersEventMap[M[P]]>;
};
type Common = {
  onComptoirLoad: 'comptoir-load';
  onComptoirError: 'comptoir-error';
};
const common = { onComptoirLoad: event('comptoir-load'), onComptoirError: event('comptoir-error') };

export const ComptoirConfig: ReactWebComponent<ComptoirConfigElement> = createComponent({
  react: React,
  tagName: 'comptoir-config',
  elementClass: ComptoirConfigElement,
});

export const BackorderTable: ReactWebComponent<
  BackorderTableElement,
  Events<Common & { onBackorderSelect: 'backorder-select'; onBackorderCancel: 'backorder-cancel' }>
> = createComponent({
  react: React,
  tagName: 'backorder-table',
  elementClass: BackorderTableElement,
  events: { ...common, onBackorderSelect: event('backorder-select'), onBackorderCancel: event('backorder-cancel') },
});

export const AvailabilityWatchlist: ReactWebComponent<
  AvailabilityWatchlistElement,
  Events<Common & { onWatchlistAdd: 'watchlist-add'; onWatchlistRemove: 'watchlist-remove' }>
> = createComponent({
  react: React,
  tagName: 'availability-watchlist',
  elementClass: AvailabilityWatchlistElement,
  events: { ...common, onWatchlistAdd: event('watchlist-add'), onWatchlistRemove: event('watchlist-remove') },
});

export const ShipmentTracker: ReactWebComponent<
  ShipmentTrackerElement,
  Events<Common & { onShipmentOpen: 'shipment-open' }>
> = createComponent({
  react: React,
  tagName: 'shipment-tracker',
  elementClass: ShipmentTrackerElement,
  events: { ...common, onShipmentOpen: event('shipment-open') },
});

export const OrderTimeline: ReactWebComponent<OrderTimelineElement, Events<Common & { onOrderOpen: 'order-open' }>> = createComponent({
  react: React,
  tagName: 'order-timeline',
  elementClass: OrderTimelineElement,
  events: { ...common, onOrderOpen: event('order-open') },
});

export const CaseJournal: ReactWebComponent<
  CaseJournalElement,
  Events<Common & { onCaseOpen: 'case-open'; onCaseSend: 'case-send'; onCaseCreate: 'case-create' }>
> = createComponent({
  react: React,
  tagName: 'case-journal',
  elementClass: CaseJournalElement,
  events: { ...common, onCaseOpen: event('case-open'), onCaseSend: event('case-send'), onCaseCreate: event('case-create') },
});
