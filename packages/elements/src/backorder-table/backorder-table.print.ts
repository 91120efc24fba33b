// <backorder-table>'s lines on paper (every line, in the page's flow, the columns sharing the page's width) and a
// focused line's long texts shown whole. Loaded with the lines (there is nothing to print or focus before them).
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

/** From now on, printing renders every line of `grid` for paper, as columns (not the cards of a narrow screen). */
export function printable(host: ReactiveElement, grid: VirtualGrid, onReach: (wanted: number) => void): void {
  if (attached.has(host)) return;
  attached.add(host);
  const onPrint = (event: Event): void => {
    grid.printing = event.type === 'beforeprint';
    if (grid.printing) {
      onReach(Number.MAX_SAFE_INTEGER);
      grid.cards = 0;
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
