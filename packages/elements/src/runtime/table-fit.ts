import { css, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';

/** On paper (about 47rem of A4), the priority-3 columns go under the main cell, as at middle widths. */
const printStyles = css`
  @media print {
    table:not([data-fit~='cards']) [data-p='3'] {
      display: none;
    }
    table:not([data-fit~='cards']) td[data-more3]::after {
      content: attr(data-more3);
    }
  }
`;

const adopt = (root: ShadowRoot, sheet: CSSStyleSheet) => {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
};

let fitStyles: CSSResult | undefined;
let loading: Promise<unknown> | undefined;
const loadFitStyles = () => (loading ??= import('./table-cards.js').then((module) => (fitStyles = module.fitStyles)));

/**
 * Fits an element's semantic tables (`table[data-fit]` in a `.table-wrap`) to the element's own width, never to the
 * viewport's, so that a table in a 320 px CMS column or a 700 px portal pane never scrolls sideways: when its columns do
 * not fit side by side, the priority-3 columns drop (`data-p="3"`; their values show under the row's main cell), then
 * the priority-2 ones; when even that is too wide, each row becomes a card of labelled fields. Measured after every
 * render (before the paint) and at the frame after a change of width: what fits depends on the rows' texts, the
 * language and the host's font, which no fixed breakpoint knows. Loaded with the rows it lays out (`fitTables`).
 */
export class TableFit implements ReactiveController {
  private observer?: ResizeObserver;
  private frame = 0;
  private width = -1;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured at the next frame: dropping columns changes the height the observer watches (a loop otherwise).
    this.observer ??= new ResizeObserver(([entry]) => {
      if (entry!.contentRect.width === this.width) return;
      this.width = entry!.contentRect.width;
      // Under 64rem, a table is likely not to fit: its layouts are fetched while the rows load.
      if (this.width < 1024) void loadFitStyles();
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.fit());
    });
    this.observer.observe(this.host);
    adopt(this.host.renderRoot as ShadowRoot, printStyles.styleSheet!);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.width = -1;
  }

  hostUpdated(): void {
    this.fit(false);
  }

  /** What a table's fit was measured for: the width and the rows (a render that changes neither, a box ticked, keeps it). */
  private readonly measured = new WeakMap<HTMLElement, string>();

  /** Measures each table again; after a render, only a table whose width or rows changed (1,000 rows lay out slowly). */
  fit(force = true): void {
    const root = this.host.renderRoot as ShadowRoot;
    for (const table of root.querySelectorAll<HTMLTableElement>('table[data-fit]')) {
      const wrap = table.parentElement!;
      const rows = table.tBodies[0]?.rows;
      const key = `${this.width}/${table.tHead?.rows[0]?.cells.length}/${rows?.length}/${rows?.[0]?.textContent}/${rows?.[rows.length - 1]?.textContent}`;
      if (!force && this.measured.get(table) === key) continue;
      this.measured.set(table, key);
      table.dataset.fit = '';
      if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
      if (!fitStyles) {
        // Loaded the first time a table does not fit (a narrow element asks for it while its rows load).
        void loadFitStyles().then(() => this.fit());
        return;
      }
      adopt(root, fitStyles.styleSheet!);
      for (const step of ['3', '3 2', 'cards']) {
        if (wrap.scrollWidth <= wrap.clientWidth + 1) break;
        table.dataset.fit = step;
      }
    }
  }
}
