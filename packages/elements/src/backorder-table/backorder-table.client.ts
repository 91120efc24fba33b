// Client mode: the whole list sorted and searched in the browser. The engine, and what the element keeps about its
// order (the rows shown, a big list's order built in idle time): loaded only when a list is sorted and searched here.
import type { BackorderLine } from '@comptoir/contract/backorders';
import type { BackorderStatus } from '@comptoir/contract/backorders';
import { filterAndSort, firstRows, isReady, prepare, setStatusOrder, warmUp, type ClientQuery } from './backorder-data.js';

export { filterAndSort };

/** Client lists longer than this paint their first screen before their full sort order is built. */
const PROGRESSIVE_FROM = 5_000;

/** The rows to show: all of them, or only the first screen of a big list while its order is built (`total` is exact). */
export interface Shown {
  rows: BackorderLine[];
  total: number;
}

/**
 * The rows of a client-mode list for a query, computed once per list, query and removal (not once per scroll frame).
 * A big list whose order for the query is not built yet shows its first screen at once (one pass) and gets its full
 * order in idle slices that never hold a frame, or at once when the user goes past the first screen (`complete`).
 */
export class ClientRows {
  private memo?: { source: BackorderLine[]; key: string; hidden?: ReadonlySet<string>; shown: Shown };
  private warmed?: BackorderLine[];
  private cancelWarmUp?: () => void;
  private cancelPrepare?: () => void;
  /** The shown rows hold only the first screen of the current query; its full order is being built. */
  private partial = false;
  /** The user went past the first screen: build the full order now instead of showing the first screen first. */
  private urgent = false;

  /** `changed` asks the element to render again once the full order is there; `statuses` in their business order. */
  constructor(
    private readonly changed: () => void,
    statuses: readonly BackorderStatus[],
  ) {
    setStatusOrder(statuses);
  }

  /** The rows for `query`; `wanted` is how many the first screen needs. */
  rows(lines: BackorderLine[], query: ClientQuery, wanted: number): Shown {
    const key = `${query.q}\n${query.statuses.join()}\n${query.sort.field}\n${query.sort.direction}`;
    const memo = this.memo;
    if (memo && memo.source === lines && memo.key === key && memo.hidden === query.hidden) return memo.shown;
    this.cancelPrepare?.();
    this.partial = false;
    let shown: Shown;
    if (lines.length > PROGRESSIVE_FROM && !this.urgent && !isReady(lines, query)) {
      shown = firstRows(lines, query, wanted);
      this.partial = true;
      this.cancelPrepare = prepare(lines, query, () => this.complete(false));
    } else {
      const rows = filterAndSort(lines, query);
      shown = { rows, total: rows.length };
      this.urgent = false;
    }
    this.memo = { source: lines, key, hidden: query.hidden, shown };
    return shown;
  }

  /** How many rows the last computation holds (the first screen of a partial order). */
  get shownCount(): number {
    return this.memo?.shown.rows.length ?? 0;
  }

  /** Builds the full order now (`urgent`: the user went past the first screen) or because it is ready. */
  complete(urgent: boolean): void {
    if (!this.partial) return;
    this.partial = false;
    this.urgent = urgent;
    this.cancelPrepare?.();
    this.memo = undefined;
    this.changed();
  }

  /** Sort orders and search texts built in idle time, so that the first click on a column is fast too. */
  warm(lines: BackorderLine[]): void {
    if (lines === this.warmed) return;
    this.cancelWarmUp?.();
    this.warmed = lines;
    this.cancelWarmUp = warmUp(lines);
  }

  /** The element left the page: stop idle work; back in the page, everything is computed again. */
  stop(): void {
    this.cancelWarmUp?.();
    this.cancelPrepare?.();
    this.warmed = undefined;
    this.memo = undefined;
  }
}
