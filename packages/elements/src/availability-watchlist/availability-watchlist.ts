import { AvailabilityWatchlist } from './availability-watchlist.component.js';

export { AvailabilityWatchlist };
export type { WatchlistAddDetail, WatchlistRemoveDetail } from './availability-watchlist.component.js';

AvailabilityWatchlist.define('availability-watchlist');

declare global {
  interface HTMLElementTagNameMap {
    'availability-watchlist': AvailabilityWatchlist;
  }
}
