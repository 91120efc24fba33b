import { css } from 'lit';
import { tokens, viewStyles } from './styles.js';

/** Semantic tables (watchlist, shipments): horizontally scrollable, with sortable header buttons. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(0.4 * var(--_rem));
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  th {
    background: var(--_bg-alt);
    font-weight: 600;
    line-height: 1.2;
  }
  th .sort {
    text-align: inherit;
  }
  td {
    white-space: nowrap;
  }
  td[data-wrap] {
    min-width: 6rem;
    white-space: normal;
    overflow-wrap: break-word;
  }
  td[data-align='end'],
  th[data-align='end'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td .button {
    min-height: calc(1.8 * var(--_rem));
    padding: calc(0.1 * var(--_rem)) calc(0.55 * var(--_rem));
  }
  /* Wide tables scroll inside. Positioned, so that the visually hidden (absolute) texts of their cells are clipped with
     them instead of widening the whole page; inline-size containment keeps them from widening a host's grid or flex
     column. */
  .table-wrap {
    position: relative;
    contain: inline-size;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sort {
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    cursor: pointer;
  }
  .muted {
    color: var(--_fg-muted);
  }
  /* Printed: the whole table, its long cells wrapping, no scroll box. */
  @media print {
    .table-wrap {
      overflow: visible;
    }
    td {
      white-space: normal;
    }
    /* Actions and selection boxes mean nothing on paper. */
    tr > :last-child .button,
    input[type='checkbox'] {
      display: none;
    }
  }
  /* The dropped columns' values under the row's main cell (TableFit, runtime/table-cards.ts), on screen and on paper. */
  td[data-more32]::after {
    display: block;
    white-space: pre-line;
    color: var(--_fg-muted);
    font-size: 0.9em;
  }
`;

/** List and detail views (shipments, orders, cases): headings, the head row with Back, links. */
export const detailStyles = css`
  h2 {
    margin: 0;
    font-size: 1.2em;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: calc(var(--_space) * 3) 0 var(--_space);
    font-size: 1em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  a {
    color: var(--_accent);
  }
`;

/** The styles of a list-and-detail element (shipments, orders, cases); each adds its own after them. */
export const listDetailStyles = [tokens, viewStyles, tableStyles, detailStyles];
