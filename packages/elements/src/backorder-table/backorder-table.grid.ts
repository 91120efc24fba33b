// The grid's virtual rows: which rows are rendered for the scroll position, the row height read from the theme, the
// layout for the element's width (every column, fewer, cards) and the active row (the one Tab reaches); its keyboard
// comes with the lines (backorder-table.lines.ts).
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
  /** The width (in rem) the columns a fit level keeps need side by side (0: all; 1, 2: fewer); narrower, cards. */
  minWidth: (level: number) => number;
}

/** The card layout, loaded the first time an element is too narrow for its columns. */
type CardsModule = typeof import('./backorder-table.cards.js');
export let cardsModule: CardsModule | undefined;
let cardsLoading: Promise<CardsModule> | undefined;
/** Adds a stylesheet loaded on demand to an element's own (constructable: allowed by a strict CSP). */
export function adopt(root: HTMLElement | DocumentFragment, sheet: CSSStyleSheet | undefined): void {
  const shadow = root as ShadowRoot;
  if (sheet && !shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
const loadCards = () => (cardsLoading ??= import('./backorder-table.cards.js').then((module) => (cardsModule = module)));

export class VirtualGrid implements ReactiveController {
  firstRow = 0;
  viewportRows = 14;
  /** The row Tab reaches, and arrows move from. */
  activeIndex = 0;
  /** Rows have the height of the --comptoir-row-height token, read from a probe (the header may wrap taller). */
  rowHeight = 40;
  /** Rows are cards of this many fields side by side when the columns do not fit the element's width; 0: a grid. */
  cards = 0;
  /** In a grid, the columns dropped for the width: 0 none, 1 the priority-3 ones, 2 the priority-2 ones too. */
  fit = 0;
  /** Until the grid has been painted once, only the rows that show (and one more) are rendered; the overscan follows. */
  private painted = false;
  private resizeObserver?: ResizeObserver;
  private scrollFrame = 0;
  private resizeFrame = 0;
  /** The scroller measured and observed (a new one, after an empty list, is measured before its first paint). */
  private observed?: HTMLElement;
  private paintFrame = 0;
  /** Printing: every row is rendered, in the page's flow (paper has no scroll box; backorder-table.print.ts). */
  printing = false;

  constructor(
    readonly host: ReactiveElement,
    readonly options: GridOptions,
  ) {
    host.addController(this);
  }

  get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.scroller');
  }

  hostConnected(): void {
    // A resize is measured at the next frame: measuring in the observer's callback changes sizes it observes (a loop).
    this.resizeObserver ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.measure());
    });
    // Watched from the first render (the loading state): a narrow element asks for its card layout while its rows load.
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.paintFrame);
    cancelAnimationFrame(this.resizeFrame);
    this.observed = undefined;
    this.paintFrame = 0;
  }

  hostUpdated(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    adopt(this.host.renderRoot, cardsModule?.cardStyles.styleSheet);
    if (this.layoutChanged || scroller !== this.observed) {
      this.observed = scroller;
      this.resizeObserver?.observe(scroller);
      this.measure();
    }
    if (!this.painted && !this.paintFrame) {
      // The frame after the one that paints the grid.
      this.paintFrame = requestAnimationFrame(() => (this.paintFrame = requestAnimationFrame(() => this.set({ painted: true }))));
    }
  }

  /** Measured again after the next render (the layout or the shown columns changed). */
  layoutChanged = false;

  private set(
    changes: Partial<Pick<VirtualGrid, 'firstRow' | 'viewportRows' | 'activeIndex' | 'cards' | 'fit'>> & { painted?: boolean },
  ): void {
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
    if (this.printing) return { first: 0, last: total, active: Math.min(this.activeIndex, total - 1) };
    return {
      first: Math.max(0, Math.min(this.firstRow, total - 1) - overscan),
      last: Math.min(total, this.firstRow + this.viewportRows + overscan),
      active: Math.min(this.activeIndex, total - 1),
    };
  }

  /**
   * Every column, fewer (by priority) or cards, by the element's own width (not the viewport's); then the row height,
   * read from the probe.
   */
  measure(): void {
    if (this.printing) return;
    const scroller = this.scroller;
    const probe = scroller?.querySelector<HTMLElement>('.row-probe');
    // The probe is 1rem wide (never under 16px, the theme's --_rem).
    const rem = probe?.offsetWidth || 16;
    const width = this.host.clientWidth;
    let fit = 0;
    while (width > 0 && fit < 3 && width < this.options.minWidth(fit) * rem + 2) fit++;
    if (fit && !cardsModule) {
      void loadCards().then(() => this.measure());
      return;
    }
    if (!scroller) return;
    const cards = fit > 2 ? cardsModule!.fieldsIn(width / rem) : 0;
    fit %= 3;
    this.layoutChanged = cards !== this.cards || fit !== this.fit;
    if (this.layoutChanged) {
      // Rendered first; measured again once the probe has the card's height (hostUpdated, before the paint).
      this.set({ cards, fit });
      return;
    }
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

  /** Makes row `index` (of `total`) the active one, scrolled into view and focused; the grid's keys, on a row of
   * `total`. Both come with the lines' module (backorder-table.lines.ts): there is nothing to move to before. */
  focusRow?: (index: number, total: number) => void;
  keys?: (event: KeyboardEvent, total: number) => void;
}
