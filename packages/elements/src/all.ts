// Every element in one file, for a CDN <script type="module"> or `import '@comptoir/elements/all'`: importing it defines
// every tag. It exports the classes and what a page needs to set them up.
export { ComptoirConfigElement } from './config/comptoir-config.js';
export { BackorderTable } from './backorder-table/backorder-table.js';
export { AvailabilityWatchlist } from './availability-watchlist/availability-watchlist.js';
export { ShipmentTracker } from './shipment-tracker/shipment-tracker.js';
export { OrderTimeline } from './order-timeline/order-timeline.js';
export { CaseJournal } from './case-journal/case-journal.js';
export { configure, type ComptoirConfig } from './runtime/config.js';
export { registerTranslation, type Translation } from './runtime/localize.js';
export { ApiError } from './runtime/errors.js';
