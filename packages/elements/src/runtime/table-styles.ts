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
  .table-wrap {
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
