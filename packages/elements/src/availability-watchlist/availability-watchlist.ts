import { AvailabilityWatchlist } from './availability-watchlist.component.js';

export { AvailabilityWatchlist };
export type { WatchlistAddDetail, WatchlistRemoveDetail } from './availability-watchlist.component.js';
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

AvailabilityWatchlist.define('availability-watchlist');

declare global {
  interface HTMLElementTagNameMap {
    'availability-watchlist': AvailabilityWatchlist;
  }
}
