// Classes and the runtime, without registering anything: import `./<element>/<element>.js` (or `all.js`) to define tags.
export * from './runtime/index.js';
export { BackorderTable } from './backorder-table/backorder-table.component.js';
export type { BackorderSelectDetail, BackorderCancelDetail } from './backorder-table/backorder-table.component.js';
export { AvailabilityWatchlist } from './availability-watchlist/availability-watchlist.component.js';
export type { WatchlistAddDetail, WatchlistRemoveDetail } from './availability-watchlist/availability-watchlist.component.js';
export { ShipmentTracker } from './shipment-tracker/shipment-tracker.component.js';
export type { ShipmentOpenDetail } from './shipment-tracker/shipment-tracker.component.js';
export { OrderTimeline } from './order-timeline/order-timeline.component.js';
export type { OrderOpenDetail } from './order-timeline/order-timeline.component.js';
export { CaseJournal } from './case-journal/case-journal.component.js';
export type { CaseOpenDetail, CaseSendDetail, CaseCreateDetail } from './case-journal/case-journal.component.js';
export { parseEanList } from './availability-watchlist/availability-watchlist.paste.js';
