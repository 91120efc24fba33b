export * from './common.js';
export * from './backorders.js';
export * from './backorder-processing.js';
export * from './shipments.js';
export * from './watchlist.js';
export * from './orders.js';
export * from './cases.js';
export * from './routes.js';
