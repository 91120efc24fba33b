// The grid's virtual rows and its keyboard: which rows are rendered for the scroll position, the row height read from
// the theme, the active row (the one Tab reaches) and the moves of a grid (arrows, Page Up/Down, Home, End).
import type { ReactiveController, ReactiveElement } from 'lit';

/** Rows rendered beyond each edge of the viewport while scrolling; the first paint renders only what shows. */
export const OVERSCAN = 8;

export interface GridOptions {
  /** The user scrolled or moved to `wanted` rows: a list showing only its first screen must build its full order. */
  onReach: (wanted: number) => void;
  /** Enter or Space on a row. */
  onSelect: (index: number) => void;
  /** Delete on a row. */
  onDelete: (index: number) => void;
}

export class VirtualGrid implements ReactiveController {
  firstRow = 0;
  viewportRows = 14;
  /** The row Tab reaches, and arrows move from. */
  activeIndex = 0;
  /** Rows have the height of the --comptoir-row-height token, read from a probe (the header may wrap taller). */
  rowHeight = 40;
  /** Until the grid has been painted once, only the rows that show (and one more) are rendered; the overscan follows. */
  private painted = false;
  private resizeObserver?: ResizeObserver;
  private scrollFrame = 0;
  private paintFrame = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: GridOptions,
  ) {
    host.addController(this);
  }

  private get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.scroller');
  }

  hostConnected(): void {
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.paintFrame);
    this.paintFrame = 0;
  }

  hostUpdated(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.resizeObserver?.observe(scroller);
    if (!this.painted && !this.paintFrame) {
      // The frame after the one that paints the grid.
      this.paintFrame = requestAnimationFrame(() => (this.paintFrame = requestAnimationFrame(() => this.set({ painted: true }))));
    }
  }

  private set(changes: Partial<Pick<VirtualGrid, 'firstRow' | 'viewportRows' | 'activeIndex'>> & { painted?: boolean }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Back to the top (a new query). */
  reset(): void {
    this.firstRow = 0;
    this.activeIndex = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  /** How many rows the first screen needs. */
  get wanted(): number {
    return this.firstRow + this.viewportRows + 2 * OVERSCAN;
  }

  /** The rows to render for `total` rows: `[first, last)`, and the active one. */
  window(total: number): { first: number; last: number; active: number } {
    const overscan = this.painted ? OVERSCAN : 1;
    return {
      first: Math.max(0, Math.min(this.firstRow, total - 1) - overscan),
      last: Math.min(total, this.firstRow + this.viewportRows + overscan),
      active: Math.min(this.activeIndex, total - 1),
    };
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const probe = scroller.querySelector<HTMLElement>('.row-probe');
    if (probe?.offsetHeight) this.rowHeight = probe.offsetHeight;
    this.set({ viewportRows: Math.max(1, Math.ceil(scroller.clientHeight / this.rowHeight)) });
  }

  onScroll = (): void => {
    this.options.onReach(Math.floor((this.scroller?.scrollTop ?? 0) / this.rowHeight) + this.viewportRows + OVERSCAN);
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      const first = Math.floor((this.scroller?.scrollTop ?? 0) / this.rowHeight);
      if (first !== this.firstRow) this.set({ firstRow: first });
    });
  };

  /** Makes row `index` (of `total`) the active one, scrolled into view and focused. */
  focusRow(index: number, total: number): void {
    const target = Math.max(0, Math.min(total - 1, index));
    this.options.onReach(target + 1);
    this.activeIndex = target;
    const scroller = this.scroller;
    if (scroller) {
      const top = target * this.rowHeight;
      const headerHeight = this.rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + this.rowHeight > scroller.scrollTop + scroller.clientHeight - headerHeight) {
        scroller.scrollTop = top + 2 * this.rowHeight - scroller.clientHeight;
      }
      this.firstRow = Math.floor(scroller.scrollTop / this.rowHeight);
    }
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus({ preventScroll: true }),
    );
  }

  /** The grid's keys, on a row of `total`. */
  onKeydown(event: KeyboardEvent, total: number): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.body .row');
    if (!row || event.target !== row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, this.viewportRows - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    const action = event.key in moves ? () => this.focusRow(moves[event.key]!, total) : null;
    if (action) action();
    else if (event.key === 'Enter' || event.key === ' ') this.options.onSelect(index);
    else if (event.key === 'Delete') this.options.onDelete(index);
    else return;
    event.preventDefault();
  }
}
