// What only <backorder-table>'s lines need, loaded with them (there is nothing to move through, focus or print before):
// the grid's keyboard (arrows, Page Up/Down, Home, End, Enter, Space, Delete), a focused line's long texts shown whole,
// and the lines on paper (every line, in the page's flow, the columns sharing the page's width).
import { css, type ReactiveElement } from 'lit';
import type { VirtualGrid } from './backorder-table.grid.js';

const printStyles = css`
  /* A title or publisher cut after two lines shows whole on the focused line (on hover, its tooltip does). */
  .body .row:focus [data-column='title'],
  .body .row:focus [data-column='publisher'] {
    position: relative;
    z-index: 2;
    -webkit-line-clamp: unset;
    overflow: visible;
    background: var(--_bg-alt);
    box-shadow: 0 0 0 2px var(--_bg-alt);
  }
  @media print {
    .scroller {
      contain: none;
      height: auto;
      max-height: none;
      overflow: visible;
      border: 0;
    }
    .grid {
      min-width: 0;
    }
    .body {
      height: auto !important;
    }
    .row {
      font-size: 0.8em;
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      height: auto !important;
      break-inside: avoid;
    }
    .body .row,
    .head {
      position: static;
      transform: none !important;
    }
    .body [data-column] {
      -webkit-line-clamp: none;
    }
    .cell {
      padding: 2px;
      overflow: visible;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    [data-column='title'],
    [data-column='status'] {
      grid-column: span 2;
    }
    .badge {
      white-space: normal;
    }
    [data-column='actions'] {
      display: none !important;
    }
  }
`;

const attached = new WeakSet<ReactiveElement>();

/** The keys of `grid`, and from now on printing renders its every line for paper, as columns (not a screen's cards). */
export function withLines(host: ReactiveElement, grid: VirtualGrid): void {
  if (attached.has(host)) return;
  attached.add(host);
  keyboard(grid);
  const onPrint = (event: Event): void => {
    grid.printing = event.type === 'beforeprint';
    if (grid.printing) {
      grid.options.onReach(Number.MAX_SAFE_INTEGER);
      grid.cards = grid.fit = 0;
    } else grid.measure();
    host.requestUpdate();
    // Now, not at the next microtask: a page's own print() call prints before its script returns.
    (host as unknown as { performUpdate(): void }).performUpdate();
  };
  host.addController({
    hostConnected: () => {
      const root = host.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, printStyles.styleSheet!];
      addEventListener('beforeprint', onPrint);
      addEventListener('afterprint', onPrint);
    },
    hostDisconnected: () => {
      removeEventListener('beforeprint', onPrint);
      removeEventListener('afterprint', onPrint);
    },
  });
}

function keyboard(grid: VirtualGrid): void {
  const { host, options } = grid;
  grid.focusRow = (index, total) => {
    const target = Math.max(0, Math.min(total - 1, index));
    options.onReach(target + 1);
    grid.activeIndex = target;
    const { scroller, rowHeight } = grid;
    if (scroller) {
      const top = target * rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      // Below the last full row under the sticky header (one row high): scrolled up to show it.
      else if (top + 2 * rowHeight > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = top + 2 * rowHeight - scroller.clientHeight;
      grid.firstRow = Math.floor(scroller.scrollTop / rowHeight);
    }
    host.requestUpdate();
    void host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus({ preventScroll: true }),
    );
  };
  grid.keys = (event, total) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.body .row');
    if (!row || event.target !== row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, grid.viewportRows - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key in moves) grid.focusRow!(moves[event.key]!, total);
    else if (event.key === 'Enter' || event.key === ' ') options.onSelect(index);
    else if (event.key === 'Delete') options.onDelete(index);
    else return;
    event.preventDefault();
  };
}
