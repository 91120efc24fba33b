import { css } from 'lit';

/** Semantic tables (watchlist, shipments): horizontally scrollable, with sortable header buttons. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(0.4 * var(--_rem)) calc(0.5 * var(--_rem));
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
