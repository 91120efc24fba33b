import { css } from 'lit';

export const backorderTableStyles = css`
  :host {
    --_table-height: var(--comptoir-table-height, calc(32 * var(--_rem)));
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_fg-muted);
  }
  .count {
    font-weight: 600;
    color: var(--_fg);
  }
  .scroller {
    position: relative;
    overflow: auto;
    max-height: var(--_table-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    height: calc((var(--_n) + 1) * var(--_row-height) + 2px);
  }
  .grid {
    min-width: max-content;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    height: var(--_row-height);
    border-bottom: 1px solid var(--_border);
  }
  .head .cell {
    white-space: normal;
    line-height: 1.15;
  }
  .toolbar [part='search'] input {
    min-width: min(calc(20 * var(--_rem)), 70vw);
  }
  .row-probe {
    position: absolute;
    visibility: hidden;
    width: var(--_rem);
    height: var(--_row-height);
  }
  .head {
    height: auto;
    min-height: var(--_row-height);
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg-alt);
    font-weight: 600;
  }
  .body {
    position: relative;
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    background: var(--_bg);
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_bg-alt);
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .cell {
    padding: 0 calc(0.5 * var(--_rem));
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* Long texts take two lines, then are cut (their whole value on hover). */
  .body [data-column='title'],
  .body [data-column='publisher'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    overflow-wrap: anywhere;
    line-height: 1.2;
  }
  .cell[data-align='end'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: calc(0.25 * var(--_rem));
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  [data-align='end'] .sort {
    justify-content: flex-end;
  }
  .sort .arrow {
    color: var(--_fg-muted);
    font-size: 0.8em;
  }
  .days {
    display: block;
    font-size: 0.8em;
    color: var(--_fg-muted);
  }
  .days[data-soon] {
    color: var(--_warning);
    font-weight: 600;
  }
  .days[data-past] {
    color: var(--_danger);
  }
  .purge {
    line-height: 1.1;
  }
  .cancel {
    min-height: calc(1.8 * var(--_rem));
    padding: calc(0.1 * var(--_rem)) calc(0.5 * var(--_rem));
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(0.4 * var(--_rem)) calc(1 * var(--_rem));
    align-items: baseline;
  }
  .glossary dd {
    margin: 0;
  }
`;
