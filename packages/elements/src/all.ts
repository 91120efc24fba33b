// Every element in one file, for a CDN <script type="module">.
import './config/comptoir-config.js';
import './backorder-table/backorder-table.js';
import './availability-watchlist/availability-watchlist.js';
import './shipment-tracker/shipment-tracker.js';
import './order-timeline/order-timeline.js';
import './case-journal/case-journal.js';

export * from './index.js';
