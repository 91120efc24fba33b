// Every element in one file, for a CDN <script type="module">.
import './config/comptoir-config.js';
import './backorder-table/backorder-table.js';
import './availability-watchlist/availability-watchlist.js';
import './shipment-tracker/shipment-tracker.js';

export * from './index.js';
